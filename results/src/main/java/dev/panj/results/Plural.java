package dev.panj.results;

/** Counts in words that agree with their number: "1 case", "2 cases", "1 replication", "0 replications". */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is 1: for nouns whose plural adds "s". */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code noun} alone, agreeing with {@code n}: "replication" for 1, "replications" otherwise. */
    public static String noun(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
