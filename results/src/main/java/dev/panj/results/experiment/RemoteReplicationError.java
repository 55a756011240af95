package dev.panj.results.experiment;

/**
 * What a replication threw in another JVM (a cluster executor), known by the class name and message only: the
 * exception itself may not be serializable. {@link ReplicationFailure#of} reports it under the original class
 * name, so a failure reads the same whichever engine ran the replication.
 */
public final class RemoteReplicationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorClass;

    public RemoteReplicationError(String errorClass, String message) {
        super(message, null, false, false);
        this.errorClass = errorClass;
    }

    /** The binary name of the exception's class, as {@link Class#getName()} gave it where it was thrown. */
    public String errorClass() {
        return errorClass;
    }
}
