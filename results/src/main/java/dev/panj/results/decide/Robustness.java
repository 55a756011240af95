package dev.panj.results.decide;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.sweep.LatinHypercube;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioOverride;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyObjective;
import dev.panj.scenarios.StudySetting;
import dev.panj.scenarios.StudyUncertainty;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * {@code panj robust}: every policy in the same N futures, drawn by a maximin Latin hypercube over the study's
 * uncertainties; replication r of future i runs with the same seed for every policy. Per policy and objective: the mean
 * over futures, the 10th percentile of its values on the bad side (the 10th percentile of a maximised objective, the
 * 90th of a minimised one), and the maximum and 90th percentile of its regret (how much worse it is than the best
 * policy in the same future); per policy the satisficing share (futures in which it meets every threshold) with its
 * Wilson 95% interval, and PRIM's box of the futures in which it fails to.
 */
public final class Robustness {

    /** One objective's robustness figures for one policy. */
    public record ObjectiveStats(double mean, double worstDecile, double maxRegret, double p90Regret) {
    }

    /** One policy's results. */
    public record PolicyResult(Policy policy, double[][] values, List<ObjectiveStats> objectives, int satisfied,
                               double shareLow, double shareHigh, Prim.Result prim) {
        /** The satisficing share. */
        public double share() {
            return values.length == 0 ? Double.NaN : (double) satisfied / values.length;
        }
    }

    /** Everything {@code robust} found. */
    public record Outcome(Study study, List<List<StudySetting>> futures, double[][] coordinates,
                          List<PolicyResult> policies, int replications, long seed) {
    }

    private final Study study;
    private final PolicyRuns runs;
    private final DecisionFolder folder;
    private final Consumer<String> progress;
    private final int replications;
    private final long seed;
    private final int count;

    public Robustness(Study study, ExperimentEngine engine, DecisionFolder folder, int futures, int replications,
                      long seed, Consumer<String> progress) {
        this.study = study;
        this.runs = new PolicyRuns(study, engine);
        this.folder = folder;
        this.progress = progress;
        this.replications = replications;
        this.seed = seed;
        this.count = futures;
    }

    /** The futures' points in [0, 1]^k: a maximin Latin hypercube drawn from the seed. */
    static double[][] coordinates(int futures, int uncertainties, long seed) {
        if (uncertainties == 0) {
            return new double[futures][0];
        }
        return LatinHypercube.maximin(futures, uncertainties, 100, new SplittableRandom(seed ^ 0x0B0B5EEDL));
    }

