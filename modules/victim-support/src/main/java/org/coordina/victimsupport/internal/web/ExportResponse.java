package org.coordina.victimsupport.internal.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends an export as a download: its type, an attachment file name (ASCII: year, owner and quarter), then
 * its rows straight into the body.
 */
final class ExportResponse {

    private ExportResponse() {
    }

    /** What writes the rows, the header first. */
    @FunctionalInterface
    interface Rows {

        void writeTo(Table table) throws IOException;
    }

    static void send(HttpServletResponse response, ExportFormat format, String baseName, String sheetName, Rows rows)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(baseName + "." + format.suffix()).build().toString());
        try (var table = format.open(response.getOutputStream(), sheetName)) {
            rows.writeTo(table);
        }
    }
}
