package dev.panj.results.attribute;

/** An attribution that cannot be done as asked (a mistake of the user's, not a failure of ours): the message says why. */
public final class AttributionException extends Exception {
    private static final long serialVersionUID = 1L;

    public AttributionException(String message) {
        super(message);
    }
}
