package dev.panj.scenarios;

/** A value that cannot be converted; the binder turns it into a {@link Problem} at the value's place. */
final class InvalidValueException extends Exception {

    InvalidValueException(String message) {
        super(message);
    }
}
