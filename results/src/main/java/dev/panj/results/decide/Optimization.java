package dev.panj.results.decide;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.sweep.LatinHypercube;
import dev.panj.scenarios.ScenarioOverride;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyConstraint;
import dev.panj.scenarios.StudyLever;
import dev.panj.scenarios.StudyObjective;
import dev.panj.scenarios.StudySetting;
import dev.panj.scenarios.StudyUncertainty;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.EpsilonMOEA;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.core.population.EpsilonBoxDominanceArchive;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * {@code panj optimize}: a many-objective search (MOEA Framework: NSGA-II, NSGA-III or ε-MOEA) over the study's
 * levers. Each candidate runs on the same replications (same seeds) in the same reference futures, so candidates
 * differ by their levers alone; a candidate's objectives are its means over all of them. Lever settings already
 * evaluated (in this search or in the journal of an interrupted one) are not run again: the search is replayed from
 * its seed and reads them back, so a resumed search takes exactly the path of an uninterrupted one. Objectives are
 * given to the algorithm divided by their magnitude in the base scenario (so that ε is a share of it).
 */
public final class Optimization {

    /** The search's settings. */
    public record Settings(String algorithm, int evaluations, int population, int replications, int futures, long seed,
                           double epsilon) {
        public static Settings of(Study.Search s) {
            return new Settings(s.algorithm(), s.evaluations(), s.population(), s.replications(), s.futures(), s.seed(),
                    s.epsilon());
        }
    }

    /** What the search found. */
    public record Outcome(Study study, Settings settings, List<Candidate> candidates, Candidate base, List<Candidate> front,
                          double[] hypervolume, List<List<StudySetting>> futures, int simulated) {
    }

    private final Study study;
    private final Settings settings;
    private final PolicyRuns runs;
    private final DecisionFolder folder;
    private final Consumer<String> progress;
    private final List<List<StudySetting>> futures;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, double[][]> cache = new LinkedHashMap<>();
    private double[] scale;
    private int generation;
    private int simulated;

    public Optimization(Study study, Settings settings, ExperimentEngine engine, DecisionFolder folder,
                        Consumer<String> progress) {
        this.study = study;
        this.settings = settings;
        this.runs = new PolicyRuns(study, engine);
        this.folder = folder;
        this.progress = progress;
        this.futures = referenceFutures(study, settings.futures(), settings.seed());
    }

    /**
     * The fixed reference futures: one (each uncertainty at its median) when asked for one, else a maximin Latin
     * hypercube of the uncertainties drawn from the seed; the base scenario's values when there are no uncertainties.
     */
    static List<List<StudySetting>> referenceFutures(Study study, int count, long seed) {
        List<StudyUncertainty> us = study.uncertainties();
        if (us.isEmpty()) {
            return List.of(List.of());
        }
        double[][] points;
        if (count == 1) {
            points = new double[1][us.size()];
            java.util.Arrays.fill(points[0], 0.5);
        } else {
            points = LatinHypercube.maximin(count, us.size(), 100, new SplittableRandom(seed ^ 0x5EEDF00DL));
        }
        List<List<StudySetting>> out = new ArrayList<>();
        for (double[] p : points) {
            List<StudySetting> future = new ArrayList<>();
            for (int k = 0; k < us.size(); k++) {
                future.add(us.get(k).at(p[k]));
            }
            out.add(List.copyOf(future));
        }
        return List.copyOf(out);
    }

