package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.chart.Palette;
import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorLineConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.model.BorderPost;
import dev.panj.sim.model.ReactionUnit;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a scenario deploys before anything happens, as features: border posts, unattended sensors and the sensor
 * lines they stand on, patrol stretches, official crossings, reaction units at their bases, staging areas with the
 * groups they release, and objectives, each with its parameters from the resolved scenario. The positions are the
 * model's own: the model is built and started (nothing is run), so a series of posts is expanded exactly as a run
 * expands it.
 */
public final class DeploymentLayer {
    public static final String NAME = "deployment";

    private DeploymentLayer() {
    }

    /** The deployment of {@code config} on its built {@code world}. */
    public static List<GisFeature> features(ScenarioConfig config, World world, GisFrame frame) {
        BorderModel model = new BorderModel(0, config, world, config.simulation().duration());
        model.start();
        List<GisFeature> out = new ArrayList<>();
        for (BorderPost post : model.posts()) {
            ObjectNode p = kind("border post", post.country());
            sensor(p, post.sensor());
            Attributes.number(p, "effectiveness", post.effectiveness());
            Attributes.number(p, "breakpoint", post.breakpoint());
            out.add(new GisFeature("post/" + post.id(), post.id(), frame.point(post.position()), p));
        }
        for (FixedSensor s : model.fixedSensors()) {
            if (s.kind() == DetectorKind.SENSOR) {
                ObjectNode p = kind("sensor", s.country());
                sensor(p, s);
                out.add(new GisFeature("sensor/" + s.id(), s.id(), frame.point(s.position()), p));
            }
        }
        for (SensorLineConfig l : config.sensorLines()) {
            Border border = borderOf(world, l.border());
            ObjectNode p = kind("sensor line", l.country());
            p.put("sensors", model.fixedSensors().stream().filter(s -> s.id().startsWith(l.id() + "-")).count());
            ConfigAttributes.put(p, l);
            out.add(new GisFeature("sensor-line/" + l.id(), l.id(), frame.along(border.line(), l.from(), l.to(),
                    l.offset()), p));
        }
        for (PatrolConfig c : config.patrols()) {
            Border border = borderOf(world, c.border());
            ObjectNode p = kind("patrol stretch", c.country());
            p.put("platform", c.kind().name().toLowerCase(Locale.ROOT));
            ConfigAttributes.put(p, c);
            out.add(new GisFeature("patrol/" + c.id(), c.id(), frame.along(border.line(), c.from(), c.to(),
                    c.offset()), p));
        }
        for (ScreeningPoint point : model.screeningPoints()) {
            ObjectNode p = kind("official crossing", point.config().country());
            ConfigAttributes.put(p, point.config());
            out.add(new GisFeature("crossing/" + point.id(), point.id(), frame.point(point.position()), p));
        }
        for (ReactionUnit unit : model.units()) {
            ObjectNode p = kind("reaction unit base", unit.config().country());
            p.put("command", unit.command());
            ConfigAttributes.put(p, unit.config());
            out.add(new GisFeature("base/" + unit.id(), unit.id(), frame.point(unit.base()), p));
        }
        for (StagingAreaConfig s : config.stagingAreas()) {
            ObjectNode p = kind("staging area", "");
            ConfigAttributes.put(p, s);
            List<ArrivalConfig> arrivals = config.arrivals().stream().filter(a -> a.stagingArea().equals(s.id()))
                    .toList();
            p.put("arrival_streams", arrivals.size());
            Attributes.number(p, "arrival_rate", arrivals.stream().mapToDouble(ArrivalConfig::rate).sum());
            p.put("objectives", String.join(",", new TreeSet<>(arrivals.stream().map(a -> a.group().objective())
                    .toList())));
            p.put("intents", String.join(",", new TreeSet<>(arrivals.stream()
                    .map(a -> a.group().intent().name().toLowerCase(Locale.ROOT)).toList())));
            out.add(new GisFeature("staging-area/" + s.id(), s.id(), frame.point(world.resolve(s.location())), p));
        }
        for (ObjectiveConfig o : config.objectives()) {
            ObjectNode p = kind("objective", "");
            ConfigAttributes.put(p, o);
            out.add(new GisFeature("objective/" + o.id(), o.id(), frame.point(world.resolve(o.location())), p,
                    Palette.VERMILLION));
        }
        return out;
    }

    private static ObjectNode kind(String kind, String country) {
        ObjectNode p = GeoJsonFile.JSON.createObjectNode();
        p.put("kind", kind);
        if (!country.isEmpty()) {
            p.put("country", country);
        }
        return p;
    }

    private static void sensor(ObjectNode p, FixedSensor s) {
        p.put("garrison", s.garrison());
        ConfigAttributes.put(p, new SensorParameters(s));
        Attributes.number(p, "reportDelay", s.reportDelay());
        Attributes.number(p, "corruption", s.corruption());
        p.put("bribeMaxGroupSize", s.bribeMaxGroupSize());
    }

    private static Border borderOf(World world, String id) {
        return id == null ? world.primary() : world.border(id);
    }

    /** A fixed sensor's detection model, named as the scenario file names it ({@code sensor_range}, ...). */
    private record SensorParameters(dev.panj.sim.config.SensorConfig sensor) {
        SensorParameters(FixedSensor s) {
            this(s.sensor());
        }
    }
}
