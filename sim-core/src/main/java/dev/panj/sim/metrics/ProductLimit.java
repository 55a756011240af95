package dev.panj.sim.metrics;

import java.util.Arrays;

/**
 * The Kaplan–Meier (product-limit) estimate of a survival function from right-censored times, reduced to the two
 * numbers a run reports: the median and the restricted mean. (The results module pools runs and adds confidence
 * intervals.) A censoring at the time of an event counts as still at risk at that event.
 */
public final class ProductLimit {
    private final double[] times;
    private final double[] survival;
    private final int subjects;

    private ProductLimit(double[] times, double[] survival, int subjects) {
        this.times = times;
        this.survival = survival;
        this.subjects = subjects;
    }

    /** {@code observed[i]}: the event happened at {@code times[i]}; otherwise the subject was censored then. */
    public static ProductLimit estimate(double[] times, boolean[] observed) {
        int n = times.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        double[] t = new double[n];
        double[] s = new double[n];
        int steps = 0;
        int atRisk = n;
        double current = 1;
        int k = 0;
        while (k < n) {
            double at = times[order[k]];
            int events = 0;
            int leaving = 0;
            while (k < n && times[order[k]] == at) {
                if (observed[order[k]]) {
                    events++;
                }
                leaving++;
                k++;
            }
            if (events > 0) {
                current *= 1 - (double) events / atRisk;
                t[steps] = at;
                s[steps] = current;
                steps++;
            }
            atRisk -= leaving;
        }
        return new ProductLimit(Arrays.copyOf(t, steps), Arrays.copyOf(s, steps), n);
    }

    /** The first time the estimate is at or below one half; NaN when it never is (too few events). */
    public double median() {
        for (int i = 0; i < times.length; i++) {
            if (survival[i] <= 0.5 + 1e-12) {
                return times[i];
            }
        }
        return Double.NaN;
    }

    /**
     * The restricted mean: the area under the estimate from 0 to {@code horizon}, the expected time to the event
     * counting any time beyond the horizon as the horizon (the estimate held at its last value after the last
     * observation). NaN without subjects.
     */
    public double restrictedMean(double horizon) {
        if (subjects == 0) {
            return Double.NaN;
        }
        double area = 0;
        double previous = 0;
        double s = 1;
        for (int i = 0; i < times.length && times[i] < horizon; i++) {
            area += s * (times[i] - previous);
            previous = times[i];
            s = survival[i];
        }
        return area + s * (horizon - previous);
    }
}
