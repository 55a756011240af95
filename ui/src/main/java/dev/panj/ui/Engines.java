package dev.panj.ui;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.EngineUnavailableException;
import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.ServiceUnavailableException;

/**
 * The {@code --engine} and {@code --master} options of the experiment commands, turned into an engine; an engine
 * that cannot be used (Spark without its jar, a bad master URL) is a usage error, not a stack trace.
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

    /**
     * Opens the engine for {@code threads} (local) and {@code master} (Spark). A service that is not there (a
     * master that cannot be reached) goes on as {@link ServiceUnavailableException}: exit code 69, not a usage error.
     */
    static ExperimentEngine open(ExecutorFactory factory, int threads, String master)
            throws UserError, ServiceUnavailableException {
        try {
            return factory.open(new EngineSettings(threads, master));
        } catch (ServiceUnavailableException e) {
            throw e;
        } catch (EngineUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
