package org.coordina.victimsupport.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The formats of the exports, by the suffix of their URL. */
enum ExportFormat {

    CSV("text/csv; charset=UTF-8"),
    XLSX(ExportFormat.XLSX_TYPE);

    /** The media type of XLSX workbooks. */
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The format of a URL suffix, {@code csv} or {@code xlsx} (the mappings admit no other). */
    static ExportFormat of(String suffix) {
        return valueOf(suffix.toUpperCase(Locale.ROOT));
    }

    String contentType() {
        return contentType;
    }

    String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    Table open(OutputStream body, String sheetName) throws IOException {
        return this == CSV ? new CsvTable(body) : new XlsxTable(body, sheetName);
    }
}
