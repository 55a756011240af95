package dev.panj.results.verify;

/**
 * How a suite runs.
 *
 * @param replications replications of every case, or 0 for each case's own {@code verification.replications}
 * @param seed         the base seed: replication i of every case runs with the seed {@code ReplicationSeeds} derives
 *                     from it and i, whatever the number of threads
 * @param threads      replications run at once
 * @param confidence   the level of each quantity's confidence interval (0.95 for the usual 95% interval)
 */
public record VerificationSettings(int replications, long seed, int threads, double confidence) {
    /**
     * The default level of each quantity's interval: 1 - 0.05/50 (Bonferroni over the suite's 50 quantities: 32 of
     * the law cases, 18 of the attribution checks), so a correct model passes the whole suite with probability 95 %
     * or more instead of failing somewhere for about one seed in three, as separate 95 % tests would.
     */
    public static final double CONFIDENCE = 0.999;

    public VerificationSettings {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        if (replications < 0) {
            throw new IllegalArgumentException("replications must not be negative, got " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Intervals at the default level. */
    public VerificationSettings(int replications, long seed, int threads) {
        this(replications, seed, threads, CONFIDENCE);
    }

    /** Each case's own replications, seed 1, every core, 95% intervals. */
    public static VerificationSettings defaults() {
        return new VerificationSettings(0, 1, Runtime.getRuntime().availableProcessors());
    }

    int replicationsOf(VerificationCase c) {
        return replications > 0 ? replications : c.verification().replications();
    }
}
