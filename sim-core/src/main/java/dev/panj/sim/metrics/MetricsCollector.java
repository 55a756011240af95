package dev.panj.sim.metrics;

import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupBribedThrough;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.event.ReportReceived;
import dev.panj.sim.event.UnitReturned;
import dev.panj.sim.geo.BorderSector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the event stream of a run into the MODEL.md section 6 metrics, the hourly time series and the
 * per-sector counts. Flow counts are militants at arrival size; casualties are counted separately.
 */
public final class MetricsCollector implements EventListener {
    /** Time-series columns after {@code hour}: cumulative flows, then stocks read from the model. */
    public static final List<String> SERIES = List.of(
            "militants_arrived", "militants_pre_crossing", "militants_turned_back",
            "militants_interdicted_before_crossing", "militants_crossed", "militants_in_country",
            "militants_interdicted", "militants_leaked", "militants_detected", "militants_bribed_through",
            "groups_active", "engagements", "engagements_active", "security_casualties", "militant_casualties",
            "units_deployed");

    private final List<BorderSector> sectors;
    private final long[] sectorGroupsAttempted;
    private final long[] sectorGroupsCrossed;
    private final long[] sectorMilitantsCrossed;
    private final long[] sectorDetections;
    private final long[] sectorGroupsInterdicted;
    private final long[] sectorMilitantsInterdicted;
    private final Map<Long, Double> crossedAt = new HashMap<>();
    private final Map<Long, Double> firstReportAt = new HashMap<>();
    private final Set<Long> bribed = new HashSet<>();
    private final Set<Long> engagedOnce = new HashSet<>();
    private final List<double[]> rows = new ArrayList<>();

    private long groupsArrived;
    private long militantsArrived;
    private long groupsCrossed;
    private long militantsCrossed;
    private long groupsDetected;
    private long militantsDetected;
    private long groupsInterdicted;
    private long militantsInterdicted;
    private long militantsInterdictedBeforeCrossing;
    private long groupsLeaked;
    private long militantsLeaked;
    private long militantsTurnedBack;
    private long militantsBribed;
    private long engagements;
    private double securityCasualties;
    private double militantCasualties;
    private double forceHours;
    private double detectionDelaySum;
    private long detectionDelayCount;
    private double responseSum;
    private long responseCount;
    private final Map<Long, Double> detectedBeforeCrossing = new HashMap<>();