    public Outcome run(List<Policy> policies) throws DecisionException, InterruptedException, IOException {
        List<StudyUncertainty> us = study.uncertainties();
        double[][] u = coordinates(count, us.size(), seed);
        List<List<StudySetting>> futures = new ArrayList<>();
        for (double[] p : u) {
            List<StudySetting> f = new ArrayList<>();
            for (int k = 0; k < us.size(); k++) {
                f.add(us.get(k).at(p[k]));
            }
            futures.add(List.copyOf(f));
        }
        List<StudyObjective> objectives = study.objectives();
        List<String> metrics = runs.metrics();
        // values[policy][future][objective]: the mean over the replications.
        double[][][] values = new double[policies.size()][futures.size()][objectives.size()];
        int done = 0;
        for (int p = 0; p < policies.size(); p++) {
            Policy policy = policies.get(p);
            for (int f = 0; f < futures.size(); f++) {
                List<ScenarioOverride> future = new ArrayList<>();
                futures.get(f).forEach(s -> future.addAll(s.overrides()));
                String key = policy.name() + " @ future " + f;
                double[][] v = folder.journalled(key);
                if (v == null) {
                    LoadedScenario scenario = PolicyRuns.scenario(policy.scenario(), policy.overrides(), future);
                    v = runs.run(scenario, policy.overrides(), future, PolicyRuns.futureSeed(seed, f), replications);
                    folder.record(key, v);
                }
                for (int j = 0; j < objectives.size(); j++) {
                    values[p][f][j] = MetricEstimate.of(v[metrics.indexOf(objectives.get(j).metric())]).mean();
                }
                done++;
                progress.accept(String.format("%d of %d policy-futures (%s, future %d)", done,
                        policies.size() * futures.size(), policy.name(), f));
            }
        }
        // The best value of each objective in each future, over the policies.
        double[][] best = new double[futures.size()][objectives.size()];
        for (int f = 0; f < futures.size(); f++) {
            for (int j = 0; j < objectives.size(); j++) {
                double b = Double.NaN;
                for (int p = 0; p < policies.size(); p++) {
                    double v = objectives.get(j).canonical(values[p][f][j]);
                    if (!Double.isNaN(v) && (Double.isNaN(b) || v < b)) {
                        b = v;
                    }
                }
                best[f][j] = b;
            }
        }
        List<Integer> numeric = new ArrayList<>();
        for (int k = 0; k < us.size(); k++) {
            if (us.get(k).numeric()) {
                numeric.add(k);
            }
        }
        double[][] x = new double[futures.size()][numeric.size()];
        for (int f = 0; f < futures.size(); f++) {
            for (int d = 0; d < numeric.size(); d++) {
                x[f][d] = futures.get(f).get(numeric.get(d)).number();
            }
        }
        List<PolicyResult> results = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            List<ObjectiveStats> stats = new ArrayList<>();
            for (int j = 0; j < objectives.size(); j++) {
                StudyObjective o = objectives.get(j);
                double[] column = new double[futures.size()];
                double[] regret = new double[futures.size()];
                for (int f = 0; f < futures.size(); f++) {
                    column[f] = values[p][f][j];
                    double c = o.canonical(values[p][f][j]);
                    regret[f] = Double.isNaN(c) ? Double.NaN : c - best[f][j];
                }
                double[] finite = java.util.Arrays.stream(column).filter(Double::isFinite).toArray();
                double[] finiteRegret = java.util.Arrays.stream(regret).filter(Double::isFinite).toArray();
                double mean = java.util.Arrays.stream(finite).average().orElse(Double.NaN);
                double worst = finite.length == 0 ? Double.NaN : percentile(finite, o.maximize() ? 10 : 90);
                double maxRegret = java.util.Arrays.stream(finiteRegret).max().orElse(Double.NaN);
                double p90 = finiteRegret.length == 0 ? Double.NaN : percentile(finiteRegret, 90);
                stats.add(new ObjectiveStats(mean, worst, maxRegret, p90));
            }
            boolean[] failed = new boolean[futures.size()];
            int satisfied = 0;
            for (int f = 0; f < futures.size(); f++) {
                boolean ok = true;
                for (int j = 0; j < objectives.size(); j++) {
                    ok &= objectives.get(j).satisfied(values[p][f][j]);
                }
                failed[f] = !ok;
                satisfied += ok ? 1 : 0;
            }
            double[] wilson = wilson(satisfied, futures.size());
            Prim.Result prim = null;
            int failures = futures.size() - satisfied;
            if (failures > 0 && satisfied > 0 && !numeric.isEmpty()) {
                prim = Prim.run(x, failed, 0.05, 0.05);
            }
            results.add(new PolicyResult(policies.get(p), values[p], stats, satisfied, wilson[0], wilson[1], prim));
        }
        return new Outcome(study, futures, u, results, replications, seed);
    }

    /** Percentile with the R-7 (Excel, NumPy default) estimator, so tables agree with common tools. */
    static double percentile(double[] values, double p) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, p);
    }

    /** Wilson's 95% score interval for k successes in n trials. */
    static double[] wilson(int k, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = 1.959963984540054;
        double phat = (double) k / n;
        double denom = 1 + z * z / n;
        double centre = (phat + z * z / (2 * n)) / denom;
        double half = z * Math.sqrt(phat * (1 - phat) / n + z * z / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
