package dev.panj.results.io;

/**
 * An output folder that cannot be used; the message is meant for the user and names the folder. Its {@link Kind}
 * says what went wrong and so which exit code the command line ends with.
 */
public class OutputDirectoryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the folder, and the exit code each kind ends the command line with. */
    public enum Kind {
        /** The user pointed at a folder Panj must not use (foreign files, a file, a finished batch): exit 2. */
        USAGE(2),
        /** A file Panj must read is damaged or does not match its manifest: exit 65 (EX_DATAERR). */
        DAMAGED(65),
        /** The file system failed (disk full, read-only, permission, folder gone): exit 74 (EX_IOERR). */
        IO(74),
        /** Another process writes into the folder: exit 75 (EX_TEMPFAIL, try again when it has finished). */
        LOCKED(75);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public OutputDirectoryException(String message) {
        this(message, Kind.USAGE);
    }

    public OutputDirectoryException(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    public OutputDirectoryException(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The exit code the command line ends with. */
    public int exitCode() {
        return kind.exitCode();
    }
}