    public Outcome run() throws DecisionException, InterruptedException, IOException {
        List<StudyLever> levers = study.levers();
        Candidate base = evaluate(null, -1);
        scale = new double[study.objectives().size()];
        for (int j = 0; j < scale.length; j++) {
            double v = Math.abs(base.objectives()[j]);
            scale[j] = Double.isNaN(v) || v < 1e-12 ? 1 : v;
        }
        Problem problem = new Problem();
        PRNG.setSeed(settings.seed());
        Algorithm algorithm = algorithm(problem);
        try {
            while (algorithm.getNumberOfEvaluations() < settings.evaluations()) {
                algorithm.step();
                progress.accept(String.format("generation %d: %d of %d evaluations, %d arrangements simulated, "
                        + "%d on the front", generation, algorithm.getNumberOfEvaluations(), settings.evaluations(),
                        simulated, Fronts.front(feasible(candidates.size()), study.objectives()).size()));
                generation++;
            }
        } catch (Interrupted e) {
            throw (InterruptedException) e.getCause();
        } catch (Failed e) {
            throw (DecisionException) e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Candidate> front = Fronts.front(feasible(candidates.size()), study.objectives());
        double[] hv = hypervolumes();
        return new Outcome(study, settings, List.copyOf(candidates), base, front, hv, futures, simulated);
    }

    private List<Candidate> feasible(int upTo) {
        return candidates.subList(0, upTo).stream().filter(Candidate::feasible).toList();
    }

    /** The hypervolume of the feasible front after each generation, the bounds those of every feasible candidate. */
    private double[] hypervolumes() {
        List<Candidate> all = feasible(candidates.size());
        Fronts.Bounds bounds = Fronts.bounds(all, study.objectives());
        double[] hv = new double[generation];
        for (int g = 0; g < generation; g++) {
            int gen = g;
            List<Candidate> upTo = all.stream().filter(c -> c.generation() <= gen).toList();
            hv[g] = Fronts.hypervolume(Fronts.front(upTo, study.objectives()), study.objectives(), bounds);
        }
        return hv;
    }

    private Algorithm algorithm(Problem problem) {
        return switch (settings.algorithm()) {
            case "nsga3" -> new NSGAIII(problem);
            case "emoea" -> {
                EpsilonMOEA a = new EpsilonMOEA(problem);
                a.setArchive(new EpsilonBoxDominanceArchive(settings.epsilon()));
                a.setInitialPopulationSize(settings.population());
                yield a;
            }
            default -> {
                NSGAII a = new NSGAII(problem);
                a.setInitialPopulationSize(settings.population());
                yield a;
            }
        };
    }

    /** Evaluates the levers at {@code u} (null: the base scenario as it is). */
    private Candidate evaluate(double[] u, int gen) throws DecisionException, InterruptedException, IOException {
        List<StudySetting> chosen = new ArrayList<>();
        List<ScenarioOverride> policy = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        if (u == null) {
            key.append("(base)");
        } else {
            for (int i = 0; i < u.length; i++) {
                StudySetting s = study.levers().get(i).at(u[i]);
                chosen.add(s);
                policy.addAll(s.overrides());
                key.append(i == 0 ? "" : " | ").append(study.levers().get(i).name()).append('=').append(s.text());
            }
        }
        double[][] values = cache.get(key.toString());
        if (values == null) {
            values = folder.journalled(key.toString());
            if (values == null) {
                values = simulate(policy);
                folder.record(key.toString(), values);
            }
            simulated++;
            cache.put(key.toString(), values);
        }
        List<String> metrics = runs.metrics();
        Map<String, MetricEstimate> estimates = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            estimates.put(metrics.get(m), MetricEstimate.of(values[m]));
        }
        double[] objectives = new double[study.objectives().size()];
        for (int j = 0; j < objectives.length; j++) {
            objectives[j] = estimates.get(study.objectives().get(j).metric()).mean();
        }
        double violation = 0;
        for (StudyConstraint c : study.constraints()) {
            violation += c.violation(estimates.get(c.metric()).mean());
        }
        for (double o : objectives) {
            violation += Double.isNaN(o) ? 1 : 0;
        }
        Candidate c = new Candidate(u == null ? -1 : candidates.size(), gen, key.toString(), chosen, estimates,
                objectives, violation);
        if (u != null) {
            candidates.add(c);
        }
        return c;
    }

    /** Every replication of every reference future: {@code [metric][future · replications + r]}. */
    private double[][] simulate(List<ScenarioOverride> policy) throws DecisionException, InterruptedException {
        int n = settings.replications();
        double[][] all = new double[runs.metrics().size()][futures.size() * n];
        for (int f = 0; f < futures.size(); f++) {
            List<ScenarioOverride> future = new ArrayList<>();
            futures.get(f).forEach(s -> future.addAll(s.overrides()));
            double[][] v = runs.run(policy, future, PolicyRuns.futureSeed(settings.seed(), f), n);
            for (int m = 0; m < v.length; m++) {
                System.arraycopy(v[m], 0, all[m], f * n, n);
            }
        }
        return all;
    }

    private static final class Interrupted extends RuntimeException {
        Interrupted(InterruptedException e) {
            super(e);
        }
    }

    private static final class Failed extends RuntimeException {
        Failed(DecisionException e) {
            super(e);
        }
    }

    /** The study as the MOEA Framework sees it: levers in [0, 1], objectives minimised and scaled, constraints ≤ 0. */
    private final class Problem extends AbstractProblem {
        Problem() {
            super(study.levers().size(), study.objectives().size(), study.constraints().size() + 1);
        }

        @Override
        public void evaluate(Solution solution) {
            Candidate c;
            try {
                c = Optimization.this.evaluate(RealVariable.getReal(solution), generation);
            } catch (InterruptedException e) {
                throw new Interrupted(e);
            } catch (DecisionException e) {
                throw new Failed(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<StudyObjective> objectives = study.objectives();
            for (int j = 0; j < objectives.size(); j++) {
                double o = c.objectives()[j];
                solution.setObjectiveValue(j, Double.isNaN(o) ? 1e9 : objectives.get(j).canonical(o) / scale[j]);
            }
            List<StudyConstraint> constraints = study.constraints();
            for (int k = 0; k < constraints.size(); k++) {
                double v = constraints.get(k).violation(c.estimates().get(constraints.get(k).metric()).mean());
                solution.setConstraintValue(k, v / Math.max(1e-12, Math.abs(constraints.get(k).bound()) + 1e-12));
            }
            double undefined = 0;
            for (double o : c.objectives()) {
                undefined += Double.isNaN(o) ? 1 : 0;
            }
            solution.setConstraintValue(constraints.size(), undefined);
        }

        @Override
        public Solution newSolution() {
            Solution s = new Solution(getNumberOfVariables(), getNumberOfObjectives(), getNumberOfConstraints());
            for (int i = 0; i < getNumberOfVariables(); i++) {
                s.setVariable(i, new RealVariable(0, 1));
            }
            for (int k = 0; k < getNumberOfConstraints(); k++) {
                s.setConstraint(k, LessThanOrEqual.to(0));
            }
            return s;
        }
    }
}
