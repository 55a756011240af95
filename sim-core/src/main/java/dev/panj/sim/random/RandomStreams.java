package dev.panj.sim.random;

import ec.util.MersenneTwisterFast;

/**
 * Independent random streams derived from one master seed. A stream is named; its seed is a hash of
 * the master seed and the name, so adding a consumer never shifts the draws of the others, and two
 * scenarios run with the same seed see the same draws wherever they use the same names (common random
 * numbers).
 */
public final class RandomStreams {
    private final long masterSeed;

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /** A fresh generator for the named stream; the same name always gives the same sequence. */
    public MersenneTwisterFast stream(String name) {
        long h = KeyedRandom.mix(masterSeed ^ 0x5DEECE66DL);
        for (int i = 0; i < name.length(); i++) {
            h = KeyedRandom.mix(h ^ name.charAt(i));
        }
        long h2 = KeyedRandom.mix(h + 0x9E3779B97F4A7C15L);
        return new MersenneTwisterFast(new int[] {(int) h, (int) (h >>> 32), (int) h2, (int) (h2 >>> 32)});
    }

    /**
     * A Mersenne Twister seeded from all 64 bits of {@code seed} (its {@code long} constructor keeps only the low 32):
     * the generator MASON's {@code SimState.random} holds for a run of this seed.
     */
    public static MersenneTwisterFast generator(long seed) {
        long h = KeyedRandom.mix(seed ^ 0x3C6EF372FE94F82BL);
        long h2 = KeyedRandom.mix(h + 0x9E3779B97F4A7C15L);
        return new MersenneTwisterFast(new int[] {(int) h, (int) (h >>> 32), (int) h2, (int) (h2 >>> 32)});
    }

    /** A stable 64-bit key for a name, for use with {@link KeyedRandom}. */
    public static long key(String name) {
        long h = 0x243F6A8885A308D3L;
        for (int i = 0; i < name.length(); i++) {
            h = KeyedRandom.mix(h ^ name.charAt(i));
        }
        return h;
    }
}
