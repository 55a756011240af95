package dev.panj.ui;

/**
 * Panj's exit codes, one scheme for every command, after sysexits(3) where one fits. The README's "Exit codes"
 * section and every command's {@code --help} (PanjCommand's inherited {@code exitCodeList}) show the same table.
 */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** The command ran and found something: scenarios that differ, a verification case that failed. */
    public static final int FINDINGS = 1;
    /** A mistake in the command line or a scenario: nothing ran. */
    public static final int USAGE = 2;
    /** The command finished but some replications (or runs) failed; failures.csv lists them. */
    public static final int SOME_FAILED = 3;
    /** A data file Panj reads (its own earlier outputs, a journal, a group file) is damaged or not what it expects. */
    public static final int DATA = 65;
    /** A service Panj needs is not there, e.g. a Spark master that cannot be reached. */
    public static final int UNAVAILABLE = 69;
    /** Out of memory, or an internal failure (a bug: please report it with --stacktrace). */
    public static final int SOFTWARE = 70;
    /** Reading or writing a file failed: disk full, read-only file system, permission denied, missing folder. */
    public static final int IO_ERROR = 74;
    /** The output folder is locked by another Panj process. */
    public static final int LOCKED = 75;
    /** Interrupted (Ctrl-C); a folder written with --out can be completed with --resume. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
