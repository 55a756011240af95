package dev.panj.results.io;

/** An output folder that cannot be used; the message is meant for the user and names the folder. */
public final class OutputDirectoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputDirectoryException(String message) {
        super(message);
    }
}
