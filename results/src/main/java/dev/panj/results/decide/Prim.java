package dev.panj.results.decide;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant and Lempert 2010): a
 * box over the uncertainties inside which the cases of interest (failures) are dense. Peeling removes, one step at a
 * time, the {@code alpha} share of the box's points at the low or high end of one dimension, whichever leaves the
 * densest box, down to a minimum support; this traces the coverage–density trade-off. The chosen box (the one that
 * maximises the harmonic mean of coverage and density) is then pasted: each bound is moved outwards while that raises
 * the density. Each restricted dimension's significance is a one-sided hypergeometric test: would the box be as
 * dense by chance if it were drawn from the box without that restriction.
 */
public final class Prim {
    private Prim() {
    }

    /**
     * A box: lower and upper bounds per dimension (infinite where unrestricted), with its coverage (the share of all
     * cases of interest inside it), density (the share of its points that are cases of interest) and support.
     */
    public record Box(double[] low, double[] high, double coverage, double density, int support) {
        /** True when dimension {@code d} is restricted. */
        public boolean restricts(int d) {
            return low[d] > Double.NEGATIVE_INFINITY || high[d] < Double.POSITIVE_INFINITY;
        }
    }

    /**
     * The result: the peeling trajectory (coverage–density trade-off), the chosen box after pasting, and the p-value of
     * each dimension's restriction in it (NaN where unrestricted).
     */
    public record Result(List<Box> trajectory, int chosen, Box box, double[] pValues) {
    }

