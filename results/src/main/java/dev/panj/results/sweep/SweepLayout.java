package dev.panj.results.sweep;

import dev.panj.results.io.BatchLayout;

/**
 * The files of a sweep output folder. The tables and the manifest are the results; the charts and the report are
 * drawn from them alone. The journal exists only while a sweep is unfinished and is what {@code --resume} reads.
 */
public final class SweepLayout {
    public static final String DESIGN = "design.csv";
    public static final String RUNS = "runs.csv";
    public static final String POINTS = "points.csv";
    public static final String SENSITIVITY = "sensitivity.json";
    public static final String SENSITIVITY_CSV = "sensitivity.csv";
    public static final String FAILURES = BatchLayout.FAILURES;
    public static final String SCENARIO = BatchLayout.SCENARIO;
    public static final String MANIFEST = BatchLayout.MANIFEST;
    public static final String REPORT = BatchLayout.REPORT;
    public static final String CHARTS = BatchLayout.CHARTS;
    /** Completed runs in completion order, one line each, appended as they finish. */
    public static final String RUNS_JOURNAL = "runs.partial.csv";
    /** Failed runs in completion order. */
    public static final String FAILURES_JOURNAL = "failures.partial.csv";

    private SweepLayout() {
    }
}
