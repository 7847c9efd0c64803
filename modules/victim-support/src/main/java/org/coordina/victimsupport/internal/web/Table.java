package org.coordina.victimsupport.internal.web;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A sheet written row by row to a response body: the first row is the header. */
interface Table extends Closeable {

    /** Writes a row; cells are text, numbers or dates, {@code null} for an empty cell. */
    void row(List<?> cells) throws IOException;
}
