package dev.panj.results.verify;

/**
 * One searcher running back and forth along a barrier of length L at speed v, turning at the ends, against
 * targets crossing it perpendicularly at speed u at a uniform point (analytic-limits.md 1.4b). With
 * P₀ = W·√(u² + v²)/(u·L) (the textbook value, before the min with 1), the end-corrected cookie-cutter result is
 * P = P₀(1 − P₀/4) for P₀ ≤ 2 and 1 beyond.
 */
final class BarrierPatrol {
    private BarrierPatrol() {
    }

    /** P₀ without the min: the share of the target stream one leg's strip covers. */
    static double rawCoverage(double sweepWidth, double targetSpeed, double searcherSpeed, double length) {
        return sweepWidth * Math.hypot(targetSpeed, searcherSpeed) / (targetSpeed * length);
    }

    /** The end-corrected detection probability. */
    static double probability(double sweepWidth, double targetSpeed, double searcherSpeed, double length) {
        double p0 = rawCoverage(sweepWidth, targetSpeed, searcherSpeed, length);
        return p0 >= 2 ? 1 : p0 * (1 - p0 / 4);
    }
}
