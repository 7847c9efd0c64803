package org.coordina.sharedkernel.web;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A downloadable table written row by row into a response body (CSV or XLSX): the first row is the header. */
public interface DownloadTable extends Closeable {

    /** Writes a row; cells are text, numbers or dates, {@code null} for an empty cell. */
    void row(List<?> cells) throws IOException;
}
