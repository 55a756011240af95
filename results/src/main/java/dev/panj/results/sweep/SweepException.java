package dev.panj.results.sweep;

/**
 * A sweep that cannot run as asked: a factor that names no parameter or has bad levels, a design that does not
 * fit the factors, a design point that is not a valid scenario, a folder that does not hold this sweep. The
 * message is written for the user, who sees it with exit code 2.
 */
public final class SweepException extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }
}
