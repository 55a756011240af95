package dev.panj.results.verify;

/** Counts of a Poisson process in a window (analytic-limits.md 4): N ~ Poisson(mean). */
final class PoissonCount {
    private PoissonCount() {
    }

    /** P(N = k) = e^(−m)·m^k/k!, computed in logs so that large k does not overflow. */
    static double probability(int k, double mean) {
        if (k < 0) {
            return 0;
        }
        double log = -mean + k * Math.log(mean);
        for (int i = 2; i <= k; i++) {
            log -= Math.log(i);
        }
        return Math.exp(log);
    }

    /**
     * The mean undetected count in a window: arrivals at rate λ each detected independently with probability P
     * thin to a Poisson stream of rate λ(1 − P).
     */
    static double undetectedMean(double rate, double detection, double hours) {
        return rate * (1 - detection) * hours;
    }
}
