package org.coordina.sharedkernel.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV by RFC 4180 (CRLF, fields with a comma, quote or line break in quotes, quotes doubled), in UTF-8
 * with a byte order mark so that spreadsheet programs read Cyrillic correctly. A text that starts like a
 * formula gets a leading apostrophe, so that opening the file never runs what a user typed.
 */
public final class CsvTable implements DownloadTable {

    static final String BOM = "\uFEFF";

    private final Writer out;

    public CsvTable(OutputStream body) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        out.write(BOM);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                out.write(',');
            }
            out.write(field(cells.get(index)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Number || cell instanceof java.time.LocalDate) {
            return cell.toString();
        }
        var text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
