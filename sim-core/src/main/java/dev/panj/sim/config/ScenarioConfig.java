package dev.panj.sim.config;

import java.util.List;

/** The whole, resolved configuration of one scenario: immutable, validated by the loader before any run. */
public record ScenarioConfig(
        @Param(doc = "Short name of the scenario, used in outputs and reports.") String name,
        @Param(doc = "One-line description shown by `panj scenarios list` and in reports.", def = "") String description,
        @Param(doc = "Clock: start date, movement tick and run length.") SimulationConfig simulation,
        @Param(doc = "The border line, its sectors and the inland terrain.") GeographyConfig geography,
        @Param(doc = "Properties of each terrain class: cover, speed, river crossing, defender advantage.", def = Param.UNSET)
        List<TerrainConfig> terrains,
        @Param(doc = "Behaviour shared by all militant groups: movement, sector choice, adaptation, combat.") MilitantsConfig militants,
        @Param(doc = "Areas where militant groups assemble before moving to the border.", def = Param.UNSET)
        List<StagingAreaConfig> stagingAreas,
        @Param(doc = "Places that groups head for after crossing (towns, targets, exit points).", def = Param.UNSET)
        List<ObjectiveConfig> objectives,
        @Param(doc = "Poisson arrival streams of militant groups, one per staging area and kind of group.", def = Param.UNSET)
        List<ArrivalConfig> arrivals,
        @Param(doc = "Manned border posts (single posts, or a series along the border).", def = Param.UNSET)
        List<BorderPostConfig> posts,
        @Param(doc = "Unattended fixed sensor lines along the border.", def = Param.UNSET)
        List<SensorLineConfig> sensorLines,
        @Param(doc = "Ground patrols, helicopters and UAVs assigned to stretches of the border.", def = Param.UNSET)
        List<PatrolConfig> patrols,
        @Param(doc = "Quick-reaction units that intercept and engage detected groups.", def = Param.UNSET)
        List<ReactionUnitConfig> reactionUnits,
        @Param(doc = "National commands that receive reports and dispatch reaction units.", def = Param.UNSET)
        List<CommandConfig> commands,
        @Param(doc = "Modifiers applied to every sensor's detection probability or rate.") DetectionConfig detection,
        @Param(doc = "How engagements are resolved.") EngagementConfig engagement,
        @Param(doc = "Horizontal sharing between commands, and improved (exercise) cooperation.")
        CooperationConfig cooperation,
        @Param(doc = "Bilateral help between countries (e.g. Russia's 201st base for Tajikistan).", def = Param.UNSET)
        List<BilateralHelpConfig> bilateralHelp,
        @Param(doc = "The CSTO collective rapid-reaction force.") CstoConfig csto,
        @Param(doc = "SCO RATS early warning and watch lists.") ScoConfig sco,
        @Param(doc = "Civilian flows and screening at official crossings.") CiviliansConfig civilians,
        @Param(doc = "What each force element costs once and per hour deployed; gives the run's cost metric.")
        CostsConfig costs,
        @Param(doc = "Timed events: waves, mass crossings, closures, cooperation, CSTO requests, reinforcements.",
                def = Param.UNSET) List<TimelineEventConfig> timeline,
        @Param(doc = "A busy border: green-border civilians, classification of sightings, alarms and their "
                + "investigation, militants in crowds (unset: none of it).", def = Param.UNSET) TrafficConfig traffic,
        @Param(doc = "Present in verification scenarios only: the classical law the scenario checks.",
                def = Param.UNSET) VerificationConfig verification) {

    public ScenarioConfig {
        terrains = List.copyOf(terrains);
        stagingAreas = List.copyOf(stagingAreas);
        objectives = List.copyOf(objectives);
        arrivals = List.copyOf(arrivals);
        posts = List.copyOf(posts);
        sensorLines = List.copyOf(sensorLines);
        patrols = List.copyOf(patrols);
        reactionUnits = List.copyOf(reactionUnits);
        commands = List.copyOf(commands);
        bilateralHelp = List.copyOf(bilateralHelp);
        timeline = List.copyOf(timeline);
    }
}
