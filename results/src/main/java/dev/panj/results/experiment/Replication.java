package dev.panj.results.experiment;

/** One replication of a batch: its position (from 0) and the master seed of its run. */
public record Replication(int index, long seed) {
    public Replication {
        if (index < 0) {
            throw new IllegalArgumentException("replication index must not be negative, got " + index);
        }
    }
}
