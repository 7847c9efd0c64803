package org.coordina.victimsupport.events;

/** A cell of a published table: the victims in this row and column of this tabulation. */
public record ProtectedCell(String tabulation, String row, String column, ProtectedFigure figure) {
}
