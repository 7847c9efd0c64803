package org.coordina.annualplanning.internal.web;

/** A problem with a field of a page's form, in the reader's language, with the id of the field it links to. */
record FieldProblem(String anchor, String message) {
}
