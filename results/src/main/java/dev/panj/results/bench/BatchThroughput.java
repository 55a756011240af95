package dev.panj.results.bench;

import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.geo.GeoData;

/** Replications per second of a real batch (the same code as `panj batch`, nothing written) on 1 or more threads. */
public final class BatchThroughput {
    private final LoadedScenario scenario;
    private final GeoData geo;

    public BatchThroughput(LoadedScenario scenario, GeoData geo) {
        this.scenario = scenario;
        this.geo = geo;
    }

    public double replicationsPerSecond(int replications, int threads) throws InterruptedException {
        double hours = scenario.config().simulation().duration();
        BatchSpec spec = new BatchSpec(scenario, 1, hours, new StoppingRule.Fixed(replications), "panj bench");
        Batch batch = new Batch(spec, new LocalExecutor(threads, new ScenarioRunner(scenario.config(), geo, hours)),
                new StopSignal(), BatchProgress.NONE);
        long t0 = System.nanoTime();
        BatchOutcome outcome = batch.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.completed() != replications) {
            throw new IllegalStateException("benchmark batch completed " + outcome.completed() + " of " + replications);
        }
        return replications / seconds;
    }
}