    /**
     * Runs PRIM on points {@code x} (rows, one column per dimension) and cases of interest {@code y}.
     *
     * @param alpha      the peeling share, e.g. 0.05
     * @param minSupport the smallest share of the points a box may hold, e.g. 0.05
     */
    public static Result run(double[][] x, boolean[] y, double alpha, double minSupport) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int total = count(y, all(n));
        double[] low = new double[k];
        double[] high = new double[k];
        Arrays.fill(low, Double.NEGATIVE_INFINITY);
        Arrays.fill(high, Double.POSITIVE_INFINITY);
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(x, y, low, high, total));
        int minPoints = Math.max(2, (int) Math.ceil(minSupport * n));
        while (true) {
            boolean[] in = inside(x, low, high);
            int support = count(in);
            int remove = Math.max(1, (int) Math.floor(alpha * support));
            if (support - remove < minPoints) {
                break;
            }
            double bestDensity = -1;
            int bestDim = -1;
            boolean bestLow = false;
            double bestCut = 0;
            for (int d = 0; d < k; d++) {
                double[] values = column(x, in, d);
                Arrays.sort(values);
                // Peel from the low end: keep values above the remove-th smallest.
                double lowCut = values[remove - 1];
                double highCut = values[values.length - remove];
                for (boolean fromLow : new boolean[] {true, false}) {
                    double[] lo = low.clone();
                    double[] hi = high.clone();
                    if (fromLow) {
                        lo[d] = Math.nextUp(lowCut);
                    } else {
                        hi[d] = Math.nextDown(highCut);
                    }
                    boolean[] kept = inside(x, lo, hi);
                    int s = count(kept);
                    if (s < minPoints || s == support) {
                        continue;
                    }
                    double density = (double) count(y, kept) / s;
                    if (density > bestDensity + 1e-12) {
                        bestDensity = density;
                        bestDim = d;
                        bestLow = fromLow;
                        bestCut = fromLow ? lo[d] : hi[d];
                    }
                }
            }
            if (bestDim < 0) {
                break;
            }
            if (bestLow) {
                low[bestDim] = bestCut;
            } else {
                high[bestDim] = bestCut;
            }
            trajectory.add(box(x, y, low, high, total));
        }
        int chosen = 0;
        double best = -1;
        for (int i = 0; i < trajectory.size(); i++) {
            Box b = trajectory.get(i);
            double f = b.coverage() + b.density() == 0 ? 0 : 2 * b.coverage() * b.density() / (b.coverage() + b.density());
            if (f > best + 1e-12) {
                best = f;
                chosen = i;
            }
        }
        Box pasted = tight(x, y, paste(x, y, trajectory.get(chosen), alpha, total), total);
        return new Result(List.copyOf(trajectory), chosen, pasted, pValues(x, y, pasted));
    }

    /**
     * The same box with its limits on the values of the points it holds, and without the limits that exclude no
     * point at all: it holds the same points, and its limits read as values the uncertainties took.
     */
    private static Box tight(double[][] x, boolean[] y, Box box, int total) {
        int k = box.low().length;
        double[] low = box.low().clone();
        double[] high = box.high().clone();
        boolean[] in = inside(x, low, high);
        for (int d = 0; d < k; d++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double allMin = Double.POSITIVE_INFINITY;
            double allMax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                allMin = Math.min(allMin, x[i][d]);
                allMax = Math.max(allMax, x[i][d]);
                if (in[i]) {
                    min = Math.min(min, x[i][d]);
                    max = Math.max(max, x[i][d]);
                }
            }
            if (low[d] > Double.NEGATIVE_INFINITY) {
                low[d] = low[d] <= allMin ? Double.NEGATIVE_INFINITY : min;
            }
            if (high[d] < Double.POSITIVE_INFINITY) {
                high[d] = high[d] >= allMax ? Double.POSITIVE_INFINITY : max;
            }
        }
        return box(x, y, low, high, total);
    }

    private static Box paste(double[][] x, boolean[] y, Box start, double alpha, int total) {
        double[] low = start.low().clone();
        double[] high = start.high().clone();
        Box current = start;
        boolean improved = true;
        while (improved) {
            improved = false;
            Box best = current;
            double[] bestLow = null;
            double[] bestHigh = null;
            int add = Math.max(1, (int) Math.floor(alpha * current.support()));
            for (int d = 0; d < low.length; d++) {
                for (boolean atLow : new boolean[] {true, false}) {
                    double[] lo = low.clone();
                    double[] hi = high.clone();
                    // The add nearest points just outside this bound, inside the other bounds.
                    List<Double> outside = new ArrayList<>();
                    for (double[] p : x) {
                        boolean others = true;
                        for (int e = 0; e < low.length; e++) {
                            if (e != d && (p[e] < low[e] || p[e] > high[e])) {
                                others = false;
                                break;
                            }
                        }
                        if (others && (atLow ? p[d] < low[d] : p[d] > high[d])) {
                            outside.add(p[d]);
                        }
                    }
                    if (outside.isEmpty()) {
                        continue;
                    }
                    outside.sort(atLow ? (a, b) -> Double.compare(b, a) : Double::compare);
                    double edge = outside.get(Math.min(add, outside.size()) - 1);
                    if (atLow) {
                        lo[d] = outside.size() <= add ? Double.NEGATIVE_INFINITY : edge;
                    } else {
                        hi[d] = outside.size() <= add ? Double.POSITIVE_INFINITY : edge;
                    }
                    Box b = box(x, y, lo, hi, total);
                    if (b.density() > best.density() + 1e-12 || b.density() >= best.density() - 1e-12
                            && b.coverage() > best.coverage() + 1e-12 && b.density() >= current.density()) {
                        best = b;
                        bestLow = lo;
                        bestHigh = hi;
                    }
                }
            }
            if (bestLow != null) {
                low = bestLow;
                high = bestHigh;
                current = best;
                improved = true;
            }
        }
        return current;
    }

    private static double[] pValues(double[][] x, boolean[] y, Box box) {
        double[] p = new double[box.low().length];
        boolean[] in = inside(x, box.low(), box.high());
        int n = count(in);
        int k = count(y, in);
        for (int d = 0; d < p.length; d++) {
            if (!box.restricts(d)) {
                p[d] = Double.NaN;
                continue;
            }
            double[] lo = box.low().clone();
            double[] hi = box.high().clone();
            lo[d] = Double.NEGATIVE_INFINITY;
            hi[d] = Double.POSITIVE_INFINITY;
            boolean[] wide = inside(x, lo, hi);
            int population = count(wide);
            int successes = count(y, wide);
            if (n == 0 || population == n) {
                p[d] = 1;
                continue;
            }
            HypergeometricDistribution h = new HypergeometricDistribution(null, population, successes, n);
            p[d] = h.upperCumulativeProbability(k);
        }
        return p;
    }

    private static Box box(double[][] x, boolean[] y, double[] low, double[] high, int total) {
        boolean[] in = inside(x, low, high);
        int support = count(in);
        int hits = count(y, in);
        return new Box(low.clone(), high.clone(), total == 0 ? 0 : (double) hits / total,
                support == 0 ? 0 : (double) hits / support, support);
    }

    private static boolean[] inside(double[][] x, double[] low, double[] high) {
        boolean[] in = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean ok = true;
            for (int d = 0; d < low.length && ok; d++) {
                ok = x[i][d] >= low[d] && x[i][d] <= high[d];
            }
            in[i] = ok;
        }
        return in;
    }

    private static boolean[] all(int n) {
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        return in;
    }

    private static double[] column(double[][] x, boolean[] in, int d) {
        double[] out = new double[count(in)];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                out[j++] = x[i][d];
            }
        }
        return out;
    }

    private static int count(boolean[] in) {
        int c = 0;
        for (boolean b : in) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private static int count(boolean[] y, boolean[] in) {
        int c = 0;
        for (int i = 0; i < y.length; i++) {
            c += y[i] && in[i] ? 1 : 0;
        }
        return c;
    }
}
