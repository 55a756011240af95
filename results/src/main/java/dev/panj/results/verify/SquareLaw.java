package dev.panj.results.verify;

/**
 * Lanchester's square law dA/dt = −b·B, dB/dt = −a·A in closed form (analytic-limits.md 2.1), A being the
 * security force (effectiveness a) and B the militants (effectiveness b). The loser falls to a share f of its
 * start (0: annihilation) when x = e^(γt), γ = √(ab), solves (A0 − kB0)x² − 2fA0·x + (A0 + kB0) = 0 with
 * k = √(b/a) (symmetrically when B loses).
 */
final class SquareLaw {
    /** The outcome: who wins, the winner's strength when the loser breaks, and when that happens (hours). */
    record Outcome(boolean securityWins, double survivors, double time) {
    }

    private SquareLaw() {
    }

    /**
     * The outcome of a fight to the loser's breakpoint {@code breakShare}.
     *
     * @throws IllegalArgumentException for a draw (a·A0² = b·B0²), which ends only as t → ∞
     */
    static Outcome outcome(double a0, double b0, double a, double b, double breakShare) {
        double security = a * a0 * a0;
        double militants = b * b0 * b0;
        if (security == militants) {
            throw new IllegalArgumentException("a draw (a·A0² = b·B0²) never ends");
        }
        double gamma = Math.sqrt(a * b);
        if (security < militants) {
            double time = Math.log(breakRoot(a0, b0, Math.sqrt(b / a), breakShare)) / gamma;
            return new Outcome(false, strengths(a0, b0, a, b, time)[1], time);
        }
        double time = Math.log(breakRoot(b0, a0, Math.sqrt(a / b), breakShare)) / gamma;
        return new Outcome(true, strengths(a0, b0, a, b, time)[0], time);
    }

    /** {A(t), B(t)} from the closed form (not clipped at zero). */
    static double[] strengths(double a0, double b0, double a, double b, double t) {
        double gamma = Math.sqrt(a * b);
        double ch = Math.cosh(gamma * t);
        double sh = Math.sinh(gamma * t);
        return new double[] {a0 * ch - Math.sqrt(b / a) * b0 * sh, b0 * ch - Math.sqrt(a / b) * a0 * sh};
    }

    /** The root x > 1 of (L0 − kW0)x² − 2fL0·x + (L0 + kW0) = 0 for the loser L against the winner W. */
    private static double breakRoot(double loser, double winner, double k, double share) {
        double c2 = loser - k * winner; // negative: the loser's side of the invariant is the smaller
        double c1 = share * loser;
        double c0 = loser + k * winner;
        return (c1 - Math.sqrt(c1 * c1 - c2 * c0)) / c2;
    }
}
