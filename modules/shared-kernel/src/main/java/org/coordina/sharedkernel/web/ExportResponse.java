package org.coordina.sharedkernel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends an export as a download: its type, an attachment file name (ASCII: year, owner and quarter), then
 * its rows straight into the body.
 */
public final class ExportResponse {

    private ExportResponse() {
    }

    /** What writes the rows, the header first. */
    @FunctionalInterface
    public interface Rows {

        /** Writes the header row, then the data rows. */
        void writeTo(DownloadTable table) throws IOException;
    }

    /** Sends the download: content type, attachment name, then the rows. */
    public static void send(HttpServletResponse response, ExportFormat format, String baseName, String sheetName, Rows rows)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(baseName + "." + format.suffix()).build().toString());
        try (var table = format.open(response.getOutputStream(), sheetName)) {
            rows.writeTo(table);
        }
    }
}
