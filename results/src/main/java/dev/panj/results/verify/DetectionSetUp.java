package dev.panj.results.verify;

import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.DetectionConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorLineConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.geo.BorderSector;
import java.util.List;

/**
 * What every detection law assumes of the scenario: a straight border crossed perpendicularly by groups that
 * nothing but the sensors' geometry tells apart (no night, season, size, cover or stealth effects, no turning
 * back, no bribes, definite-range sensors), and routes that are perpendicular to the border wherever a detector
 * can reach them.
 */
final class DetectionSetUp {
    private DetectionSetUp() {
    }

    /**
     * @param range       the crossers' chainage range
     * @param reachLow    the lowest offset any detector reaches (sensor offset minus range)
     * @param reachHigh   the highest offset any detector reaches
     * @param bankInView  whether a patrol can see a group dwelling on the river (the dwell must then be 0)
     */
    static List<String> problems(CaseContext context, Crossers crossers, double[] range, double reachLow,
                                 double reachHigh, boolean bankInView) {
        ScenarioConfig c = context.config();
        ProblemList problems = new ProblemList();
        problems.require(c.geography().border() == BorderKind.STRAIGHT,
                "the law needs geography.border: straight (chainage = x, offset = y)");
        problems.require(!crossers.isEmpty(), "the scenario sends no groups across (no timeline wave, no arrivals)");
        modifiers(c, crossers, problems);
        detectors(c, problems);
        if (range != null && c.geography().border() == BorderKind.STRAIGHT) {
            terrain(context, range, bankInView, problems);
            routes(context, crossers, reachLow, reachHigh, problems);
        }
        return problems.list();
    }

    private static void modifiers(ScenarioConfig c, Crossers crossers, ProblemList problems) {
        DetectionConfig d = c.detection();
        problems.require(d.nightFactor() == 1, "detection.nightFactor is " + ProblemList.number(d.nightFactor())
                + ": night would lower detection; the law assumes none (set it to 1)");
        problems.require(d.winterFactor() == 1, "detection.winterFactor is " + ProblemList.number(d.winterFactor())
                + ": the law assumes no season (set it to 1)");
        problems.require(c.militants().abortOnDetection() == 0, "militants.abortOnDetection is "
                + ProblemList.number(c.militants().abortOnDetection())
                + ": groups turning back would change who is exposed; set it to 0");
        problems.require(!c.sco().enabled(), "sco.enabled is true: alerts raise detection; the law assumes none");
        for (GroupConfig g : crossers.groups()) {
            problems.require(g.stealth() == 0, "a crossing group has stealth " + ProblemList.number(g.stealth())
                    + ": the law assumes none (set group.stealth to 0)");
            boolean sizeNeutral = d.sizeExponent() == 0
                    || g.sizeMin() == d.sizeReference() && g.sizeMax() == d.sizeReference();
            problems.require(sizeNeutral, "detection.sizeExponent is " + ProblemList.number(d.sizeExponent())
                    + " and groups are not of the reference size: set detection.sizeExponent to 0");
            problems.require(g.viaCrossing() == null, "a group hides in a civilian flow (viaCrossing): "
                    + "the law is about groups fording the river");
            problems.require(g.intent() != Intent.OUTBOUND, "outbound groups cross southwards; the law's set-up "
                    + "has crossers walking north through the detectors");
        }
    }

    private static void detectors(ScenarioConfig c, ProblemList problems) {
        for (SensorLineConfig l : c.sensorLines()) {
            definiteRange("sensor line '" + l.id() + "'", l.sensor(), problems);
        }
        for (BorderPostConfig p : c.posts()) {
            definiteRange("post '" + p.id() + "'", p.sensor(), problems);
            problems.require(p.corruption() == 0, "post '" + p.id() + "' takes bribes (corruption "
                    + ProblemList.number(p.corruption()) + "): bribed detections go unreported; set it to 0");
        }
        for (PatrolConfig p : c.patrols()) {
            definiteRange("patrol '" + p.id() + "'", p.sensor(), problems);
            problems.require(p.corruption() == 0, "patrol '" + p.id() + "' takes bribes (corruption "
                    + ProblemList.number(p.corruption()) + "): bribed detections go unreported; set it to 0");
        }
    }

    private static void definiteRange(String what, SensorConfig sensor, ProblemList problems) {
        problems.require(sensor.model() == SensorModel.DEFINITE_RANGE,
                what + " has a glimpse-rate sensor; the law is about definite-range (cookie-cutter) sensors");
    }

    private static void terrain(CaseContext context, double[] range, boolean bankInView, ProblemList problems) {
        for (BorderSector s : Crossers.sectors(context.world(), range[0], range[1])) {
            TerrainConfig t = context.world().terrain().of(s.terrain());
            String name = "terrain " + s.terrain().name().toLowerCase().replace('_', '-') + " (sector " + s.id() + ")";
            problems.require(t.cover() == 0, name + " has cover " + ProblemList.number(t.cover())
                    + ": cover lowers detection; the law assumes none");
            problems.require(t.speedFactor() == 1, name + " has speedFactor " + ProblemList.number(t.speedFactor())
                    + ": the law's speeds are the configured ones; set it to 1");
            problems.require(!bankInView || t.crossingTime() == 0 && t.unfordableCrossingTime() == 0,
                    name + " makes groups dwell on the river (crossingTime " + ProblemList.number(t.crossingTime())
                            + " h) where a patrol can see them; set crossingTime and unfordableCrossingTime to 0 h");
        }
    }

    /** Routes are perpendicular from approachDistance short of the river to exitDistance beyond it. */
    private static void routes(CaseContext context, Crossers crossers, double reachLow, double reachHigh,
                               ProblemList problems) {
        ScenarioConfig c = context.config();
        double approach = c.militants().approachDistance();
        double exit = c.militants().exitDistance();
        problems.require(approach >= -reachLow - 1e-9, "militants.approachDistance is " + ProblemList.number(approach)
                + " km, but detectors reach " + ProblemList.number(-reachLow) + " km south of the river, where "
                + "routes are not yet perpendicular; make it at least that");
        problems.require(exit >= reachHigh - 1e-9, "militants.exitDistance is " + ProblemList.number(exit)
                + " km, but detectors reach " + ProblemList.number(reachHigh) + " km north of the river, where "
                + "routes are no longer perpendicular; make it at least that");
        for (StagingAreaConfig s : c.stagingAreas()) {
            if (crossers.stagingAreas().contains(s.id())) {
                double offset = context.world().resolve(s.location()).y();
                problems.require(offset <= -approach + 1e-9, "staging area '" + s.id() + "' is at offset "
                        + ProblemList.number(offset) + " km; it must lie at least approachDistance south of the river");
            }
        }
        for (ObjectiveConfig o : c.objectives()) {
            double offset = context.world().resolve(o.location()).y();
            problems.require(offset >= exit - 1e-9, "objective '" + o.id() + "' is at offset "
                    + ProblemList.number(offset) + " km; it must lie at least exitDistance north of the river");
        }
    }
}
