package dev.panj.results.io;

/**
 * The files of a batch output folder. The tables and the manifest are the results; the charts and the report
 * are rebuilt from them alone. The journal and checkpoint exist only while a batch is unfinished and are what
 * {@code --resume} continues from.
 */
public final class BatchLayout {
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.json";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String TIME_SERIES = "timeseries.csv";
    public static final String SECTORS = "sectors.csv";
    /** Key series of the first 1,000 replications on a coarse grid of hours: for percentile fans and paired differences. */
    public static final String TIME_SERIES_RUNS = "timeseries-runs.csv";
    public static final String FAILURES = "failures.csv";
    public static final String SCENARIO = RunWriter.SCENARIO;
    public static final String MANIFEST = OutputDirectory.MARKER;
    public static final String REPORT = "report.html";
    /** The folder holding every chart as PNG and SVG. */
    public static final String CHARTS = "charts";
    /** Completed replications in completion order, one line each, appended as they finish. */
    public static final String RUNS_JOURNAL = "runs.partial.csv";
    /** Failed replications in completion order. */
    public static final String FAILURES_JOURNAL = "failures.partial.csv";
    /** The groups of the replications finished so far, in completion order; sorted into {@link GroupTable#FILE}. */
    public static final String GROUPS_JOURNAL = "groups.partial.csv";
    /** The exact aggregate state of the time series and sectors over the first replications. */
    public static final String CHECKPOINT = "aggregate.checkpoint";

    private BatchLayout() {
    }
}
