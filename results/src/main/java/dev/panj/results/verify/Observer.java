package dev.panj.results.verify;

import dev.panj.sim.event.EventListener;
import dev.panj.sim.metrics.RunResult;
import java.util.List;

/**
 * Watches one replication (as a listener of its events) and then gives the replication's value of each of its
 * law's quantities. One observer per replication: observers are not shared between threads.
 */
interface Observer extends EventListener {
    /** One value per expectation, in the same order; NaN where the replication has none. */
    double[] values(RunResult result);

    /** What in this replication departs from the law's set-up (the run still counts where it has values). */
    List<String> problems();
}
