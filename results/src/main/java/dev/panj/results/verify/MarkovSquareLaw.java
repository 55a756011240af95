package dev.panj.results.verify;

/**
 * The square law as a continuous-time Markov chain on whole strengths (analytic-limits.md 2.3): from (i, j) a
 * militant falls at rate a·i and a soldier at rate b·j; the chain stops when a side falls to its breakpoint.
 * Win probability, mean survivors and mean duration follow exactly by backward recursion over the states, as the
 * model breaks a side once its strength is at most its breakpoint share of the start.
 */
final class MarkovSquareLaw {
    /** Exact expectations over the chain's paths. */
    record Outcome(double securityWins, double meanSecurityLeft, double meanMilitantsLeft, double meanDuration) {
    }

    private MarkovSquareLaw() {
    }

    /**
     * @param security    A0, whole personnel
     * @param militants   B0, whole personnel
     * @param securityBreak share of A0 at or below which security breaks (0: fights to the last)
     * @param militantBreak share of B0 at or below which the militants break
     */
    static Outcome outcome(int security, int militants, double a, double b, double securityBreak,
                           double militantBreak) {
        double iFloor = securityBreak * security + 1e-9;
        double jFloor = militantBreak * militants + 1e-9;
        double[][] win = new double[security + 1][militants + 1];
        double[][] left = new double[security + 1][militants + 1];
        double[][] enemyLeft = new double[security + 1][militants + 1];
        double[][] duration = new double[security + 1][militants + 1];
        for (int i = 0; i <= security; i++) {
            for (int j = 0; j <= militants; j++) {
                if (j <= jFloor) {
                    // the model checks the militants first, as here
                    win[i][j] = 1;
                    left[i][j] = i;
                    enemyLeft[i][j] = j;
                } else if (i <= iFloor) {
                    left[i][j] = i;
                    enemyLeft[i][j] = j;
                } else {
                    double total = a * i + b * j;
                    double pMilitant = a * i / total;
                    double pSoldier = 1 - pMilitant;
                    win[i][j] = pMilitant * win[i][j - 1] + pSoldier * win[i - 1][j];
                    left[i][j] = pMilitant * left[i][j - 1] + pSoldier * left[i - 1][j];
                    enemyLeft[i][j] = pMilitant * enemyLeft[i][j - 1] + pSoldier * enemyLeft[i - 1][j];
                    duration[i][j] = 1 / total + pMilitant * duration[i][j - 1] + pSoldier * duration[i - 1][j];
                }
            }
        }
        return new Outcome(win[security][militants], left[security][militants], enemyLeft[security][militants],
                duration[security][militants]);
    }
}
