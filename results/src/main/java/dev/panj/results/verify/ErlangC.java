package dev.panj.results.verify;

/**
 * The M/M/c queue in steady state (analytic-limits.md 3): Poisson arrivals at rate λ, c servers of exponential
 * rate μ each, first come first served, an unlimited queue. Defined only when ρ = λ/(cμ) < 1.
 */
record ErlangC(double arrivalRate, double serviceRate, int servers) {
    ErlangC {
        if (!(arrivalRate > 0 && serviceRate > 0 && servers >= 1)) {
            throw new IllegalArgumentException("need λ > 0, μ > 0 and c ≥ 1");
        }
    }

    /** Offered load a = λ/μ in Erlangs. */
    double load() {
        return arrivalRate / serviceRate;
    }

    /** ρ = a/c. */
    double utilisation() {
        return load() / servers;
    }

    boolean stable() {
        return utilisation() < 1;
    }

    /** Erlang B by the recursion B(k) = a·B(k−1)/(k + a·B(k−1)), B(0) = 1. */
    double lossProbability() {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = load() * b / (k + load() * b);
        }
        return b;
    }

    /** C(c, a) = P(wait > 0) = c·B/(c − a(1 − B)). */
    double probabilityOfWaiting() {
        requireStable();
        double b = lossProbability();
        return servers * b / (servers - load() * (1 - b));
    }

    /** P0, the probability of an empty system. */
    double probabilityEmpty() {
        requireStable();
        double sum = 0;
        double term = 1;
        for (int k = 0; k < servers; k++) {
            sum += term;
            term *= load() / (k + 1);
        }
        return 1 / (sum + term / (1 - utilisation()));
    }

    /** Wq = C/(cμ − λ), hours. */
    double meanWait() {
        return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
    }

    /** Lq = C·ρ/(1 − ρ). */
    double meanQueue() {
        return probabilityOfWaiting() * utilisation() / (1 - utilisation());
    }

    /** W = Wq + 1/μ, hours. */
    double meanSojourn() {
        return meanWait() + 1 / serviceRate;
    }

    /** L = λW. */
    double meanInSystem() {
        return arrivalRate * meanSojourn();
    }

    /** P(Wq > τ) = C·exp(−(cμ − λ)τ). */
    double probabilityOfWaitingLonger(double hours) {
        return probabilityOfWaiting() * Math.exp(-(servers * serviceRate - arrivalRate) * hours);
    }

    private void requireStable() {
        if (!stable()) {
            throw new IllegalStateException("no steady state: utilisation " + utilisation() + " is at least 1");
        }
    }
}
