package dev.panj.results.verify;

/**
 * Koopman's mean relative speed of a searcher at speed v and a target at speed u on a random relative heading
 * (analytic-limits.md 1.3): v̄ = (2/π)(u + v)·E(k) with k = 2√(uv)/(u + v), E the complete elliptic integral of the
 * second kind. It is v for a stationary target and 4v/π when u = v.
 */
final class MeanRelativeSpeed {
    private MeanRelativeSpeed() {
    }

    /** v̄(u, v), both speeds at least 0. */
    static double of(double u, double v) {
        if (u < 0 || v < 0) {
            throw new IllegalArgumentException("speeds must not be negative, got u=" + u + " v=" + v);
        }
        if (u + v == 0) {
            return 0;
        }
        double k = 2 * Math.sqrt(u * v) / (u + v);
        return 2 / Math.PI * (u + v) * ellipticE(k);
    }

    /**
     * E(k) = ∫₀^{π/2} √(1 − k² sin²θ) dθ for a modulus 0 ≤ k ≤ 1, by the arithmetic-geometric mean
     * (Abramowitz and Stegun 17.6): E = K·(1 − Σ 2^(n−1) c_n²), K = π / (2·AGM(1, √(1 − k²))). Quadratic
     * convergence: a handful of steps reach machine precision.
     */
    static double ellipticE(double k) {
        if (k < 0 || k > 1) {
            throw new IllegalArgumentException("modulus must lie in [0, 1], got " + k);
        }
        if (k == 1) {
            return 1; // K diverges but the product tends to 1
        }
        double a = 1;
        double b = Math.sqrt(1 - k * k);
        double c = k;
        double sum = 0.5 * c * c;
        double weight = 0.5;
        for (int n = 0; n < 64 && Math.abs(c) > 1e-17; n++) {
            double next = (a + b) / 2;
            c = (a - b) / 2;
            b = Math.sqrt(a * b);
            a = next;
            weight *= 2;
            sum += weight * c * c;
        }
        return Math.PI / (2 * a) * (1 - sum);
    }
}
