package dev.panj.results.sweep;

import dev.panj.results.experiment.ExperimentExecutor;

/**
 * Where the replications of each design point run: typically {@code point -> engine.executor(point.scenario(),
 * hours)} of an {@link dev.panj.results.experiment.ExperimentEngine}, so a sweep runs on every engine a batch
 * runs on.
 */
@FunctionalInterface
public interface PointExecutors {
    ExperimentExecutor executor(SweepPoint point);
}
