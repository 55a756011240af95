package dev.panj.sim.metrics;

import dev.panj.sim.civil.QueueStats;
import dev.panj.sim.event.AttackCarriedOut;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.AlarmDropped;
import dev.panj.sim.event.AlarmInvestigated;
import dev.panj.sim.event.AlarmRaised;
import dev.panj.sim.event.CivilianCasualties;
import dev.panj.sim.event.CiviliansForded;
import dev.panj.sim.event.GreenBorderCrossed;
import dev.panj.sim.event.GroupInCrowd;
import dev.panj.sim.event.CiviliansArrived;
import dev.panj.sim.event.CiviliansReleased;
import dev.panj.sim.event.CiviliansScreened;
import dev.panj.sim.event.CiviliansTurnedAway;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupBribedThrough;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupReachedBank;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.event.SectorAlerted;
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
            "units_deployed", "civilians_walking", "civilians_arrived", "civilians_waiting", "civilians_crossed", "civilians_wrongly_detained",
            "civilian_casualties", "alarms", "false_alarms", "alarms_dropped", "unit_hours_on_false_alarms",
            "green_border_crossed");

    private final List<BorderSector> sectors;
    private final long[] sectorGroupsAttempted;
    private final long[] sectorGroupsCrossed;
    private final long[] sectorMilitantsCrossed;
    private final long[] sectorDetections;
    private final long[] sectorGroupsInterdicted;
    private final long[] sectorMilitantsInterdicted;
    private final Map<Long, Double> crossedAt = new HashMap<>();
    private final Set<Long> bribed = new HashSet<>();
    private final Set<Long> seenAtBorder = new HashSet<>();
    private long militantsDetectedAtBorder;
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
    private long civiliansArrived;
    private long civiliansCrossed;
    private long civiliansScreened;
    private long civiliansDetained;
    private long civiliansDiverted;
    private long civilianCasualties;
    private long attacks;
    private long attackCasualties;
    private final Map<Long, GroupLog> groups = new LinkedHashMap<>();
    private final Map<Integer, Double> alertUntil = new HashMap<>();
    private long alarms;
    private long falseAlarms;
    private long alarmsInvestigated;
    private long alarmsDropped;
    private long alarmsWaited;
    private double alarmWaitSum;
    private double unitHoursOnFalseAlarms;
    private long civiliansHeld;
    private long greenBorderCrossed;
    private long militantsInCrowds;
    private long militantsMissedInCrowds;
    private long civiliansForded;
    private long civiliansStranded;
    private final Set<Long> crowdGroups = new HashSet<>();
    private final Set<Long> crowdRecognised = new HashSet<>();

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
            groups.put(e.group(), new GroupLog(e));
            if (!Double.isNaN(e.crossingChainage())) {
                sectorGroupsAttempted[e.sector()]++;
            }
        } else if (event instanceof GroupCrossed e) {
            sectorGroupsCrossed[e.sector()]++;
            sectorMilitantsCrossed[e.sector()] += e.size();
            if (e.crossing() > 0) {
                return;
            }
            groupsCrossed++;
            militantsCrossed += e.size();
            if (crowdGroups.contains(e.group()) && !crowdRecognised.contains(e.group())) {
                militantsMissedInCrowds += e.size();
            }
            crossedAt.put(e.group(), e.time());
            GroupLog g = groups.get(e.group());
            if (g != null && Double.isNaN(g.crossed)) {
                g.crossed = e.time();
            }
        } else if (event instanceof GroupReachedBank e) {
            GroupLog g = groups.get(e.group());
            if (g != null) {
                g.bank = e.time();
            }
        } else if (event instanceof GroupTurnedBack e) {
            militantsTurnedBack += e.size();
            end(e.group(), e.time(), GroupOutcome.Outcome.TURNED_BACK);
        } else if (event instanceof GroupDetected e) {
            if (!e.bribed()) {
                crowdRecognised.add(e.group());
            }
            if (!e.bribed() && e.kind() != DetectorKind.INLAND && seenAtBorder.add(e.group())) {
                militantsDetectedAtBorder += e.size();
            }
            if (e.first()) {
                // The first unbribed detection is the first report: it is made then, and arrives later.
                groupsDetected++;
                militantsDetected += e.size();
                sectorDetections[e.sector()]++;
                GroupLog g = groups.get(e.group());
                if (g != null && Double.isNaN(g.firstDetection)) {
                    g.firstDetection = e.time();
                    g.source = DetectionSource.of(e.kind(), e.detector());
                    g.underScoAlert = e.kind() != DetectorKind.INLAND && g.source != DetectionSource.SCREENING
                            && e.time() < alertUntil.getOrDefault(e.sector(), Double.NEGATIVE_INFINITY);
                }
            }
        } else if (event instanceof GroupBribedThrough e) {
            if (bribed.add(e.group())) {
                militantsBribed += e.size();
            }
        } else if (event instanceof EngagementStarted e) {
            engagements++;
            contact(e.group(), e.time());
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
            // Stopped without a fight (screening): that is the response reaching it.
            contact(e.group(), e.time());
            end(e.group(), e.time(), e.crossed() ? GroupOutcome.Outcome.INTERDICTED_AFTER_CROSSING
                    : GroupOutcome.Outcome.INTERDICTED_BEFORE_CROSSING);
        } else if (event instanceof GroupLeaked e) {
            groupsLeaked++;
            militantsLeaked += e.size();
            end(e.group(), e.time(), GroupOutcome.Outcome.LEAKED);
        } else if (event instanceof AttackCarriedOut e) {
            attacks++;
            attackCasualties += e.casualties();
            GroupLog g = groups.get(e.group());
            if (g != null) {
                g.attackCasualties += e.casualties();
            }
        } else if (event instanceof SectorAlerted e) {
            alertUntil.merge(e.sector(), e.until(), Math::max);
        } else if (event instanceof UnitReturned e) {
            forceHours += e.personnelHours();
        } else {
            onCivilians(event);
        }
    }

    private void contact(long group, double time) {
        GroupLog g = groups.get(group);
        if (g != null && Double.isNaN(g.firstContact)) {
            g.firstContact = time;
        }
    }

    private void end(long group, double time, GroupOutcome.Outcome outcome) {
        GroupLog g = groups.get(group);
        if (g != null && g.outcome == null) {
            g.outcome = outcome;
            g.end = time;
        }
    }

    /** Issue 17: alarms, their investigation, the green border and militants in crowds. */
    private void onTraffic(ModelEvent event) {
        if (event instanceof AlarmRaised e) {
            alarms++;
            if (e.civilians()) {
                falseAlarms++;
            }
        } else if (event instanceof AlarmInvestigated e) {
            alarmsInvestigated++;
            alarmWaitSum += e.waited();
            if (e.waited() > 0) {
                alarmsWaited++;
            }
            if (e.civilians()) {
                unitHoursOnFalseAlarms += e.unitHours();
            }
            civiliansHeld += e.civilians() ? e.people() : 0;
        } else if (event instanceof AlarmDropped) {
            alarmsDropped++;
        } else if (event instanceof GreenBorderCrossed e) {
            greenBorderCrossed += e.people();
        } else if (event instanceof GroupInCrowd e) {
            crowdGroups.add(e.group());
            militantsInCrowds += e.size();
        }
    }

    private void onCivilians(ModelEvent event) {
        if (event instanceof CiviliansArrived e) {
            civiliansArrived += e.people();
            if (e.diverted()) {
                civiliansDiverted += e.people();
            }
        } else if (event instanceof CiviliansScreened e) {
            civiliansScreened += e.screened();
            civiliansDetained += e.detained();
            civiliansCrossed += e.screened() - e.detained();
        } else if (event instanceof CiviliansReleased e) {
            civiliansCrossed += e.people();
        } else if (event instanceof CiviliansTurnedAway e) {
            civiliansDiverted += e.people();
        } else if (event instanceof CivilianCasualties e) {
            civilianCasualties += e.people();
        } else if (event instanceof CiviliansForded e) {
            if (e.crossed()) {
                civiliansForded += e.people();
                civiliansCrossed += e.people();
            } else {
                civiliansStranded += e.people();
            }
        } else {
            onTraffic(event);
        }
    }

    /** Records the hourly row; stocks come from the model's own state, so the flow identities are a real check. */
    public void snapshot(double hour, Stocks stocks) {
        rows.add(new double[] {hour, militantsArrived, stocks.preCrossing(), militantsTurnedBack,
                militantsInterdictedBeforeCrossing, militantsCrossed, stocks.inCountry(), militantsInterdicted,
                militantsLeaked, militantsDetected, militantsBribed, stocks.groupsActive(), engagements,
                stocks.engagementsActive(), securityCasualties, militantCasualties, stocks.unitsDeployed(),
                stocks.civiliansWalking(), civiliansArrived, stocks.civiliansWaiting(), civiliansCrossed, civiliansDetained, civilianCasualties,
                alarms, falseAlarms, alarmsDropped, unitHoursOnFalseAlarms, greenBorderCrossed});
    }

    /** The run's result, completed by what only the model knows at the end. */
    public RunResult result(String scenario, long seed, double hours, Closing closing) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(MetricNames.MILITANTS_ARRIVED, (double) militantsArrived);
        m.put(MetricNames.MILITANTS_CROSSED, (double) militantsCrossed);
        m.put(MetricNames.MILITANTS_DETECTED, (double) militantsDetected);
        m.put(MetricNames.MILITANTS_INTERDICTED, (double) militantsInterdicted);
        m.put(MetricNames.MILITANTS_LEAKED, (double) militantsLeaked);
        long decided = militantsInterdicted + militantsLeaked;
        m.put(MetricNames.INTERDICTION_RATE, decided == 0 ? Double.NaN : (double) militantsInterdicted / decided);
        List<GroupOutcome> outcomes = outcomes(hours);
        putGroupMetrics(m, outcomes);
        m.put(MetricNames.CIVILIANS_CROSSED, (double) civiliansCrossed);
        m.put(MetricNames.CIVILIANS_SCREENED, (double) civiliansScreened);
        m.put(MetricNames.CIVILIANS_WRONGLY_DETAINED, (double) civiliansDetained);
        QueueStats q = closing.screening();
        m.put(MetricNames.MAX_SCREENING_QUEUE, (double) q.maxWaiting());
        // No one screened: no wait (0, not empty), so that "no civilians" reads as zeros throughout.
        m.put(MetricNames.MEAN_SCREENING_WAIT_H, Double.isNaN(q.meanWait()) ? 0.0 : q.meanWait());
        m.put(MetricNames.SECURITY_CASUALTIES, securityCasualties);
        m.put(MetricNames.MILITANT_CASUALTIES, militantCasualties);
        m.put(MetricNames.CIVILIAN_CASUALTIES, (double) civilianCasualties);
        m.put(MetricNames.CSTO_ACTIVATION_H, closing.cstoActivation());
        m.put(MetricNames.FORCE_HOURS, forceHours + closing.outstandingForceHours());
        m.put(MetricNames.ATTACKS, (double) attacks);
        m.put(MetricNames.ATTACK_CASUALTIES, (double) attackCasualties);
        m.put(MetricNames.COST, closing.cost());
        m.put(MetricNames.GROUPS_ARRIVED, (double) groupsArrived);
        m.put(MetricNames.GROUPS_CROSSED, (double) groupsCrossed);
        m.put(MetricNames.GROUPS_DETECTED, (double) groupsDetected);
        m.put(MetricNames.GROUPS_INTERDICTED, (double) groupsInterdicted);
        m.put(MetricNames.GROUPS_LEAKED, (double) groupsLeaked);
        m.put(MetricNames.GROUPS_TURNED_BACK, (double) count(outcomes, o -> o.outcome() == GroupOutcome.Outcome.TURNED_BACK));
        m.put(MetricNames.GROUPS_STILL_AT_LARGE, (double) count(outcomes, o -> o.outcome().stillAtLarge()));
        m.put(MetricNames.GROUPS_DETECTED_BY_SENSOR, (double) count(outcomes, o -> o.source() == DetectionSource.SENSOR));
        m.put(MetricNames.GROUPS_DETECTED_BY_POST, (double) count(outcomes, o -> o.source() == DetectionSource.POST));
        m.put(MetricNames.GROUPS_DETECTED_BY_PATROL, (double) count(outcomes, o -> o.source() == DetectionSource.PATROL));
        m.put(MetricNames.GROUPS_DETECTED_BY_SCREENING,
                (double) count(outcomes, o -> o.source() == DetectionSource.SCREENING));
        m.put(MetricNames.GROUPS_DETECTED_INLAND, (double) count(outcomes, o -> o.source() == DetectionSource.INLAND));
        m.put(MetricNames.GROUPS_DETECTED_UNDER_SCO_ALERT, (double) count(outcomes, GroupOutcome::underScoAlert));
        m.put(MetricNames.MILITANTS_DETECTED_AT_BORDER, (double) militantsDetectedAtBorder);
        m.put(MetricNames.MILITANTS_TURNED_BACK, (double) militantsTurnedBack);
        m.put(MetricNames.MILITANTS_BRIBED_THROUGH, (double) militantsBribed);
        m.put(MetricNames.ENGAGEMENTS, (double) engagements);
        m.put(MetricNames.CIVILIANS_ARRIVED, (double) civiliansArrived);
        m.put(MetricNames.CIVILIANS_DIVERTED, (double) civiliansDiverted);
        m.put(MetricNames.SCREENING_ARRIVALS, (double) q.arrivals());
        m.put(MetricNames.SCREENING_WAITED_SHARE, q.started() == 0 ? Double.NaN : (double) q.waited() / q.started());
        m.put(MetricNames.SCREENING_MEAN_SOJOURN_H, q.meanSojourn());
        m.put(MetricNames.SCREENING_MEAN_IN_SYSTEM, q.meanInSystem());
        m.put(MetricNames.ALARMS, (double) alarms);
        m.put(MetricNames.FALSE_ALARMS, (double) falseAlarms);
        m.put(MetricNames.ALARMS_INVESTIGATED, (double) alarmsInvestigated);
        m.put(MetricNames.ALARMS_DROPPED, (double) alarmsDropped);
        long handled = alarmsInvestigated + alarmsDropped;
        m.put(MetricNames.ALARM_DROPPED_SHARE, handled == 0 ? Double.NaN : (double) alarmsDropped / handled);
        m.put(MetricNames.ALARM_WAITED_SHARE,
                alarmsInvestigated == 0 ? Double.NaN : (double) alarmsWaited / alarmsInvestigated);
        m.put(MetricNames.MEAN_ALARM_WAIT_H, alarmsInvestigated == 0 ? Double.NaN : alarmWaitSum / alarmsInvestigated);
        m.put(MetricNames.UNIT_HOURS_ON_FALSE_ALARMS, unitHoursOnFalseAlarms);
        m.put(MetricNames.CIVILIANS_DETAINED, (double) civiliansHeld);
        m.put(MetricNames.GREEN_BORDER_CROSSED, (double) greenBorderCrossed);
        m.put(MetricNames.MILITANTS_IN_CROWDS, (double) militantsInCrowds);
        m.put(MetricNames.MILITANTS_MISSED_IN_CROWDS, (double) militantsMissedInCrowds);
        m.put(MetricNames.CIVILIANS_FORDED, (double) civiliansForded);
        m.put(MetricNames.CIVILIANS_STRANDED, (double) civiliansStranded);
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
        return new RunResult(scenario, seed, hours, m, new TimeSeries(columns, rows), stats, outcomes);
    }

    /** Every arrived group's record, in arrival order; a group not ended is still at large at {@code hours}. */
    private List<GroupOutcome> outcomes(double hours) {
        List<GroupOutcome> list = new ArrayList<>(groups.size());
        for (GroupLog g : groups.values()) {
            GroupOutcome.Outcome outcome = g.outcome;
            double end = g.end;
            if (outcome == null) {
                outcome = Double.isNaN(g.crossed) ? GroupOutcome.Outcome.AT_LARGE_BEFORE_BORDER
                        : GroupOutcome.Outcome.AT_LARGE_IN_COUNTRY;
                end = hours;
            }
            list.add(new GroupOutcome(g.id, g.size, g.organisation, g.intent, g.arrival, g.bank, g.firstDetection, g.source,
                    g.underScoAlert, g.crossed, g.firstContact, outcome, end, g.attackCasualties));
        }
        return list;
    }

    /**
     * The metrics of fixed populations: shares over every arrived group, time to detection over every arrived
     * group and response time over every reported group, both with the times not reached censored (Kaplan–Meier).
     */
    private static void putGroupMetrics(Map<String, Double> m, List<GroupOutcome> outcomes) {
        int n = outcomes.size();
        m.put(MetricNames.SHARE_DETECTED, share(count(outcomes, GroupOutcome::detected), n));
        m.put(MetricNames.SHARE_DETECTED_BEFORE_CROSSING, share(count(outcomes, GroupOutcome::detectedBeforeCrossing), n));
        double[] times = new double[n];
        boolean[] observed = new boolean[n];
        for (int i = 0; i < n; i++) {
            times[i] = outcomes.get(i).timeToDetection();
            observed[i] = outcomes.get(i).detected();
        }
        ProductLimit detection = ProductLimit.estimate(times, observed);
        m.put(MetricNames.MEDIAN_TIME_TO_DETECTION_H, n == 0 ? Double.NaN : detection.median());
        m.put(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H, detection.restrictedMean(MetricNames.RESTRICTED_MEAN_HORIZON_H));
        List<GroupOutcome> reported = outcomes.stream().filter(GroupOutcome::detected).toList();
        double[] response = new double[reported.size()];
        boolean[] reached = new boolean[reported.size()];
        for (int i = 0; i < reported.size(); i++) {
            response[i] = reported.get(i).responseTime();
            reached[i] = reported.get(i).contacted();
        }
        ProductLimit responses = ProductLimit.estimate(response, reached);
        m.put(MetricNames.MEDIAN_RESPONSE_TIME_H, reported.isEmpty() ? Double.NaN : responses.median());
        m.put(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H, responses.restrictedMean(MetricNames.RESTRICTED_MEAN_HORIZON_H));
        m.put(MetricNames.SHARE_INTERDICTED, share(count(outcomes, o -> o.outcome().interdicted()), n));
        m.put(MetricNames.SHARE_LEAKED, share(count(outcomes, o -> o.outcome() == GroupOutcome.Outcome.LEAKED), n));
        m.put(MetricNames.SHARE_TURNED_BACK, share(count(outcomes, o -> o.outcome() == GroupOutcome.Outcome.TURNED_BACK), n));
        m.put(MetricNames.SHARE_STILL_AT_LARGE, share(count(outcomes, o -> o.outcome().stillAtLarge()), n));
    }

    private static long count(List<GroupOutcome> outcomes, java.util.function.Predicate<GroupOutcome> which) {
        return outcomes.stream().filter(which).count();
    }

    private static double share(long part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** What the collector knows of one group while the run goes on. */
    private static final class GroupLog {
        final String id;
        final int size;
        final String organisation;
        final String intent;
        final double arrival;
        double bank = Double.NaN;
        double firstDetection = Double.NaN;
        DetectionSource source;
        boolean underScoAlert;
        double crossed = Double.NaN;
        double firstContact = Double.NaN;
        GroupOutcome.Outcome outcome;
        double end = Double.NaN;
        double attackCasualties;

        GroupLog(GroupArrived e) {
            id = e.groupId();
            size = e.size();
            organisation = e.organisation();
            intent = e.intent().name().toLowerCase(java.util.Locale.ROOT);
            arrival = e.time();
        }
    }

    /** Stocks counted from the model's agents at a snapshot. */
    public record Stocks(long preCrossing, long inCountry, long groupsActive, long engagementsActive,
                         long unitsDeployed, long civiliansWalking, long civiliansWaiting) {
    }

    /**
     * What the model adds at the end: personnel-hours of units still out, the screening queues' statistics
     * summed over crossings, the CSTO activation time (NaN: never) and the arrangement's cost.
     */
    public record Closing(double outstandingForceHours, QueueStats screening, double cstoActivation, double cost) {
    }
}
