package dev.panj.results.experiment;

import java.io.Serializable;

/**
 * Work done once per replication that yields something other than a model run's {@code RunResult} (verify's
 * observations of a law), run by {@link ExperimentEngine#run}. The task travels to where the replications run,
 * another JVM for a cluster engine, so it is serializable and small: what it needs there (a parsed scenario, a built
 * world) it makes itself.
 *
 * @param <T> what one replication yields; serializable, as it travels back
 */
@FunctionalInterface
public interface ReplicationTask<T extends Serializable> extends Serializable {
    /**
     * The value of {@code replication}; called from several threads at once. An exception here fails the whole run,
     * not one replication: a task returns what it can report about a replication that went wrong.
     *
     * @throws Exception if the task cannot run at all (a scenario that does not load in this JVM)
     */
    T run(Replication replication) throws Exception;
}
