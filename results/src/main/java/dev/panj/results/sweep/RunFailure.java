package dev.panj.results.sweep;

import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationFailure;

/** A run that threw: enough to find it and run it again. */
public record RunFailure(int point, int replication, long seed, String error, String message) {
    /** The failure of a run with {@code error}, named and flattened as a batch names its failures. */
    static RunFailure of(RunKey key, long seed, Throwable error) {
        ReplicationFailure failure = ReplicationFailure.of(new Replication(key.replication(), seed), error);
        return new RunFailure(key.point(), key.replication(), seed, failure.error(), failure.message());
    }
}