    public MetricsCollector(List<BorderSector> sectors) {
        this.sectors = List.copyOf(sectors);
        int n = sectors.size();
        sectorGroupsAttempted = new long[n];
        sectorGroupsCrossed = new long[n];
        sectorMilitantsCrossed = new long[n];
        sectorDetections = new long[n];
        sectorGroupsInterdicted = new long[n];
        sectorMilitantsInterdicted = new long[n];
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof GroupArrived e) {
            groupsArrived++;
            militantsArrived += e.size();
            if (!Double.isNaN(e.crossingChainage())) {
                sectorGroupsAttempted[e.sector()]++;
            }
        } else if (event instanceof GroupCrossed e) {
            groupsCrossed++;
            militantsCrossed += e.size();
            sectorGroupsCrossed[e.sector()]++;
            sectorMilitantsCrossed[e.sector()] += e.size();
            crossedAt.put(e.group(), e.time());
            if (detectedBeforeCrossing.remove(e.group()) != null) {
                detectionDelayCount++;
            }
        } else if (event instanceof GroupTurnedBack e) {
            militantsTurnedBack += e.size();
        } else if (event instanceof GroupDetected e) {
            if (e.first()) {
                groupsDetected++;
                militantsDetected += e.size();
                sectorDetections[e.sector()]++;
                Double crossed = crossedAt.get(e.group());
                if (crossed != null) {
                    detectionDelaySum += e.time() - crossed;
                    detectionDelayCount++;
                } else {
                    // Detected before crossing: a delay of zero, counted if the group goes on to cross.
                    detectedBeforeCrossing.put(e.group(), e.time());
                }
            }
        } else if (event instanceof GroupBribedThrough e) {
            if (bribed.add(e.group())) {
                militantsBribed += e.size();
            }
        } else if (event instanceof ReportReceived e) {
            firstReportAt.putIfAbsent(e.group(), e.time());
        } else if (event instanceof EngagementStarted e) {
            engagements++;
            if (engagedOnce.add(e.group())) {
                Double report = firstReportAt.get(e.group());
                if (report != null) {
                    responseSum += e.time() - report;
                    responseCount++;
                }
            }
        } else if (event instanceof EngagementEnded e) {
            securityCasualties += e.securityLosses();
            militantCasualties += e.militantLosses();
        } else if (event instanceof GroupInterdicted e) {
            groupsInterdicted++;
            militantsInterdicted += e.size();
            if (!e.crossed()) {
                militantsInterdictedBeforeCrossing += e.size();
            }
            sectorGroupsInterdicted[e.sector()]++;
            sectorMilitantsInterdicted[e.sector()] += e.size();
        } else if (event instanceof GroupLeaked e) {
            groupsLeaked++;
            militantsLeaked += e.size();
        } else if (event instanceof UnitReturned e) {
            forceHours += e.personnelHours();
        }
    }

    /** Records the hourly row; stocks come from the model's own state, so the flow identities are a real check. */
    public void snapshot(double hour, Stocks stocks) {
        rows.add(new double[] {hour, militantsArrived, stocks.preCrossing(), militantsTurnedBack,
                militantsInterdictedBeforeCrossing, militantsCrossed, stocks.inCountry(), militantsInterdicted,
                militantsLeaked, militantsDetected, militantsBribed, stocks.groupsActive(), engagements,
                stocks.engagementsActive(), securityCasualties, militantCasualties, stocks.unitsDeployed()});
    }

    /** The run's result; {@code outstandingForceHours} covers units still out when the run ends. */
    public RunResult result(String scenario, long seed, double hours, double outstandingForceHours) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(MetricNames.MILITANTS_ARRIVED, (double) militantsArrived);
        m.put(MetricNames.MILITANTS_CROSSED, (double) militantsCrossed);
        m.put(MetricNames.MILITANTS_DETECTED, (double) militantsDetected);
        m.put(MetricNames.MILITANTS_INTERDICTED, (double) militantsInterdicted);
        m.put(MetricNames.MILITANTS_LEAKED, (double) militantsLeaked);
        long decided = militantsInterdicted + militantsLeaked;
        m.put(MetricNames.INTERDICTION_RATE, decided == 0 ? Double.NaN : (double) militantsInterdicted / decided);
        m.put(MetricNames.MEAN_DETECTION_DELAY_H,
                detectionDelayCount == 0 ? Double.NaN : detectionDelaySum / detectionDelayCount);
        m.put(MetricNames.MEAN_RESPONSE_TIME_H, responseCount == 0 ? Double.NaN : responseSum / responseCount);
        m.put(MetricNames.CIVILIANS_CROSSED, 0.0);
        m.put(MetricNames.CIVILIANS_SCREENED, 0.0);
        m.put(MetricNames.CIVILIANS_WRONGLY_DETAINED, 0.0);
        m.put(MetricNames.MAX_SCREENING_QUEUE, 0.0);
        m.put(MetricNames.MEAN_SCREENING_WAIT_H, 0.0);
        m.put(MetricNames.SECURITY_CASUALTIES, securityCasualties);
        m.put(MetricNames.MILITANT_CASUALTIES, militantCasualties);
        m.put(MetricNames.CIVILIAN_CASUALTIES, 0.0);
        m.put(MetricNames.CSTO_ACTIVATION_H, Double.NaN);
        m.put(MetricNames.FORCE_HOURS, forceHours + outstandingForceHours);
        m.put(MetricNames.GROUPS_ARRIVED, (double) groupsArrived);
        m.put(MetricNames.GROUPS_CROSSED, (double) groupsCrossed);
        m.put(MetricNames.GROUPS_DETECTED, (double) groupsDetected);
        m.put(MetricNames.GROUPS_INTERDICTED, (double) groupsInterdicted);
        m.put(MetricNames.GROUPS_LEAKED, (double) groupsLeaked);
        m.put(MetricNames.MILITANTS_TURNED_BACK, (double) militantsTurnedBack);
        m.put(MetricNames.MILITANTS_BRIBED_THROUGH, (double) militantsBribed);
        m.put(MetricNames.ENGAGEMENTS, (double) engagements);
        List<String> columns = new ArrayList<>();
        columns.add("hour");
        columns.addAll(SERIES);
        List<SectorStats> stats = new ArrayList<>();
        for (BorderSector s : sectors) {
            int i = s.index();
            stats.add(new SectorStats(s.id(), i, s.from(), s.to(), s.terrain(), sectorGroupsAttempted[i], sectorGroupsCrossed[i],
                    sectorMilitantsCrossed[i], sectorDetections[i], sectorGroupsInterdicted[i],
                    sectorMilitantsInterdicted[i]));
        }
        return new RunResult(scenario, seed, hours, m, new TimeSeries(columns, rows), stats);
    }

    /** Stocks counted from the model's agents at a snapshot. */
    public record Stocks(long preCrossing, long inCountry, long groupsActive, long engagementsActive,
                         long unitsDeployed) {
    }
}
