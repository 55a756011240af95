package dev.panj.results.verify;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.stats.RunningMoments;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the replications of every case on an engine (threads of this machine, a cluster) and summarises them case by
 * case. Each replication's seed depends only on the base seed and its index, and observations are summarised in
 * index order, so the report does not depend on the engine or the number of threads.
 */
final class SuiteRunner {
    /** A replication's values and what went wrong in it; it travels back from a cluster's executors. */
    record Observation(double[] values, List<String> problems) implements Serializable {
        Observation {
            problems = List.copyOf(problems);
        }
    }

    /** A case ready to run, or (with {@code expectations} null) one that cannot run. */
    record Prepared(VerificationCase source, CaseContext context, Law law, List<Expectation> expectations,
                    List<String> problems, int replications) {
    }

    private SuiteRunner() {
    }

    static VerificationReport run(List<VerificationCase> cases, VerificationSettings settings, ExperimentEngine engine)
            throws InterruptedException {
        List<Prepared> prepared = cases.stream().map(c -> prepare(c, settings.replicationsOf(c))).toList();
        List<CaseResult> results = new ArrayList<>();
        for (Prepared p : prepared) {
            List<Observation> observations = new ArrayList<>();
            if (p.expectations() != null) {
                Observation[] byIndex = new Observation[p.replications()];
                engine.run(new CaseObservations(p), new ReplicationPlan(settings.seed(), 0, p.replications()),
                        (replication, observation) -> byIndex[replication.index()] = observation);
                observations.addAll(Arrays.asList(byIndex));
            }
            results.add(summarise(p, observations, settings.confidence()));
        }
        return new VerificationReport(settings, results);
    }

    /** The problems a case's set-up has before anything runs: missing parameters and mismatches with its law. */
    static List<String> setUpProblems(VerificationCase c) {
        return prepare(c, 0).problems();
    }

    static Prepared prepare(VerificationCase c, int replications) {
        Law law = LawCatalog.of(c.verification().law());
        World world = WorldBuilder.build(c.config(), ScenarioLibrary.geoData());
        CaseContext context = new CaseContext(c.config(), world, c.verification().parameters(), c.hours());
        List<String> missing = LawParameters.missing(context.parameters(), law.required());
        if (!missing.isEmpty()) {
            return new Prepared(c, context, law, null, List.of("verification.parameters lacks "
                    + String.join(", ", missing) + ", which " + lawName(c) + " needs"), replications);
        }
        List<String> problems = new ArrayList<>();
        List<Expectation> expectations = null;
        try {
            expectations = law.expectations(context);
            problems.addAll(law.mismatches(context));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return new Prepared(c, context, law, expectations, problems, replications);
    }

    static Observation replicate(Prepared p, long seed) {
        Observer observer = p.law().observer(p.context());
        try {
            RunResult result = Simulation.run(p.context().world(), p.context().config(), seed, p.context().hours(),
                    List.of(observer));
            return new Observation(observer.values(result), observer.problems());
        } catch (RuntimeException e) {
            double[] none = new double[p.expectations().size()];
            Arrays.fill(none, Double.NaN);
            return new Observation(none, List.of("a replication failed: " + e));
        }
    }

    private static CaseResult summarise(Prepared p, List<Observation> observations, double confidence) {
        VerificationCase c = p.source();
        double tolerance = c.verification().tolerance();
        List<String> problems = new ArrayList<>(p.problems());
        Map<String, Integer> replicationProblems = new LinkedHashMap<>();
        List<QuantityResult> quantities = new ArrayList<>();
        if (p.expectations() != null) {
            RunningMoments[] moments = new RunningMoments[p.expectations().size()];
            for (int q = 0; q < moments.length; q++) {
                moments[q] = new RunningMoments();
            }
            for (Observation o : observations) {
                for (int q = 0; q < moments.length; q++) {
                    moments[q].add(o.values()[q]);
                }
                o.problems().forEach(m -> replicationProblems.merge(m, 1, Integer::sum));
            }
            for (int q = 0; q < moments.length; q++) {
                Expectation e = p.expectations().get(q);
                quantities.add(new QuantityResult(e.quantity(), e.analytic(), moments[q].mean(),
                        EstimateInterval.of(e.estimator(), moments[q], confidence),
                        tolerance * Math.abs(e.analytic()), moments[q].count()));
            }
        }
        replicationProblems.forEach((message, count) -> problems.add(count == observations.size()
                ? message : "in " + count + " of " + observations.size() + " replications: " + message));
        return new CaseResult(c.name(), c.origin(), c.verification().law(), p.replications(), tolerance, c.hours(),
                quantities, problems);
    }

    static String lawName(VerificationCase c) {
        return c.verification().law().name().toLowerCase().replace('_', '-');
    }
}
