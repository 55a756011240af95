package dev.panj.results.experiment;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.Serializable;
import java.util.function.BiConsumer;

/** The built-in engine: {@link LocalExecutor}s on the threads of this machine. */
final class LocalExecutorFactory implements ExecutorFactory {
    @Override
    public String engine() {
        return ExperimentEngines.LOCAL;
    }

    @Override
    public ExperimentEngine open(EngineSettings settings) throws EngineUnavailableException {
        if (settings.master() != null) {
            throw new EngineUnavailableException("--master " + settings.master()
                    + " needs a cluster engine such as --engine spark; the local engine runs on this machine");
        }
        int threads = settings.threads();
        return new ExperimentEngine() {
            @Override
            public ExperimentExecutor executor(LoadedScenario scenario, double hours) {
                return new LocalExecutor(threads, new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), hours));
            }

            @Override
            public <T extends Serializable> void run(ReplicationTask<T> task, ReplicationPlan plan,
                                                     BiConsumer<Replication, T> values) throws InterruptedException {
                LocalTasks.run(threads, task, plan, values);
            }

            @Override
            public String describe() {
                return threads + " threads";
            }

            @Override
            public void close() {
                // Each executor's threads end with its execute(); nothing outlives it.
            }
        };
    }
}
