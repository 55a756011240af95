package dev.panj.sim.model;

import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorLineConfig;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;

import java.util.ArrayList;
import java.util.List;

/**
 * The forces a scenario puts in place before anything happens: border posts (single, or a series every
 * {@code spacing} km from {@code from + spacing/2}; each both a detector and a garrison), sensor lines likewise, patrols on their stretches, and the
 * reaction units at their bases under their commands.
 */
final class Deployment {
    private final List<FixedSensor> sensors;
    private final List<BorderPost> posts;
    private final double maxRange;
    private final List<Patrol> patrols;
    private final Forces forces;
    private final double sensorLineKm;

    private Deployment(List<FixedSensor> sensors, List<BorderPost> posts, double maxRange, List<Patrol> patrols,
                       Forces forces, double sensorLineKm) {
        this.sensorLineKm = sensorLineKm;
        this.sensors = List.copyOf(sensors);
        this.posts = List.copyOf(posts);
        this.maxRange = maxRange;
        this.patrols = List.copyOf(patrols);
        this.forces = forces;
    }

    static Deployment of(ModelContext ctx) {
        ScenarioConfig config = ctx.config();
        World world = ctx.world();
        List<FixedSensor> sensors = new ArrayList<>();
        List<BorderPost> posts = new ArrayList<>();
        double maxRange = 0;
        double sensorLineKm = 0;
        for (BorderPostConfig p : config.posts()) {
            if (p.location() != null) {
                sensors.add(new FixedSensor(p.id(), DetectorKind.POST, p.country(), world.resolve(p.location()),
                        p.sensor(), p.reportDelay(), p.corruption(), p.bribeMaxGroupSize(), p.garrison()));
                posts.add(new BorderPost(sensors.get(sensors.size() - 1), p.effectiveness(), p.breakpoint()));
            } else {
                Border b = borderOf(world, p.border());
                double[] at = series(b, p.from(), p.to(), p.spacing());
                for (int k = 0; k < at.length; k++) {
                    sensors.add(new FixedSensor(p.id() + "-" + (k + 1), DetectorKind.POST, p.country(),
                            b.line().at(at[k], p.offset()), p.sensor(), p.reportDelay(), p.corruption(),
                            p.bribeMaxGroupSize(), p.garrison()));
                    posts.add(new BorderPost(sensors.get(sensors.size() - 1), p.effectiveness(), p.breakpoint()));
                }
            }
            maxRange = Math.max(maxRange, p.sensor().range());
        }
        for (SensorLineConfig l : config.sensorLines()) {
            Border b = borderOf(world, l.border());
            double[] at = series(b, l.from(), l.to(), l.spacing());
            sensorLineKm += at.length * l.spacing();
            for (int k = 0; k < at.length; k++) {
                sensors.add(new FixedSensor(l.id() + "-" + (k + 1), DetectorKind.SENSOR, l.country(),
                        b.line().at(at[k], l.offset()), l.sensor(), l.reportDelay(), 0, 0, 0));
            }
            maxRange = Math.max(maxRange, l.sensor().range());
        }
        List<Patrol> patrols = new ArrayList<>();
        for (PatrolConfig p : config.patrols()) {
            Border b = borderOf(world, p.border());
            double mid = (p.from() + Math.min(p.to(), b.line().length())) / 2;
            double factor = world.terrain().of(b.sectorAt(mid).terrain()).speedFactor();
            for (int k = 1; k <= p.count(); k++) {
                String id = p.count() == 1 ? p.id() : p.id() + "-" + k;
                patrols.add(new Patrol(id, p, b.line(), factor, ctx.streams().stream("patrol/" + id)));
            }
        }
        Forces forces = new Forces(ctx, config.commands());
        for (ReactionUnitConfig u : config.reactionUnits()) {
            forces.deploy(u, u.country());
        }
        return new Deployment(sensors, posts, maxRange, patrols, forces, sensorLineKm);
    }

    private static Border borderOf(World world, String id) {
        return id == null ? world.primary() : world.border(id);
    }

    /** Chainages of a series: from + spacing/2, then every spacing, up to to (and the border's end). */
    private static double[] series(Border border, double from, double to, double spacing) {
        double last = Math.min(to, border.line().length());
        int n = (int) Math.floor((last - from) / spacing + 0.5 + 1e-9);
        double[] at = new double[Math.max(0, n)];
        for (int k = 0; k < at.length; k++) {
            at[k] = from + spacing * (k + 0.5);
        }
        return at;
    }

    /** Kilometres of border the sensor lines cover: each line's sensors times its spacing. */
    double sensorLineKm() {
        return sensorLineKm;
    }

    /** Border posts and sensors, in the scenario's order. */
    List<FixedSensor> sensors() {
        return sensors;
    }

    /** The border posts as fighting forces (their garrisons), in the scenario's order. */
    List<BorderPost> posts() {
        return posts;
    }

    /** The longest range of any post or sensor line the scenario names (0 without any). */
    double maxRange() {
        return maxRange;
    }

    List<Patrol> patrols() {
        return patrols;
    }

    Forces forces() {
        return forces;
    }
}
