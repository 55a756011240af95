package dev.panj.scenarios;

import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.CivilianFlowConfig;
import dev.panj.sim.config.CiviliansConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.ScenarioConfig;
import java.util.List;
import java.util.Set;

/**
 * References by id from one part of a scenario to another: staging areas and objectives of groups, official
 * crossings of groups, flows and timeline events, and the border lines of detectors and groups. A reference is
 * only judged when the list it points into bound completely, so one mistake is not reported twice.
 */
final class ReferenceChecks {

    private final CheckContext context;
    private final ScenarioConfig config;
    private final Set<String> staging;
    private final Set<String> objectives;
    private final Set<String> crossings;
    private final Set<String> borders;

    /** {@code borders} is null when the border ids could not be read. */
    ReferenceChecks(CheckContext context, ScenarioConfig config, Set<String> staging, Set<String> objectives,
            Set<String> crossings, Set<String> borders) {
        this.context = context;
        this.config = config;
        this.staging = staging;
        this.objectives = objectives;
        this.crossings = crossings;
        this.borders = borders;
    }

    /** The references outside the timeline: borders of detectors, arrivals and civilian flows. */
    void check() {
        for (int i = 0; i < config.posts().size(); i++) {
            border(CheckContext.path("posts", i, "border"), config.posts().get(i).border());
        }
        for (int i = 0; i < config.sensorLines().size(); i++) {
            border(CheckContext.path("sensorLines", i, "border"), config.sensorLines().get(i).border());
        }
        for (int i = 0; i < config.patrols().size(); i++) {
            border(CheckContext.path("patrols", i, "border"), config.patrols().get(i).border());
        }
        List<ArrivalConfig> arrivals = config.arrivals();
        for (int i = 0; i < arrivals.size(); i++) {
            stagingArea(CheckContext.path("arrivals", i, "stagingArea"), arrivals.get(i).stagingArea());
            group(CheckContext.path("arrivals", i, "group"), arrivals.get(i).group());
        }
        List<CivilianFlowConfig> flows = CheckContext.listOf(config.civilians(), CiviliansConfig::flows);
        for (int i = 0; i < flows.size(); i++) {
            crossing(CheckContext.path("civilians.flows", i, "crossing"), flows.get(i).crossing());
        }
    }

    void stagingArea(String path, String id) {
        context.reference(path, id, staging, "stagingAreas",
                context.keysSound("stagingAreas", config.stagingAreas(), "id"));
    }

    void crossing(String path, String id) {
        context.reference(path, id, crossings, "civilians.crossings", context.keysSound("civilians.crossings",
                CheckContext.listOf(config.civilians(), CiviliansConfig::crossings), "id"));
    }

    /** A group's objective, the official crossing it hides at, and the borders it crosses. */
    void group(String path, GroupConfig group) {
        if (group == null) {
            return;
        }
        context.reference(SourceMap.child(path, "objective"), group.objective(), objectives, "objectives",
                context.keysSound("objectives", config.objectives(), "id"));
        if (group.viaCrossing() != null) {
            crossing(SourceMap.child(path, "viaCrossing"), group.viaCrossing());
        }
        for (int i = 0; i < group.borders().size(); i++) {
            border(SourceMap.element(SourceMap.child(path, "borders"), i), group.borders().get(i));
        }
    }

    /** A border line by id: the primary {@code geography.borderId} or one of {@code geography.extraBorders}. */
    void border(String path, String id) {
        context.oneOf(path, id, borders == null ? Set.of() : borders,
                "geography.borderId or the borderId of an entry in geography.extraBorders",
                "geography.extraBorders", borders != null);
    }
}
