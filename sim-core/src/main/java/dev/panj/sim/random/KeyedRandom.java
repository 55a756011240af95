package dev.panj.sim.random;

/**
 * Counter-based uniforms: a draw is a pure function of (seed, keys). Used for decisions that belong to
 * a pair of entities (this group passing that sensor for the n-th time), so that the draw does not
 * depend on how many other draws happened before it: adding a sensor in one scenario leaves every
 * other detection draw unchanged, which is what common random numbers need.
 */
public final class KeyedRandom {
    private final long seed;

    public KeyedRandom(long seed) {
        this.seed = mix(seed ^ 0x632BE59BD9B4E019L);
    }

    /** A uniform in [0, 1) determined by the keys. */
    public double uniform(long a, long b, long c) {
        long h = mix(seed ^ a);
        h = mix(h ^ b);
        h = mix(h ^ c);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The SplitMix64 finaliser: a bijective, well-mixing 64-bit hash. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
