package org.coordina.victimsupport.internal;

import java.util.List;

/**
 * The predefined two-way tables of a submission and of every published table: nothing else is tabulated,
 * so that no two overlapping queries can be differenced. Together they cover every breakdown; the
 * dimensions they share (sex, age group) must have the same margins in each.
 */
public enum Tabulation {

    EXPLOITATION_BY_SEX(Dimension.EXPLOITATION, Dimension.SEX),
    AGE_GROUP_BY_SEX(Dimension.AGE_GROUP, Dimension.SEX),
    CITIZENSHIP_BY_SEX(Dimension.CITIZENSHIP, Dimension.SEX),
    IDENTIFICATION_BY_AGE_GROUP(Dimension.IDENTIFICATION, Dimension.AGE_GROUP),
    STAGE_BY_AGE_GROUP(Dimension.STAGE, Dimension.AGE_GROUP);

    private final Dimension rows;

    private final Dimension columns;

    Tabulation(Dimension rows, Dimension columns) {
        this.rows = rows;
        this.columns = columns;
    }

    Dimension rows() {
        return rows;
    }

    Dimension columns() {
        return columns;
    }

    /** The values of the rows, in their order (the pages' grid). */
    public List<String> rowValues() {
        return rows.categories();
    }

    /** The values of the columns, in their order (the pages' grid). */
    public List<String> columnValues() {
        return columns.categories();
    }

    /** The name of the rows' dimension (SEX, AGE_GROUP, ...), for labels. */
    public String rowDimension() {
        return rows.name();
    }

    /** The name of the columns' dimension, for labels. */
    public String columnDimension() {
        return columns.name();
    }

    /** The dimensions of this table, rows first. */
    List<Dimension> dimensions() {
        return List.of(rows, columns);
    }
}
