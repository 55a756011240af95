package dev.panj.scenarios;

import dev.panj.sim.config.ClassificationConfig;
import dev.panj.sim.config.GreenFlowConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TrafficConfig;
import java.util.List;

/**
 * Checks of a busy border (issue 17): a flow's monthly factors are one per month (twelve) or none, and each
 * detector kind is classified at most once.
 */
final class TrafficChecks {

    private final CheckContext context;

    TrafficChecks(CheckContext context) {
        this.context = context;
    }

    void check(ScenarioConfig config) {
        TrafficConfig t = config.traffic();
        if (t == null) {
            return;
        }
        List<GreenFlowConfig> flows = CheckContext.listOf(t, TrafficConfig::flows);
        for (int i = 0; i < flows.size(); i++) {
            String path = SourceMap.child(SourceMap.element("traffic.flows", i), "monthly");
            GreenFlowConfig f = flows.get(i);
            if (f != null && f.monthly() != null && !f.monthly().isEmpty() && f.monthly().size() != 12
                    && context.sound(path)) {
                context.report(path, "expected 12 factors, January to December (or none), found " + f.monthly().size());
            }
        }
        context.unique(CheckContext.keyed("traffic.classification", CheckContext.listOf(t, TrafficConfig::classification),
                "detector", c -> c.detector() == null ? null : EnumSpelling.of(c.detector())), "detector");
    }
}
