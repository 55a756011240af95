package dev.panj.results.verify;

/**
 * One quantity a law predicts: its name as the table shows it, its analytic value, and how the replications'
 * values are summarised into a confidence interval.
 */
record Expectation(String quantity, double analytic, Estimator estimator) {
    /** How a quantity's per-replication values become an interval. */
    enum Estimator {
        /** Values are shares in [0, 1]: Wilson interval on the effective number of trials. */
        SHARE,
        /** Any other mean: Student t. */
        MEAN
    }

    static Expectation share(String quantity, double analytic) {
        return new Expectation(quantity, analytic, Estimator.SHARE);
    }

    static Expectation mean(String quantity, double analytic) {
        return new Expectation(quantity, analytic, Estimator.MEAN);
    }
}
