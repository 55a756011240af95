package dev.panj.results.experiment;

/**
 * A place where replications can run, found by its engine name: {@code local} is built in, others (such as
 * {@code spark}, in the distributed module) are found with {@link java.util.ServiceLoader} when their jar is on
 * the class path. Implementations need a public no-argument constructor and must be cheap to create: the
 * expensive part (starting a cluster session) belongs in {@link #open}.
 */
public interface ExecutorFactory {
    /** The name users choose it by ({@code --engine NAME}). */
    String engine();

    /**
     * Starts the engine; the caller closes it when the experiment is done.
     *
     * @throws EngineUnavailableException if the settings do not suit this engine (e.g. a bad master URL)
     */
    ExperimentEngine open(EngineSettings settings) throws EngineUnavailableException;
}
