package dev.panj.distributed;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.metrics.DetectionSource;
import dev.panj.sim.metrics.GroupOutcome;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.metrics.SectorStats;
import dev.panj.sim.metrics.TimeSeries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link RunResult} in a form Spark can send from an executor to the driver (the model's records are not
 * serializable): plain arrays, every double bit for bit, metrics and sectors in their original order, so the
 * result rebuilt on the driver is equal to the one the model returned.
 */
final class RunValues implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String scenario;
    private final long seed;
    private final double hours;
    private final String[] metricNames;
    private final double[] metricValues;
    private final String[] seriesColumns;
    private final double[][] seriesRows;
    private final Sector[] sectors;
    private final Group[] groups;

    private RunValues(RunResult result) {
        scenario = result.scenario();
        seed = result.seed();
        hours = result.hours();
        metricNames = result.metrics().keySet().toArray(String[]::new);
        metricValues = result.metrics().values().stream().mapToDouble(Double::doubleValue).toArray();
        seriesColumns = result.timeSeries().columns().toArray(String[]::new);
        seriesRows = result.timeSeries().rows().toArray(double[][]::new);
        sectors = result.sectors().stream().map(Sector::of).toArray(Sector[]::new);
        groups = result.groups().stream().map(Group::of).toArray(Group[]::new);
    }

    static RunValues of(RunResult result) {
        return new RunValues(result);
    }

    RunResult toRunResult() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int m = 0; m < metricNames.length; m++) {
            metrics.put(metricNames[m], metricValues[m]);
        }
        TimeSeries series = new TimeSeries(List.of(seriesColumns), Arrays.asList(seriesRows));
        List<SectorStats> sectorStats = new ArrayList<>(sectors.length);
        for (Sector sector : sectors) {
            sectorStats.add(sector.toStats());
        }
        List<GroupOutcome> groupOutcomes = new ArrayList<>(groups.length);
        for (Group group : groups) {
            groupOutcomes.add(group.toOutcome());
        }
        return new RunResult(scenario, seed, hours, metrics, series, sectorStats, groupOutcomes);
    }

    /** {@link GroupOutcome}, field for field. */
    private record Group(String id, int size, String organisation, String intent, double arrival, double bank,
                         double firstDetection, DetectionSource source, boolean underScoAlert, double crossed,
                         double firstContact, GroupOutcome.Outcome outcome, double end, double attackCasualties)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        static Group of(GroupOutcome g) {
            return new Group(g.id(), g.size(), g.organisation(), g.intent(), g.arrival(), g.bank(), g.firstDetection(),
                    g.source(), g.underScoAlert(), g.crossed(), g.firstContact(), g.outcome(), g.end(),
                    g.attackCasualties());
        }

        GroupOutcome toOutcome() {
            return new GroupOutcome(id, size, organisation, intent, arrival, bank, firstDetection, source,
                    underScoAlert, crossed, firstContact, outcome, end, attackCasualties);
        }
    }

    /** {@link SectorStats}, field for field. */
    private record Sector(String id, int index, double fromKm, double toKm, TerrainClass terrain,
                          long groupsAttempted, long groupsCrossed, long militantsCrossed, long detections,
                          long groupsInterdicted, long militantsInterdicted) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Sector of(SectorStats s) {
            return new Sector(s.id(), s.index(), s.fromKm(), s.toKm(), s.terrain(), s.groupsAttempted(),
                    s.groupsCrossed(), s.militantsCrossed(), s.detections(), s.groupsInterdicted(),
                    s.militantsInterdicted());
        }

        SectorStats toStats() {
            return new SectorStats(id, index, fromKm, toKm, terrain, groupsAttempted, groupsCrossed, militantsCrossed,
                    detections, groupsInterdicted, militantsInterdicted);
        }
    }
}
