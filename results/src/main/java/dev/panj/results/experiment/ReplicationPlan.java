package dev.panj.results.experiment;

import java.util.AbstractList;
import java.util.List;

/**
 * The replications an executor is asked to run: the indices {@code from} (inclusive) to {@code to} (exclusive)
 * of the batch with seed {@code batchSeed}. Each replication's seed follows from {@link ReplicationSeeds}, so a
 * plan is a few numbers that any executor, local or distributed, expands the same way.
 */
public record ReplicationPlan(long batchSeed, int from, int to) {
    public ReplicationPlan {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad replication range [" + from + ", " + to + ")");
        }
    }

    public int size() {
        return to - from;
    }

    /** The replications in index order. */
    public List<Replication> replications() {
        return new AbstractList<>() {
            @Override
            public Replication get(int i) {
                if (i < 0 || i >= size()) {
                    throw new IndexOutOfBoundsException(i);
                }
                return ReplicationSeeds.replication(batchSeed, from + i);
            }

            @Override
            public int size() {
                return ReplicationPlan.this.size();
            }
        };
    }
}
