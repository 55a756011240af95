package dev.panj.results.verify;

/**
 * Koopman's random search (analytic-limits.md 1.2 and 1.4c): detections form a Poisson process of rate
 * n·W·v̄/A, so P(detected by t) = 1 − exp(−n·W·v̄·t/A). For a target crossing a patrol zone of length L and
 * depth D at speed u, t = D/u and A = L·D, and the depth cancels: P = 1 − exp(−n·W·v̄/(u·L)).
 */
final class RandomSearch {
    private RandomSearch() {
    }

    /** P = 1 − exp(−n·W·v·t/A), v being the (mean relative) speed of the searchers. */
    static double probability(int searchers, double sweepWidth, double speed, double hours, double area) {
        return 1 - Math.exp(-searchers * sweepWidth * speed * hours / area);
    }

    /** Random patrols of a barrier zone: P = 1 − exp(−n·W·v̄(u, v)/(u·L)). */
    static double barrierZone(int searchers, double sweepWidth, double searcherSpeed, double targetSpeed,
                              double length) {
        double relative = MeanRelativeSpeed.of(targetSpeed, searcherSpeed);
        return 1 - Math.exp(-searchers * sweepWidth * relative / (targetSpeed * length));
    }
}
