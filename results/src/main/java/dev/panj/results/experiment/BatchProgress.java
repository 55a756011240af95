package dev.panj.results.experiment;

/** What a batch tells its user while it runs (a progress bar); called from the batch's own thread. */
public interface BatchProgress {
    BatchProgress NONE = new BatchProgress() {
        @Override
        public void planned(int replications) {
        }

        @Override
        public void finished(int replications) {
        }
    };

    /** Called once before any replication runs: {@code alreadyDone} were finished by earlier sessions (resume). */
    default void started(int alreadyDone) {
    }

    /** The number of replications planned so far; grows block by block under {@code --until-ci}. */
    void planned(int replications);

    /** Replications finished so far (completed or failed), including those of earlier sessions when resuming. */
    void finished(int replications);

    /** Under {@code --until-ci}: the rule was checked after {@code replications}, with this half-width. */
    default void checked(int replications, double halfWidth) {
    }
}
