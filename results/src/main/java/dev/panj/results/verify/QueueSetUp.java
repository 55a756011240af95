package dev.panj.results.verify;

import dev.panj.sim.config.CivilianFlowConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;

/**
 * What the queueing laws assume of the scenario: people reach the official crossings only from the background
 * flows (no mass crossings, closures or groups hiding in the flow), so the arrival rate is the flows' total.
 */
final class QueueSetUp {
    private QueueSetUp() {
    }

    static ProblemList problems(ScenarioConfig c, double arrivalRate) {
        ProblemList problems = new ProblemList();
        problems.require(!c.civilians().crossings().isEmpty(), "the scenario has no official crossing (civilians.crossings)");
        for (TimelineEventConfig e : c.timeline()) {
            problems.require(e.massCrossing() == null && e.closeCrossings() == null && e.reopenCrossings() == null,
                    "the timeline changes the crossings' arrivals (a mass crossing, closure or reopening); "
                            + "the law assumes the steady flows alone");
        }
        for (GroupConfig g : Crossers.of(c).groups()) {
            problems.require(g.viaCrossing() == null, "groups hide in the civilian flow (viaCrossing), adding arrivals");
        }
        double total = c.civilians().flows().stream().mapToDouble(CivilianFlowConfig::rate).sum();
        problems.same("the flows' total rate", total, "arrivalRate", arrivalRate, " /h");
        return problems;
    }
}
