package dev.panj.results.decide;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.scenarios.ScenarioOverride;
import dev.panj.scenarios.Study;
import dev.panj.sim.metrics.RunResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a policy (changes to the study's base scenario) in a future (more changes) on the study's engine: replication
 * r of future f always runs with the same seed, {@code seed(seed(S, f), r)} of {@link ReplicationSeeds}, whatever the
 * policy, so that policies are compared on common random numbers and differences are not sampling noise.
 */
final class PolicyRuns {
    private final Study study;
    private final ExperimentEngine engine;
    private final List<String> metrics;

    PolicyRuns(Study study, ExperimentEngine engine) {
        this.study = study;
        this.engine = engine;
        this.metrics = study.metrics();
    }

    /** The seed of future {@code f}'s replications under the study seed {@code seed}. */
    static long futureSeed(long seed, int future) {
        return ReplicationSeeds.seed(seed, future);
    }

    /** The scenario of a policy in a future. */
    LoadedScenario scenario(List<ScenarioOverride> policy, List<ScenarioOverride> future) throws DecisionException {
        return scenario(study.base(), policy, future);
    }

    /** The scenario of a policy that starts from {@code base}, in a future. */
    static LoadedScenario scenario(LoadedScenario base, List<ScenarioOverride> policy, List<ScenarioOverride> future)
            throws DecisionException {
        List<ScenarioOverride> all = new ArrayList<>(policy);
        all.addAll(future);
        try {
            return ScenarioLibrary.withOverrides(base, all);
        } catch (ScenarioException e) {
            throw new DecisionException("the base scenario does not load with " + all + ": "
                    + e.problems().get(0).path() + ": " + e.problems().get(0).message());
        }
    }

    /**
     * The study's metrics in {@code replications} replications of the policy in the future: {@code [metric][r]}.
     *
     * @throws DecisionException    if a replication failed
     * @throws InterruptedException if interrupted
     */
    double[][] run(List<ScenarioOverride> policy, List<ScenarioOverride> future, long futureSeed, int replications)
            throws DecisionException, InterruptedException {
        return run(scenario(policy, future), policy, future, futureSeed, replications);
    }

    /** As {@link #run(List, List, long, int)} for a scenario already made. */
    double[][] run(LoadedScenario scenario, List<ScenarioOverride> policy, List<ScenarioOverride> future,
                   long futureSeed, int replications) throws DecisionException, InterruptedException {
        double[][] values = new double[metrics.size()][replications];
        String[] failure = new String[1];
        engine.executor(scenario, study.hours()).execute(new ReplicationPlan(futureSeed, 0, replications),
                new ReplicationSink() {
                    @Override
                    public void completed(Replication replication, RunResult result) {
                        for (int m = 0; m < metrics.size(); m++) {
                            values[m][replication.index()] = result.metric(metrics.get(m));
                        }
                    }

                    @Override
                    public void failed(Replication replication, Throwable error) {
                        failure[0] = "replication " + replication.index() + " (seed " + replication.seed() + ") of "
                                + policy + " in " + future + " failed: " + error;
                    }
                });
        if (failure[0] != null) {
            throw new DecisionException(failure[0]);
        }
        return values;
    }

    List<String> metrics() {
        return metrics;
    }
}
