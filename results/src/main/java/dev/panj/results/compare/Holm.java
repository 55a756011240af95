package dev.panj.results.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction (Holm, 1979), which holds the family-wise error rate at α for any dependence
 * between the tests: the k-th smallest of m p-values is multiplied by m − k + 1, and adjusted values are made
 * non-decreasing in that order and capped at 1. Rejecting where the adjusted value is below α is Holm's test.
 */
public final class Holm {
    private Holm() {
    }

    /** The adjusted p-values in the order given; NaN entries (no test) stay NaN and are not in the family. */
    public static double[] adjust(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        // Stable: equal p-values keep their input order, so the result does not depend on the sort.
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
