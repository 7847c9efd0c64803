package org.coordina.victimsupport.events;

/** A margin of the published tables: the victims with this value of this dimension (the same in every table). */
public record ProtectedMargin(String dimension, String value, ProtectedFigure figure) {
}
