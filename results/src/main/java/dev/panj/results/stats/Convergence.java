package dev.panj.results.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * How the mean of a metric and its 95% interval settle as replications are added, in replication-index order: the
 * evidence for whether a batch had enough replications.
 */
public final class Convergence {
    /** The estimate over the first {@code replications} replications ({@code n} of them with a value). */
    public record Point(int replications, long n, double mean, double ciLow, double ciHigh) {
    }

    private Convergence() {
    }

    /**
     * The running estimate of {@code values} (in index order; NaN: no value) at up to {@code maxPoints} numbers of
     * replications, spread evenly on a logarithmic scale from 2 to all of them (the last is always included).
     */
    public static List<Point> of(double[] values, CiMethod method, int maxPoints) {
        List<Point> points = new ArrayList<>();
        int total = values.length;
        if (total < 2) {
            return points;
        }
        List<Integer> at = checkpoints(total, maxPoints);
        RunningMoments moments = new RunningMoments();
        int next = 0;
        for (int i = 0; i < total && next < at.size(); i++) {
            moments.add(values[i]);
            if (i + 1 == at.get(next)) {
                ConfidenceInterval ci = method.interval(moments.mean(), moments.sd(), moments.count());
                points.add(new Point(i + 1, moments.count(), moments.mean(), ci.low(), ci.high()));
                next++;
            }
        }
        return points;
    }

    /** Distinct counts from 2 to {@code total}, log-spaced, at most {@code maxPoints}. */
    static List<Integer> checkpoints(int total, int maxPoints) {
        List<Integer> at = new ArrayList<>();
        if (total <= maxPoints + 1) {
            for (int n = 2; n <= total; n++) {
                at.add(n);
            }
            return at;
        }
        double ratio = Math.log(total / 2.0) / (maxPoints - 1);
        for (int k = 0; k < maxPoints; k++) {
            int n = (int) Math.round(2 * Math.exp(ratio * k));
            n = Math.min(total, Math.max(2, n));
            if (at.isEmpty() || n > at.get(at.size() - 1)) {
                at.add(n);
            }
        }
        if (at.get(at.size() - 1) != total) {
            at.add(total);
        }
        return at;
    }
}
