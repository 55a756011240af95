package dev.panj.scenarios;

import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline: each event has exactly one action (the record-valued keys of {@link TimelineEventConfig}, so a
 * new kind of action needs no change here), and what an action names exists: staging areas, objectives and
 * crossings of waves, the official crossings of mass crossings, closures and reopenings, and the CSTO member
 * that requests the force. A reinforcement's id and country are checked with the other reaction units.
 */
final class TimelineChecks {

    private static final List<String> ACTIONS = RecordSchema.of(TimelineEventConfig.class).components().stream()
            .filter(spec -> spec.type().isRecord()).map(ParamSpec::name).toList();

    private final CheckContext context;
    private final ReferenceChecks references;

    TimelineChecks(CheckContext context, ReferenceChecks references) {
        this.context = context;
        this.references = references;
    }

    void check(ScenarioConfig config) {
        List<TimelineEventConfig> timeline = config.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            String path = SourceMap.element("timeline", i);
            TimelineEventConfig event = timeline.get(i);
            actions(path);
            if (event.wave() != null) {
                references.stagingArea(path + ".wave.stagingArea", event.wave().stagingArea());
                references.group(path + ".wave.group", event.wave().group());
            }
            if (event.massCrossing() != null) {
                massCrossing(path + ".massCrossing", event.massCrossing());
            }
            crossings(path + ".closeCrossings", event.closeCrossings());
            crossings(path + ".reopenCrossings", event.reopenCrossings());
            if (event.cstoRequest() != null) {
                List<String> members = CheckContext.listOf(config.csto(), CstoConfig::members);
                context.oneOf(path + ".cstoRequest.country", event.cstoRequest().country(), members,
                        "a member of csto.members", "csto.members", !context.isFailedAtOrAbove("csto.members"));
            }
        }
    }

    /** Exactly one action per event; actions that failed to bind still count as written. */
    private void actions(String path) {
        List<String> given = new ArrayList<>();
        for (String action : ACTIONS) {
            if (context.isGiven(SourceMap.child(path, action))) {
                given.add(action);
            }
        }
        if (given.size() != 1) {
            context.report(path, "expected exactly one action (" + String.join(", ", ACTIONS) + "), found "
                    + (given.isEmpty() ? "none" : String.join(" and ", given)));
        }
    }

    private void massCrossing(String path, MassCrossingConfig massCrossing) {
        String list = path + ".crossings";
        if (massCrossing.crossings().isEmpty() && context.isGiven(list) && context.sound(list)) {
            context.report(list, "expected the ids of one or more official crossings, found an empty list");
        }
        for (int i = 0; i < massCrossing.crossings().size(); i++) {
            references.crossing(SourceMap.element(list, i), massCrossing.crossings().get(i));
        }
    }

    private void crossings(String path, CrossingSetConfig set) {
        if (set == null) {
            return;
        }
        for (int i = 0; i < set.crossings().size(); i++) {
            references.crossing(SourceMap.element(path + ".crossings", i), set.crossings().get(i));
        }
    }
}
