package dev.panj.results.attribute;

import dev.panj.results.experiment.ExperimentExecutor;

/**
 * Where the replications of each cell run: typically {@code cell -> engine.executor(cell.scenario(), hours)} of an
 * {@link dev.panj.results.experiment.ExperimentEngine}, so an attribution runs on every engine a batch runs on.
 */
@FunctionalInterface
public interface CellExecutors {
    ExperimentExecutor executor(Cell cell);
}
