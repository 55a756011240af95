package dev.panj.results.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of a survival function from times that either end in the event (a detection, a
 * response) or are censored (the run ended first, the group left), with Greenwood's variance and a pointwise
 * confidence interval on the complementary log–log scale (Kalbfleisch and Prentice), which stays within [0, 1].
 * The estimate is a step function, constant between the event times listed.
 */
public final class KaplanMeier {
    /**
     * The estimate just after {@code time}: {@code atRisk} subjects were still under observation just before it,
     * {@code events} had the event at it and {@code censored} were censored at it.
     */
    public record Step(double time, int atRisk, int events, int censored, double survival, double standardError,
                       double ciLow, double ciHigh) {
    }

    private final List<Step> steps;
    private final int subjects;
    private final double level;

    private KaplanMeier(List<Step> steps, int subjects, double level) {
        this.steps = List.copyOf(steps);
        this.subjects = subjects;
        this.level = level;
    }

    /**
     * Estimates S(t) from {@code times} and {@code observed} (true: the event happened at that time; false: the
     * subject was censored then), with {@code level} confidence intervals (0.95 for 95%). A censoring at the same
     * time as an event counts as still at risk at that event, the usual convention.
     */
    public static KaplanMeier estimate(double[] times, boolean[] observed, double level) {
        if (times.length != observed.length) {
            throw new IllegalArgumentException(times.length + " times but " + observed.length + " event flags");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            if (!Double.isFinite(times[i]) || times[i] < 0) {
                throw new IllegalArgumentException("time " + i + " is " + times[i] + ": times must be finite and >= 0");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> times[i]));
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
        List<Step> steps = new ArrayList<>();
        int atRisk = times.length;
        double survival = 1;
        double greenwood = 0;
        int k = 0;
        while (k < order.length) {
            double t = times[order[k]];
            int events = 0;
            int censored = 0;
            while (k < order.length && times[order[k]] == t) {
                if (observed[order[k]]) {
                    events++;
                } else {
                    censored++;
                }
                k++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                greenwood += atRisk == events ? Double.POSITIVE_INFINITY : (double) events / ((double) atRisk * (atRisk - events));
            }
            double se = survival <= 0 ? 0 : survival * Math.sqrt(greenwood);
            double[] ci = logLog(survival, greenwood, z);
            steps.add(new Step(t, atRisk, events, censored, survival, se, ci[0], ci[1]));
            atRisk -= events + censored;
        }
        return new KaplanMeier(steps, times.length, level);
    }

    /** The interval exp(−exp(log(−log S) ± z·σ)), σ² = Greenwood sum / (log S)²; degenerate at S = 1 and S = 0. */
    private static double[] logLog(double survival, double greenwood, double z) {
        if (survival >= 1) {
            return new double[] {1, 1};
        }
        if (survival <= 0 || Double.isInfinite(greenwood)) {
            return new double[] {0, survival <= 0 ? 0 : 1};
        }
        double logS = Math.log(survival);
        double sigma = Math.sqrt(greenwood) / Math.abs(logS);
        double centre = Math.log(-logS);
        return new double[] {Math.exp(-Math.exp(centre + z * sigma)), Math.exp(-Math.exp(centre - z * sigma))};
    }

    /** Every distinct time at which something happened, in order. */
    public List<Step> steps() {
        return steps;
    }

    public int subjects() {
        return subjects;
    }

    public double level() {
        return level;
    }

    /** S(t): the estimate at {@code time}, right-continuous (1 before the first event). */
    public double survival(double time) {
        double s = 1;
        for (Step step : steps) {
            if (step.time() > time) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /** Subjects still under observation just before {@code time}. */
    public int atRisk(double time) {
        int n = subjects;
        for (Step step : steps) {
            if (step.time() >= time) {
                break;
            }
            n -= step.events() + step.censored();
        }
        return n;
    }

    /**
     * The restricted mean: the area under the estimate from 0 to {@code horizon} (the estimate held at its last
     * value after the last time), the mean time to the event counting any time beyond the horizon as the horizon.
     */
    public double restrictedMean(double horizon) {
        double area = 0;
        double previous = 0;
        double s = 1;
        for (Step step : steps) {
            if (step.time() >= horizon) {
                break;
            }
            area += s * (step.time() - previous);
            previous = step.time();
            s = step.survival();
        }
        return area + s * (horizon - previous);
    }

    /** The first time the estimate falls to 0.5 or below; NaN if it never does (the median is not reached). */
    public double median() {
        for (Step step : steps) {
            if (step.survival() <= 0.5) {
                return step.time();
            }
        }
        return Double.NaN;
    }
}
