package dev.panj.results.decide;

import dev.panj.scenarios.StudyObjective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pareto fronts and their hypervolume. A front is the candidates no other candidate dominates (at least as good in
 * every objective, better in one), in a fixed order (by the first objective, then the lever settings) so that the
 * same candidates always give the same table. The hypervolume is measured after scaling every objective to [0, 1]
 * between given bounds (0 the best value, 1 the worst), against the reference point 1.1 in every objective, by
 * exact slicing (Zitzler's HSO), which is fast for the few objectives and small fronts of a study.
 */
public final class Fronts {
    /** The reference point's coordinate in every scaled objective. */
    public static final double REFERENCE = 1.1;

    private Fronts() {
    }

    /** The best and worst value of each objective, in its natural direction. */
    public record Bounds(double[] best, double[] worst) {
    }

    /** The nondominated candidates of {@code candidates}, duplicates (same objectives) kept once. */
    public static List<Candidate> front(List<Candidate> candidates, List<StudyObjective> objectives) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean dominated = false;
            for (Candidate d : candidates) {
                if (d != c && dominates(d.objectives(), c.objectives(), objectives)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated && out.stream().noneMatch(o -> Arrays.equals(o.objectives(), c.objectives()))) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> objectives.get(0).canonical(c.objectives()[0]))
                .thenComparing(Candidate::key));
        return out;
    }

    /** True when {@code a} is at least as good as {@code b} in every objective and better in one. */
    public static boolean dominates(double[] a, double[] b, List<StudyObjective> objectives) {
        boolean better = false;
        for (int j = 0; j < objectives.size(); j++) {
            double x = objectives.get(j).canonical(a[j]);
            double y = objectives.get(j).canonical(b[j]);
            if (x > y) {
                return false;
            }
            better |= x < y;
        }
        return better;
    }

    /** The bounds of the objectives over {@code candidates}. */
    public static Bounds bounds(List<Candidate> candidates, List<StudyObjective> objectives) {
        return boundsOf(candidates.stream().map(Candidate::objectives).toList(), objectives);
    }

    /** The bounds of the objectives over points. */
    public static Bounds boundsOf(List<double[]> points, List<StudyObjective> objectives) {
        int k = objectives.size();
        double[] best = new double[k];
        double[] worst = new double[k];
        for (int j = 0; j < k; j++) {
            StudyObjective o = objectives.get(j);
            int jj = j;
            double lo = points.stream().mapToDouble(p -> o.canonical(p[jj])).min().orElse(0);
            double hi = points.stream().mapToDouble(p -> o.canonical(p[jj])).max().orElse(1);
            best[j] = o.canonical(lo);
            worst[j] = o.canonical(hi);
        }
        return new Bounds(best, worst);
    }

    /** The hypervolume of candidates' objectives. */
    public static double hypervolume(List<Candidate> front, List<StudyObjective> objectives, Bounds bounds) {
        return hypervolumeOf(front.stream().map(Candidate::objectives).toList(), objectives, bounds);
    }

    /** The hypervolume of points (objectives in their natural direction) between the bounds. */
    public static double hypervolumeOf(List<double[]> points, List<StudyObjective> objectives, Bounds bounds) {
        int k = objectives.size();
        List<double[]> scaled = new ArrayList<>();
        for (double[] p : points) {
            double[] s = new double[k];
            boolean inside = true;
            for (int j = 0; j < k; j++) {
                StudyObjective o = objectives.get(j);
                double lo = o.canonical(bounds.best()[j]);
                double hi = o.canonical(bounds.worst()[j]);
                s[j] = hi > lo ? (o.canonical(p[j]) - lo) / (hi - lo) : 0;
                inside &= s[j] < REFERENCE;
            }
            if (inside) {
                scaled.add(s);
            }
        }
        return volume(scaled, k);
    }

    /** Exact dominated volume of minimised points against the reference point, by slicing the last objective. */
    private static double volume(List<double[]> points, int k) {
        if (points.isEmpty()) {
            return 0;
        }
        if (k == 1) {
            return REFERENCE - points.stream().mapToDouble(p -> p[0]).min().orElse(REFERENCE);
        }
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[k - 1]));
        double total = 0;
        List<double[]> active = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            active.add(sorted.get(i));
            double next = i + 1 < sorted.size() ? sorted.get(i + 1)[k - 1] : REFERENCE;
            double depth = next - sorted.get(i)[k - 1];
            if (depth > 0) {
                total += depth * volume(nondominated(active, k - 1), k - 1);
            }
        }
        return total;
    }

    private static List<double[]> nondominated(List<double[]> points, int k) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : points) {
            boolean dominated = false;
            for (double[] q : points) {
                if (q != p && weaklyBetter(q, p, k) && !Arrays.equals(Arrays.copyOf(q, k), Arrays.copyOf(p, k))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean weaklyBetter(double[] a, double[] b, int k) {
        for (int j = 0; j < k; j++) {
            if (a[j] > b[j]) {
                return false;
            }
        }
        return true;
    }
}
