package dev.panj.results.decide;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyLoader;
import dev.panj.scenarios.StudyObjective;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The verification checks of {@code optimize} and {@code robust} that {@code panj verify} runs:
 * <ul>
 * <li>{@code optimize-sensor-lines}: the study {@code verify-sensor-lines} (six stretches that may get a sensor line of
 * known cost and detection probability against independent crossings). Its true Pareto front follows from
 * enumerating the 64 subsets with the exact expectations; the search, on simulated runs, must find arrangements whose
 * exact values reach at least 95% of the true front's hypervolume within {@link #BUDGET} evaluations.</li>
 * <li>{@code prim-known-box}: 1,000 futures uniform in [0, 1]³ that fail exactly when x₁ > 0.6 and x₂ > 0.7;
 * PRIM's box must have coverage and density of at least 0.9, limits within 0.05 of the true ones and significant
 * limits (p &lt; 0.05) on x₁ and x₂ only.</li>
 * </ul>
 */
public final class DecisionChecks {
    /** The evaluation budget the optimize check allows. */
    public static final int BUDGET = 400;
    /** The share of the true hypervolume the optimize check requires. */
    public static final double REQUIRED = 0.95;
    static final double[] LENGTHS = {5, 8, 10, 12, 15, 10};
    static final double[] PROBABILITIES = {0.9, 0.5, 0.8, 0.3, 0.6, 0.95};
    static final double GROUPS = 400;
    static final double COST_PER_KM = 1000;

    private DecisionChecks() {
    }

    /** A check's outcome: its figures in words, and whether it passed. */
    public record Check(String name, String what, String figures, boolean passed) {
    }

    public static List<String> names() {
        return List.of("optimize-sensor-lines", "prim-known-box");
    }

    public static Check run(String name, ExperimentEngine engine, long seed) throws DecisionException,
            InterruptedException, IOException {
        return switch (name) {
            case "optimize-sensor-lines" -> optimize(engine, seed);
            case "prim-known-box" -> prim(seed);
            default -> throw new IllegalArgumentException("no decision check " + name);
        };
    }

    /** The exact (detections, cost) of each of the 64 subsets, subset bit k = line k on. */
    static List<double[]> enumerate() {
        List<double[]> out = new ArrayList<>();
        double total = 0;
        for (double l : LENGTHS) {
            total += l;
        }
        for (int mask = 0; mask < 64; mask++) {
            out.add(exact(mask, total));
        }
        return out;
    }

    private static double[] exact(int mask, double total) {
        double detected = 0;
        double cost = 0;
        for (int k = 0; k < 6; k++) {
            if ((mask >> k & 1) == 1) {
                detected += GROUPS * LENGTHS[k] / total * PROBABILITIES[k];
                cost += COST_PER_KM * LENGTHS[k];
            }
        }
        return new double[] {detected, cost};
    }

    static Study study() {
        try {
            return StudyLoader.parse(StudyLoader.builtIn("verify-sensor-lines"), "studies/verify-sensor-lines.yaml", null);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in study verify-sensor-lines does not load:\n" + e.report(), e);
        }
    }

    static Check optimize(ExperimentEngine engine, long seed) throws DecisionException, InterruptedException,
            IOException {
        Study study = study();
        Study.Search s = study.search();
        Optimization.Settings settings = new Optimization.Settings(s.algorithm(), BUDGET, s.population(),
                s.replications(), 1, seed, s.epsilon());
        Optimization.Outcome o = new Optimization(study, settings, engine, DecisionFolder.memory("verify"), line -> {
        }).run();
        List<StudyObjective> objectives = study.objectives();
        List<double[]> all = enumerate();
        Fronts.Bounds bounds = Fronts.boundsOf(all, objectives);
        double truth = Fronts.hypervolumeOf(nondominated(all, objectives), objectives, bounds);
        List<double[]> found = new ArrayList<>();
        double total = 0;
        for (double l : LENGTHS) {
            total += l;
        }
        for (Candidate c : o.front()) {
            int mask = 0;
            for (int k = 0; k < 6; k++) {
                mask |= c.settings().get(k).text().equals("on") ? 1 << k : 0;
            }
            found.add(exact(mask, total));
        }
        double reached = Fronts.hypervolumeOf(found, objectives, bounds);
        double share = reached / truth;
        return new Check("optimize-sensor-lines", "optimize reaches ≥ 95% of the true front's hypervolume (64 subsets "
                + "enumerated) within " + BUDGET + " evaluations",
                String.format(java.util.Locale.ROOT, "hypervolume %.4f of the true %.4f = %.1f%% (%d arrangements on "
                        + "the found front, true front %d; %d evaluations, %d simulated)", reached, truth, 100 * share,
                        o.front().size(), nondominated(all, objectives).size(), o.candidates().size(), o.simulated()),
                share >= REQUIRED);
    }

    static List<double[]> nondominated(List<double[]> points, List<StudyObjective> objectives) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : points) {
            boolean dominated = points.stream().anyMatch(q -> q != p && Fronts.dominates(q, p, objectives));
            if (!dominated) {
                out.add(p);
            }
        }
        return out;
    }

    static Check prim(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1000;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                x[i][d] = random.nextDouble();
            }
            y[i] = x[i][0] > 0.6 && x[i][1] > 0.7;
        }
        Prim.Result r = Prim.run(x, y, 0.05, 0.05);
        Prim.Box b = r.box();
        double[] p = r.pValues();
        boolean limits = Math.abs(b.low()[0] - 0.6) <= 0.05 && Math.abs(b.low()[1] - 0.7) <= 0.05
                && b.high()[0] == Double.POSITIVE_INFINITY && b.high()[1] == Double.POSITIVE_INFINITY;
        boolean significance = p[0] < 0.05 && p[1] < 0.05 && (!b.restricts(2) || p[2] >= 0.05);
        boolean passed = b.coverage() >= 0.9 && b.density() >= 0.9 && limits && significance;
        return new Check("prim-known-box", "PRIM finds the failure box x1 > 0.6, x2 > 0.7 in 1,000 uniform futures "
                + "(coverage and density ≥ 0.9)", String.format(java.util.Locale.ROOT, "box x1 ≥ %.3f (p %.2g), x2 ≥ "
                        + "%.3f (p %.2g), x3 %s; coverage %.3f, density %.3f", b.low()[0], p[0], b.low()[1], p[1],
                b.restricts(2) ? "restricted (p " + String.format(java.util.Locale.ROOT, "%.2g", p[2]) + ")" : "unrestricted",
                b.coverage(), b.density()), passed);
    }
}
