package org.coordina.sharedkernel.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of one sheet, streamed (SXSSF): only a window of rows stays in memory, the rest goes
 * to a temporary file, deleted when the table is closed. The header row is bold and frozen.
 */
public final class XlsxTable implements DownloadTable {

    private static final int ROWS_IN_MEMORY = 100;

    private final OutputStream body;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);

    private final Sheet sheet;

    private final CellStyle header;

    private final CellStyle date;

    private int rows;

    public XlsxTable(OutputStream body, String sheetName) {
        this.body = body;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        var bold = workbook.createFont();
        bold.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(bold);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        var row = sheet.createRow(rows);
        for (int index = 0; index < cells.size(); index++) {
            var value = cells.get(index);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(index);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            }
            else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            }
            else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            else {
                cell.setCellValue(value.toString());
            }
            if (rows == 0) {
                cell.setCellStyle(header);
            }
        }
        rows++;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(body);
            body.flush();
        }
        finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
