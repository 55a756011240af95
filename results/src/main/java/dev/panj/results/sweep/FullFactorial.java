package dev.panj.results.sweep;

import java.util.List;

/**
 * Every combination of the factors' levels, the first factor changing slowest. A factor with levels has its
 * own; a range gets {@code rangeLevels} evenly spaced values from its low to its high end.
 */
final class FullFactorial {
    static final int MAX_POINTS = 100_000;

    private FullFactorial() {
    }

    static double[][] unit(List<Factor> factors, int rangeLevels) throws SweepException {
        int k = factors.size();
        int[] counts = new int[k];
        long points = 1;
        for (int f = 0; f < k; f++) {
            counts[f] = factors.get(f).isRange() ? rangeLevels : factors.get(f).levels().size();
            points *= counts[f];
            if (points > MAX_POINTS) {
                throw new SweepException("--design full: expected at most " + MAX_POINTS + " design points, found "
                        + "more; use fewer factors or levels, or --design nolh or lhs");
            }
        }
        double[][] rows = new double[(int) points][k];
        for (int p = 0; p < points; p++) {
            int rest = p;
            for (int f = k - 1; f >= 0; f--) {
                int level = rest % counts[f];
                rest /= counts[f];
                // A range's ends are its levels; levels sit in the middle of their share of [0, 1].
                rows[p][f] = factors.get(f).isRange() ? (double) level / (counts[f] - 1)
                        : (level + 0.5) / counts[f];
            }
        }
        return rows;
    }
}
