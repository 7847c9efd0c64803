package org.coordina.sharedkernel.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The formats of downloadable tables (exports), by the suffix of their URL: CSV and XLSX. */
public enum ExportFormat {

    CSV("text/csv; charset=UTF-8"),
    XLSX(ExportFormat.XLSX_TYPE);

    /** The media type of XLSX workbooks. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The format of a URL suffix, {@code csv} or {@code xlsx} (the mappings admit no other). */
    public static ExportFormat of(String suffix) {
        return valueOf(suffix.toUpperCase(Locale.ROOT));
    }

    /** The media type of the response. */
    public String contentType() {
        return contentType;
    }

    /** The file name suffix, {@code csv} or {@code xlsx}. */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Opens a table writing into the body. */
    public DownloadTable open(OutputStream body, String sheetName) throws IOException {
        return this == CSV ? new CsvTable(body) : new XlsxTable(body, sheetName);
    }
}
