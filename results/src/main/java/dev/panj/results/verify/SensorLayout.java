package dev.panj.results.verify;

import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorLineConfig;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed sensors (sensor lines and posts) of a straight-border scenario where the model places them:
 * a series from {@code from} to {@code to} every {@code spacing} has its k-th sensor at from + spacing·(k + ½)
 * (ODD 5), a single post at its location.
 */
record SensorLayout(List<Placed> sensors) {
    /** One sensor: chainage and offset (km), range and in-range probability. */
    record Placed(double chainage, double offset, double range, double probability) {
        SensorCoverage.Sensor coverage() {
            return new SensorCoverage.Sensor(chainage, range, probability);
        }
    }

    SensorLayout {
        sensors = List.copyOf(sensors);
    }

    static SensorLayout of(ScenarioConfig config, World world) {
        List<Placed> placed = new ArrayList<>();
        double length = world.primary().line().length();
        for (SensorLineConfig l : config.sensorLines()) {
            series(l.from(), Math.min(l.to(), length), l.spacing(), l.offset(), l.sensor(), placed);
        }
        for (BorderPostConfig p : config.posts()) {
            if (p.location() != null) {
                Point at = world.resolve(p.location());
                placed.add(new Placed(at.x(), at.y(), p.sensor().range(), p.sensor().probability()));
            } else {
                series(p.from(), Math.min(p.to(), length), p.spacing(), p.offset(), p.sensor(), placed);
            }
        }
        return new SensorLayout(placed);
    }

    private static void series(double from, double to, double spacing, double offset, SensorConfig sensor,
                               List<Placed> into) {
        int n = (int) Math.floor((to - from) / spacing + 0.5 + 1e-9);
        for (int k = 0; k < n; k++) {
            into.add(new Placed(from + spacing * (k + 0.5), offset, sensor.range(), sensor.probability()));
        }
    }

    boolean isEmpty() {
        return sensors.isEmpty();
    }

    /** The exact detection probability of crossers uniform on [from, to] (SensorCoverage). */
    double detection(double from, double to) {
        return SensorCoverage.average(sensors.stream().map(Placed::coverage).toList(), from, to);
    }

    double reachLow() {
        return sensors.stream().mapToDouble(s -> s.offset() - s.range()).min().orElse(0);
    }

    double reachHigh() {
        return sensors.stream().mapToDouble(s -> s.offset() + s.range()).max().orElse(0);
    }
}
