package dev.panj.results.experiment;

/**
 * The seed of each replication, derived from the batch seed and the replication's index alone, so a
 * replication's result does not depend on the number of threads, the order of completion or on which machine
 * it ran. Replication {@code i} (from 0) of batch seed {@code S} runs with
 * {@code mix(mix(S) + (i + 1) · γ)}: SplitMix64 (Steele, Lea and Flood, 2014) with γ = 0x9E3779B97F4A7C15.
 * Mixing {@code S} first keeps batches with nearby seeds (1, 2, 3…) from sharing shifted seed sequences.
 */
public final class ReplicationSeeds {
    /** The rule in words, as the manifest records it. */
    public static final String RULE = "replication i (from 0) of batch seed S runs with seed "
            + "mix(mix(S) + (i + 1) * 0x9E3779B97F4A7C15), mix being the SplitMix64 finaliser";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ReplicationSeeds() {
    }

    /** The seed of replication {@code index}. */
    public static long seed(long batchSeed, int index) {
        return mix(mix(batchSeed) + (index + 1L) * GOLDEN_GAMMA);
    }

    /** Replication {@code index} with its seed. */
    public static Replication replication(long batchSeed, int index) {
        return new Replication(index, seed(batchSeed, index));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
