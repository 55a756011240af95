package dev.panj.results.sweep;

import java.nio.charset.StandardCharsets;

/**
 * Named random streams of a sweep, derived from its seed: the design's ("design") and each bootstrap's
 * ("bootstrap/METRIC"). A new stream never shifts the draws of the others, and the replications' seeds, which
 * follow the batch rule, are not touched at all.
 */
final class SweepStreams {

    private SweepStreams() {
    }

    /** The seed of stream {@code name} of master seed {@code seed}: SplitMix64 over the seed and the name's bytes. */
    static long seed(long seed, String name) {
        long z = mix(seed);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            z = mix(z + (b & 0xFF) + 0x9E3779B97F4A7C15L);
        }
        return z;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
