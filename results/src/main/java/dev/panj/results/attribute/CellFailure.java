package dev.panj.results.attribute;

import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationFailure;

/** A run of a cell that threw: enough to find it and run it again ({@code cells/cell-N.yaml}, the seed). */
public record CellFailure(int cell, int replication, long seed, String error, String message) {
    /** The failure of a run with {@code error}, named and flattened as a batch names its failures. */
    static CellFailure of(int cell, Replication replication, Throwable error) {
        ReplicationFailure failure = ReplicationFailure.of(replication, error);
        return new CellFailure(cell, replication.index(), replication.seed(), failure.error(), failure.message());
    }
}
