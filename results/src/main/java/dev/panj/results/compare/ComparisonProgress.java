package dev.panj.results.compare;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ResumeNotice;

/** What a comparison tells its user while it runs: which scenario, and that batch's own progress. */
public interface ComparisonProgress {
    ComparisonProgress NONE = (scenario, position, count) -> BatchProgress.NONE;

    /** Scenario {@code position} (from 1) of {@code count} starts or resumes; returns the progress of its batch. */
    BatchProgress starting(String scenario, int position, int count);

    /** The scenario's unfinished batch resumes: what its journal held and which replications run again. */
    default void resuming(String scenario, ResumeNotice notice) {
    }

    /** The scenario's batch has returned (finished or interrupted). */
    default void finished(String scenario) {
    }
}
