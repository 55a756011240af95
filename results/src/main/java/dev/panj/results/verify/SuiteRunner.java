package dev.panj.results.verify;

import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.stats.RunningMoments;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the replications of every case on a pool of threads and summarises them case by case. All
 * replications of all cases are queued at once, so short cases do not leave threads idle; each replication's
 * seed depends only on the base seed and its index, and results are taken in index order, so the report does not
 * depend on the number of threads.
 */
final class SuiteRunner {
    /** A replication's values and what went wrong in it. */
    private record Observation(double[] values, List<String> problems) {
    }

    /** A case ready to run, or (with {@code expectations} null) one that cannot run. */
    private record Prepared(VerificationCase source, CaseContext context, Law law, List<Expectation> expectations,
                            List<String> problems, int replications) {
    }

    private SuiteRunner() {
    }

    static VerificationReport run(List<VerificationCase> cases, VerificationSettings settings)
            throws InterruptedException {
        List<Prepared> prepared = cases.stream().map(c -> prepare(c, settings)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), task -> {
            Thread thread = new Thread(task, "panj-verify");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<List<Future<Observation>>> futures = new ArrayList<>();
            for (Prepared p : prepared) {
                List<Future<Observation>> replications = new ArrayList<>();
                if (p.expectations() != null) {
                    for (int i = 0; i < p.replications(); i++) {
                        long seed = ReplicationSeeds.seed(settings.seed(), i);
                        replications.add(pool.submit(() -> replicate(p, seed)));
                    }
                }
                futures.add(replications);
            }
            List<CaseResult> results = new ArrayList<>();
            for (int k = 0; k < prepared.size(); k++) {
                results.add(summarise(prepared.get(k), collect(futures.get(k)), settings.confidence()));
            }
            return new VerificationReport(settings, results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The problems a case's set-up has before anything runs: missing parameters and mismatches with its law. */
    static List<String> setUpProblems(VerificationCase c) {
        return prepare(c, VerificationSettings.defaults()).problems();
    }

    private static Prepared prepare(VerificationCase c, VerificationSettings settings) {
        Law law = LawCatalog.of(c.verification().law());
        World world = WorldBuilder.build(c.config(), ScenarioLibrary.geoData());
        CaseContext context = new CaseContext(c.config(), world, c.verification().parameters(), c.hours());
        int replications = settings.replicationsOf(c);
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

    private static Observation replicate(Prepared p, long seed) {
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

    private static List<Observation> collect(List<Future<Observation>> futures) throws InterruptedException {
        List<Observation> observations = new ArrayList<>();
        for (Future<Observation> f : futures) {
            try {
                observations.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a verification thread failed", e.getCause());
            }
        }
        return observations;
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
