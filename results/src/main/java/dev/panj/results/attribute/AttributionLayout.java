package dev.panj.results.attribute;

import dev.panj.results.io.BatchLayout;
import java.util.Locale;

/**
 * The files of an attribution folder. The tables, the scenarios and the manifest are the results; the charts and
 * the report are drawn from {@value #ATTRIBUTION_JSON} alone. The journal exists only while the attribution is
 * unfinished and is what {@code --resume} reads.
 */
public final class AttributionLayout {
    public static final String ATTRIBUTION_JSON = "attribution.json";
    public static final String CHANGES = "changes.csv";
    public static final String CELLS = "cells.csv";
    public static final String RUNS = BatchLayout.RUNS;
    public static final String DIFFERENCES = "differences.csv";
    public static final String SHAPLEY = "shapley.csv";
    public static final String EFFECTS = "effects.csv";
    public static final String FAILURES = BatchLayout.FAILURES;
    public static final String BASE = "base.resolved.yaml";
    public static final String TARGET = "target.resolved.yaml";
    /** The folder of every cell's resolved scenario. */
    public static final String CELL_FOLDER = "cells";
    public static final String MANIFEST = BatchLayout.MANIFEST;
    public static final String REPORT = BatchLayout.REPORT;
    public static final String CHARTS = BatchLayout.CHARTS;
    /** Completed runs in completion order, one line each, appended as they finish. */
    public static final String RUNS_JOURNAL = BatchLayout.RUNS_JOURNAL;
    /** Failed runs in completion order. */
    public static final String FAILURES_JOURNAL = BatchLayout.FAILURES_JOURNAL;

    private AttributionLayout() {
    }

    /** The resolved scenario of a cell, relative to the folder: {@code cells/cell-07.yaml}, numbered to sort. */
    public static String cellFile(int cell, int cells) {
        int digits = Integer.toString(Math.max(1, cells - 1)).length();
        return CELL_FOLDER + "/cell-" + String.format(Locale.ROOT, "%0" + Math.max(2, digits) + "d", cell) + ".yaml";
    }
}
