package dev.panj.sim;

import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CivilianFlowConfig;
import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.CiviliansConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.DetectionConfig;
import dev.panj.sim.config.EngagementConfig;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.GeographyConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.PatrolKind;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorLineConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.config.SimulationConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.config.WaveConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds scenarios on a straight synthetic border for tests, with every modifier neutral (no night, no
 * cover, no stealth, no size effect, no turning back), so that a test switches on only what it checks.
 */
public final class TestScenario {
    public double length = 100;
    public double sectorLength = 25;
    public double tick = 0.25;
    public double duration = 72;
    public String start = "2015-07-01T00:00";
    public MilitantsConfig militants = militants(0, 0, 0.05, 0.5);
    public DetectionConfig detection = new DetectionConfig(1, 19, 5, 10, 0, 1);
    public EngagementMode mode = EngagementMode.STOCHASTIC;
    public double maxEngagement = 24;
    public dev.panj.sim.config.CostsConfig costs = dev.panj.sim.config.CostsConfig.free();
    public final List<TerrainConfig> terrains = new ArrayList<>();
    public final List<ArrivalConfig> arrivals = new ArrayList<>();
    public final List<TimelineEventConfig> timeline = new ArrayList<>();
    public final List<BorderPostConfig> posts = new ArrayList<>();
    public final List<SensorLineConfig> sensorLines = new ArrayList<>();
    public final List<PatrolConfig> patrols = new ArrayList<>();
    public final List<ReactionUnitConfig> units = new ArrayList<>();
    public final List<CommandConfig> commands = new ArrayList<>(List.of(new CommandConfig("TJK", 0.25, 0, 1, Double.NaN, 0, 1, 0)));
    public CooperationConfig cooperation = new CooperationConfig(List.of(), false, 1);
    public final List<BilateralHelpConfig> bilateral = new ArrayList<>();
    public CstoConfig csto = new CstoConfig(false, List.of(), 50, 72, List.of());
    public ScoConfig sco = new ScoConfig(false, 0.3, 24, 1.5, 48, 1, 0.9);
    public final List<OfficialCrossingConfig> crossings = new ArrayList<>();
    public final List<CivilianFlowConfig> flows = new ArrayList<>();
    public double harmRate = 0.002;
    public double harmRadius = 3;
    public double detentionTime = 24;
    public double fordRisk = 0;
    /** A busy border (issue 17); null: none. */
    public dev.panj.sim.config.TrafficConfig traffic;

    public static MilitantsConfig militants(double rationality, double riskWeight, double effectiveness,
                                            double breakpoint) {
        return new MilitantsConfig(4, 3, 3, 1, rationality, 1, 1, riskWeight, 1, 240, 0, effectiveness, breakpoint);
    }

    public static SensorConfig cookieCutter(double range, double g) {
        return new SensorConfig(SensorModel.DEFINITE_RANGE, range, g, 0, false);
    }

    public static GroupConfig group(int size, SectorChoice choice, double from, double to) {
        return new GroupConfig("org", Intent.INCURSION, "objective", size, size, 0, 1, choice, from, to, Double.NaN,
                List.of(), null);
    }

    public TestScenario wave(int groups, double at, double interval, GroupConfig group) {
        timeline.add(new TimelineEventConfig(at, "", new WaveConfig("south", groups, interval, group),
                null, null, null, null, null, null));
        return this;
    }

    public TestScenario arrivals(double ratePerHour, GroupConfig group) {
        arrivals.add(new ArrivalConfig("south", ratePerHour, 0, Double.NaN, group));
        return this;
    }

    public TestScenario sensorLine(double from, double to, double spacing, SensorConfig sensor) {
        sensorLines.add(new SensorLineConfig("line" + (sensorLines.size() + 1), null, "TJK", from, to, spacing, 0, sensor, 0));
        return this;
    }

    /** A post of 20 that watches and reports, and does not fight. */
    public TestScenario post(double chainage, SensorConfig sensor, double corruption, int bribeMax) {
        return post(chainage, sensor, corruption, bribeMax, 20, 0, 0.5);
    }

    /** A post whose garrison fights the groups it sees with {@code effectiveness} and {@code breakpoint}. */
    public TestScenario post(double chainage, SensorConfig sensor, double corruption, int bribeMax, int garrison,
                             double effectiveness, double breakpoint) {
        posts.add(new BorderPostConfig("post" + (posts.size() + 1), null, "TJK", LocationConfig.atChainage(chainage, 0.5),
                Double.NaN, Double.NaN, Double.NaN, 0.5, garrison, sensor, 0.5, corruption, bribeMax, effectiveness,
                breakpoint));
        return this;
    }

    public TestScenario patrol(PatrolPattern pattern, double from, double to, double speed, SensorConfig sensor) {
        patrols.add(new PatrolConfig("patrol" + (patrols.size() + 1), null, "TJK", PatrolKind.VEHICLE, pattern, 1, from, to,
                5, 0, speed, 10, sensor, 0.25, 0, 5));
        return this;
    }

    public TestScenario unit(double chainage, int strength, double effectiveness, double breakpoint) {
        return unit("TJK", chainage, strength, effectiveness, breakpoint);
    }

    public TestScenario unit(String country, double chainage, int strength, double effectiveness, double breakpoint) {
        units.add(new ReactionUnitConfig("unit" + (units.size() + 1), country, LocationConfig.atChainage(chainage, 10),
                strength, 0.5, 1, 12, Transport.ROAD, 40, effectiveness, breakpoint, 1, 2));
        return this;
    }

    /** An official crossing at a chainage with c officers of rate mu, screening sensitivity and false positives. */
    public TestScenario crossing(String id, double chainage, int officers, double mu, double sensitivity, double fpr) {
        crossings.add(new OfficialCrossingConfig(id, LocationConfig.atChainage(chainage, 0), "TJK", officers, mu,
                sensitivity, fpr, 1_000_000, 8, true));
        return this;
    }

    public TestScenario flow(String crossing, double peoplePerHour) {
        flows.add(new CivilianFlowConfig(crossing, peoplePerHour, 1));
        return this;
    }

    public TestScenario event(double at, TimelineEventConfig event) {
        timeline.add(event);
        return this;
    }

    /** The consequence of reaching the objective; null: none. */
    public dev.panj.sim.config.AttackConfig attack;

    public ScenarioConfig build() {
        return new ScenarioConfig("test", "test scenario",
                new SimulationConfig(start, tick, duration),
                new GeographyConfig(BorderKind.STRAIGHT, "AFG-TJK", length, sectorLength, List.of(), List.of(),
                        TerrainClass.LOWLAND_RIVER, 10, List.of(), "TJK", "AFG"),
                terrains, militants,
                List.of(new StagingAreaConfig("south", LocationConfig.atChainage(length / 2, -20))),
                List.of(new ObjectiveConfig("objective", LocationConfig.atChainage(length / 2, 40), attack)),
                arrivals, posts, sensorLines, patrols, units,
                commands, detection, new EngagementConfig(mode, maxEngagement),
                cooperation, bilateral, csto, sco,
                new CiviliansConfig(crossings, flows, harmRadius, harmRate, detentionTime, fordRisk, 3),
                costs, timeline, traffic, null);
    }
}
