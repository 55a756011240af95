package dev.panj.results.experiment;

/**
 * An engine that is configured correctly but whose service is not there now: a Spark master that cannot be
 * reached, or that does not accept the application. Unlike a bad engine name or master URL (a usage error), trying
 * again later may work; the command line exits with 69 (EX_UNAVAILABLE).
 */
public class ServiceUnavailableException extends EngineUnavailableException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(message);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
