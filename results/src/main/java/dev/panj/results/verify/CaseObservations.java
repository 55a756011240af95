package dev.panj.results.verify;

import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationTask;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;

/**
 * The replications of one verification case as an engine runs them: each yields the observer's values of the case's
 * quantities. What travels is the scenario's resolved text and hash; a JVM that gets the task without the prepared
 * case (a cluster's executor) parses the text, checks the hash (a different one means driver and executor run
 * different Panj versions) and builds the case's world once per task.
 */
final class CaseObservations implements ReplicationTask<SuiteRunner.Observation> {
    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String resolvedYaml;
    private final String sha256;
    private final int replications;
    private transient volatile SuiteRunner.Prepared prepared;

    /** The task of a case prepared in this JVM, which runs here without parsing it again. */
    CaseObservations(SuiteRunner.Prepared prepared) {
        LoadedScenario scenario = prepared.source().scenario();
        this.origin = scenario.origin();
        this.resolvedYaml = scenario.resolvedYaml();
        this.sha256 = scenario.sha256();
        this.replications = prepared.replications();
        this.prepared = prepared;
    }

    @Override
    public SuiteRunner.Observation run(Replication replication) throws ScenarioException {
        return SuiteRunner.replicate(prepared(), replication.seed());
    }

    private SuiteRunner.Prepared prepared() throws ScenarioException {
        SuiteRunner.Prepared p = prepared;
        if (p == null) {
            synchronized (this) {
                p = prepared;
                if (p == null) {
                    p = prepare();
                    prepared = p;
                }
            }
        }
        return p;
    }

    private SuiteRunner.Prepared prepare() throws ScenarioException {
        LoadedScenario scenario = ScenarioLibrary.parse(resolvedYaml, origin);
        if (!scenario.sha256().equals(sha256)) {
            throw new IllegalStateException("verification case " + origin + " resolves to sha256 " + scenario.sha256()
                    + " here but to " + sha256 + " where the suite started: different Panj versions");
        }
        return SuiteRunner.prepare(VerificationCase.of(scenario), replications);
    }
}
