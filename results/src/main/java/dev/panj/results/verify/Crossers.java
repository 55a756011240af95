package dev.panj.results.verify;

import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups a scenario sends across the border (timeline waves and Poisson arrivals), with the facts the
 * detection laws rely on: where they cross, how fast they walk, the sectors they cross.
 */
record Crossers(List<GroupConfig> groups, List<String> stagingAreas, double defaultSpeed) {
    Crossers {
        groups = List.copyOf(groups);
        stagingAreas = List.copyOf(stagingAreas);
    }

    static Crossers of(ScenarioConfig config) {
        List<GroupConfig> groups = new ArrayList<>();
        List<String> staging = new ArrayList<>();
        for (TimelineEventConfig event : config.timeline()) {
            if (event.wave() != null) {
                groups.add(event.wave().group());
                staging.add(event.wave().stagingArea());
            }
        }
        for (ArrivalConfig arrival : config.arrivals()) {
            groups.add(arrival.group());
            staging.add(arrival.stagingArea());
        }
        return new Crossers(groups, staging, config.militants().speed());
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    double speed(GroupConfig group) {
        return Double.isNaN(group.speed()) ? defaultSpeed : group.speed();
    }

    double slowest() {
        return groups.stream().mapToDouble(this::speed).min().orElse(Double.NaN);
    }

    /**
     * The chainage range every group crosses uniformly over, or null (with a problem) when the groups do not all
     * cross uniformly over one and the same range.
     */
    double[] uniformRange(ProblemList problems) {
        double[] range = null;
        for (GroupConfig g : groups) {
            if (g.sectorChoice() != SectorChoice.UNIFORM || Double.isNaN(g.crossingFrom())
                    || Double.isNaN(g.crossingTo())) {
                problems.require(false, "crossers must cross uniformly over a stated range "
                        + "(group: {sectorChoice: uniform, crossingFrom: ..., crossingTo: ...})");
                return null;
            }
            if (range == null) {
                range = new double[] {g.crossingFrom(), g.crossingTo()};
            } else if (!ProblemList.equal(range[0], g.crossingFrom()) || !ProblemList.equal(range[1], g.crossingTo())) {
                problems.require(false, "all crossers must share one crossing range; found ["
                        + ProblemList.number(range[0]) + ", " + ProblemList.number(range[1]) + "] and ["
                        + ProblemList.number(g.crossingFrom()) + ", " + ProblemList.number(g.crossingTo()) + "] km");
                return null;
            }
        }
        return range;
    }

    /** The sectors of the primary border that the range [from, to] touches. */
    static List<BorderSector> sectors(World world, double from, double to) {
        List<BorderSector> touched = new ArrayList<>();
        for (BorderSector s : world.primary().sectors()) {
            if (s.to() > from && s.from() < to || s.contains(from)) {
                touched.add(s);
            }
        }
        return touched;
    }
}
