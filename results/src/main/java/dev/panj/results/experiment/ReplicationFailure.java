package dev.panj.results.experiment;

/** A replication whose run threw: enough to find and rerun it ({@code panj run SCENARIO --seed SEED}). */
public record ReplicationFailure(int index, long seed, String error, String message) {
    /** The failure of {@code replication} with {@code error}; the message is flattened onto one line. */
    public static ReplicationFailure of(Replication replication, Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        String errorClass = error instanceof RemoteReplicationError remote ? remote.errorClass() : error.getClass().getName();
        return new ReplicationFailure(replication.index(), replication.seed(), errorClass, message);
    }
}
