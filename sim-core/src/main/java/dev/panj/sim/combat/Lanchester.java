package dev.panj.sim.combat;

/**
 * Lanchester's square law dA/dt = -b B, dB/dt = -a A in closed form (analytic-limits.md section 2.1):
 * A(t) = A0 cosh(gt) - sqrt(b/a) B0 sinh(gt), B(t) = B0 cosh(gt) - sqrt(a/b) A0 sinh(gt), g = sqrt(ab).
 * Here A is the security force (effectiveness a against militants) and B the militants (effectiveness b).
 */
public final class Lanchester {
    private Lanchester() {
    }

    /** Strengths {A, B} after {@code t} hours from (A0, B0); neither goes below zero. */
    public static double[] squareLaw(double a0, double b0, double a, double b, double t) {
        if (a <= 0 || b <= 0) {
            return new double[] {Math.max(0, a0 - b * b0 * t), Math.max(0, b0 - a * a0 * t)};
        }
        double g = Math.sqrt(a * b);
        double ch = Math.cosh(g * t);
        double sh = Math.sinh(g * t);
        double at = a0 * ch - Math.sqrt(b / a) * b0 * sh;
        double bt = b0 * ch - Math.sqrt(a / b) * a0 * sh;
        return new double[] {Math.max(0, at), Math.max(0, bt)};
    }

    /**
     * Time until A falls to {@code aFloor} or B to {@code bFloor}, whichever is first; +infinity when
     * neither happens within {@code horizon}. Found by bisection on the monotone closed form.
     */
    public static double timeToFall(double a0, double b0, double a, double b, double aFloor, double bFloor,
                                    double horizon) {
        if (crossed(squareLaw(a0, b0, a, b, 0), aFloor, bFloor)) {
            return 0;
        }
        if (!crossed(squareLaw(a0, b0, a, b, horizon), aFloor, bFloor)) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = horizon;
        for (int k = 0; k < 200 && hi - lo > 1e-13 * Math.max(1, hi); k++) {
            double mid = (lo + hi) / 2;
            if (crossed(squareLaw(a0, b0, a, b, mid), aFloor, bFloor)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean crossed(double[] s, double aFloor, double bFloor) {
        return s[0] <= aFloor + 1e-12 || s[1] <= bFloor + 1e-12;
    }

    /** Survivors of the winner under the square law (analytic-limits.md 2.1): {A_f, B_f}. */
    public static double[] survivors(double a0, double b0, double a, double b) {
        double fa = a * a0 * a0;
        double fb = b * b0 * b0;
        if (fa > fb) {
            return new double[] {Math.sqrt(a0 * a0 - (b / a) * b0 * b0), 0};
        }
        if (fb > fa) {
            return new double[] {0, Math.sqrt(b0 * b0 - (a / b) * a0 * a0)};
        }
        return new double[] {0, 0};
    }
}
