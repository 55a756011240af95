package dev.panj.results.experiment;

/** The engine asked for is not on the class path, or cannot work with the settings given; the message says why. */
public class EngineUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
