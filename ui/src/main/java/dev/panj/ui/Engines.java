package dev.panj.ui;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.EngineUnavailableException;
import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;

/**
 * The {@code --engine} and {@code --master} options of the experiment commands, turned into an engine; an engine
 * that is not there (Spark without its jar, a bad master URL) is a usage error, not a stack trace.
 */
final class Engines {
    private Engines() {
    }

    /** The factory for {@code --engine NAME}; found early, before anything runs. */
    static ExecutorFactory find(String engine) throws UserError {
        try {
            return ExperimentEngines.find(engine);
        } catch (EngineUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Opens the engine for {@code threads} (local) and {@code master} (Spark). */
    static ExperimentEngine open(ExecutorFactory factory, int threads, String master) throws UserError {
        try {
            return factory.open(new EngineSettings(threads, master));
        } catch (EngineUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
