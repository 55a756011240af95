package dev.panj.results.decide;

/** A decision study that cannot run or resume, with a message for the user (no stack trace). */
public final class DecisionException extends Exception {
    public DecisionException(String message) {
        super(message);
    }
}
