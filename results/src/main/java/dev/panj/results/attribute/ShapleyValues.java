package dev.panj.results.attribute;

import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * Shapley values of the changes: each change's marginal effect y(S ∪ {i}) − y(S) averaged over all orders in which
 * the changes can be applied to the base. They add up to y(all) − y(∅), and split every interaction equally among
 * the changes that take part in it: φ_i = Σ_{T ∋ i} m(T) / |T| with m the effects from the base
 * ({@link FactorialEffects#fromBase}). With many changes, the average over sampled orders (each order's marginal
 * effects telescope to y(all) − y(∅), so sampled values add up to the difference as well).
 */
public final class ShapleyValues {
    private ShapleyValues() {
    }

    /** φ for k changes from the effects from the base of a full factorial (indexed by mask, length 2^k). */
    public static double[] exact(double[] fromBase, int k) {
        if (fromBase.length != 1 << k) {
            throw new IllegalArgumentException(fromBase.length + " effects for " + k + " changes");
        }
        double[] phi = new double[k];
        for (int mask = 1; mask < fromBase.length; mask++) {
            double share = fromBase[mask] / Integer.bitCount(mask);
            for (int i = 0; i < k; i++) {
                if ((mask >>> i & 1) != 0) {
                    phi[i] += share;
                }
            }
        }
        return phi;
    }

    /**
     * The marginal effect of each change in each order: {@code out[p][i]} is y(before i and i) − y(before i) along
     * order p, with {@code y} the value of a subset given as mask.
     */
    static double[][] contributions(List<int[]> orders, int k, LongToDoubleFunction y) {
        double[][] out = new double[orders.size()][k];
        for (int p = 0; p < orders.size(); p++) {
            long mask = 0;
            double before = y.applyAsDouble(0);
            for (int change : orders.get(p)) {
                mask |= 1L << change;
                double after = y.applyAsDouble(mask);
                out[p][change] = after - before;
                before = after;
            }
        }
        return out;
    }

    /** φ estimated from sampled orders: each change's marginal effect averaged over the orders. */
    static double[] sampled(List<int[]> orders, int k, LongToDoubleFunction y) {
        double[][] c = contributions(orders, k, y);
        double[] phi = new double[k];
        for (double[] order : c) {
            for (int i = 0; i < k; i++) {
                phi[i] += order[i];
            }
        }
        for (int i = 0; i < k; i++) {
            phi[i] /= orders.size();
        }
        return phi;
    }

    /**
     * The standard error of sampled Shapley values from the sampling of orders: the orders come in pairs (an order
     * and its reverse), each pair's average is one independent draw, and the error is their standard deviation over
     * √(pairs). {@code y} gives the cells' means over the replications. NaN with fewer than two pairs.
     */
    static double[] samplingError(List<int[]> orders, int k, LongToDoubleFunction y) {
        double[][] c = contributions(orders, k, y);
        int pairs = orders.size() / 2;
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            if (pairs < 2) {
                se[i] = Double.NaN;
                continue;
            }
            double[] draws = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                draws[p] = (c[2 * p][i] + c[2 * p + 1][i]) / 2;
            }
            se[i] = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(draws)
                    / Math.sqrt(pairs);
        }
        return se;
    }
}
