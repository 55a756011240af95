package dev.panj.distributed;

import java.io.Serializable;

/** The value a {@link dev.panj.results.experiment.ReplicationTask} yielded for one replication. */
record TaskValue<T extends Serializable>(int index, long seed, T value) implements Keyed {
    private static final long serialVersionUID = 1L;
}
