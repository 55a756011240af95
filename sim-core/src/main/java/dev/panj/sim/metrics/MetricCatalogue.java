package dev.panj.sim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where every metric and time-series column says what it is: its label, unit, kind and better
 * direction. Charts and tables take their words, axes, difference units and colours from here. A new metric is a new
 * entry (a test fails for a name in {@link MetricNames#ALL} or {@link MetricsCollector#SERIES} without one).
 */
public final class MetricCatalogue {
    private static final Map<String, MetricInfo> ENTRIES;

    static {
        List<MetricInfo> entries = new ArrayList<>();
        entries.add(new MetricInfo(MetricNames.MILITANTS_ARRIVED, "Militants arrived", "militants", MetricKind.COUNT, Better.NEITHER,
                "Militants of the groups that appeared at their staging areas: the threat, not a result of the response."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_CROSSED, "Militants crossed", "militants", MetricKind.COUNT, Better.LOWER,
                "Militants of the groups that finished crossing the first border on their route."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_DETECTED, "Militants detected", "militants", MetricKind.COUNT, Better.HIGHER,
                "Militants of the groups seen at least once by a post, sensor, patrol, screening or inland sighting."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_DETECTED_AT_BORDER, "Militants detected at the border", "militants", MetricKind.COUNT, Better.HIGHER,
                "Militants of the groups seen by a border post, sensor, patrol or screening (inland sightings excluded)."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_INTERDICTED, "Militants interdicted", "militants", MetricKind.COUNT, Better.HIGHER,
                "Militants of the groups destroyed or captured, counted at their size on arrival."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_LEAKED, "Militants leaked", "militants", MetricKind.COUNT, Better.LOWER,
                "Militants of the groups that reached their objective or got through."));
        entries.add(new MetricInfo(MetricNames.INTERDICTION_RATE, "Interdiction rate", "", MetricKind.SHARE, Better.HIGHER,
                "Share of the decided militants (interdicted or leaked) that were interdicted; groups still at large at the end are left out (see share_interdicted for all groups)."));
        entries.add(new MetricInfo(MetricNames.SHARE_DETECTED, "Share of groups detected", "", MetricKind.SHARE, Better.HIGHER,
                "Share of all arrived groups that were detected (and reported) at least once."));
        entries.add(new MetricInfo(MetricNames.SHARE_DETECTED_BEFORE_CROSSING, "Share of groups detected before crossing", "", MetricKind.SHARE, Better.HIGHER,
                "Share of all arrived groups first detected before they finished crossing their first border."));
        entries.add(new MetricInfo(MetricNames.MEDIAN_TIME_TO_DETECTION_H, "Median time to detection", "h", MetricKind.DURATION, Better.LOWER,
                "Kaplan-Meier median of the time from a group's arrival at the bank to its first detection (0 if seen before), over all arrived groups, undetected ones censored when they left or the run ended; no value if fewer than half were detected."));
        entries.add(new MetricInfo(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H, "Restricted mean time to detection", "h", MetricKind.DURATION, Better.LOWER,
                "Area under the Kaplan-Meier curve of the time from arrival at the bank to first detection up to 72 h, over all arrived groups (undetected ones censored): the mean time to detection, a time beyond 72 h counted as 72 h."));
        entries.add(new MetricInfo(MetricNames.MEDIAN_RESPONSE_TIME_H, "Median response time", "h", MetricKind.DURATION, Better.LOWER,
                "Kaplan-Meier median of the time from a group's first report to first contact with a unit or post, over all reported groups, those never reached censored; no value if fewer than half were reached."));
        entries.add(new MetricInfo(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H, "Restricted mean response time", "h", MetricKind.DURATION, Better.LOWER,
                "Area under the Kaplan-Meier curve of the time from first report to first contact up to 72 h, over all reported groups (those never reached censored)."));
        entries.add(new MetricInfo(MetricNames.SHARE_INTERDICTED, "Share of groups interdicted", "", MetricKind.SHARE, Better.HIGHER,
                "Share of all arrived groups that were destroyed or captured."));
        entries.add(new MetricInfo(MetricNames.SHARE_LEAKED, "Share of groups leaked", "", MetricKind.SHARE, Better.LOWER,
                "Share of all arrived groups that reached their objective or got through."));
        entries.add(new MetricInfo(MetricNames.SHARE_TURNED_BACK, "Share of groups turned back", "", MetricKind.SHARE, Better.HIGHER,
                "Share of all arrived groups that gave up and went back."));
        entries.add(new MetricInfo(MetricNames.SHARE_STILL_AT_LARGE, "Share of groups still at large", "", MetricKind.SHARE, Better.LOWER,
                "Share of all arrived groups still on the move when the run ended (before or across the border)."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_CROSSED, "Civilians crossed", "people", MetricKind.COUNT, Better.NEITHER,
                "Civilians who crossed: through an official crossing, or at an informal ford after diverting from one."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_SCREENED, "Civilians screened", "people", MetricKind.COUNT, Better.NEITHER,
                "Civilians whose screening at a crossing ended."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_WRONGLY_DETAINED, "Civilians wrongly detained", "people", MetricKind.COUNT, Better.LOWER,
                "Civilians held at screening although they were not militants."));
        entries.add(new MetricInfo(MetricNames.MAX_SCREENING_QUEUE, "Longest screening queue", "people", MetricKind.COUNT, Better.LOWER,
                "The largest number of people waiting at the screening points at one time."));
        entries.add(new MetricInfo(MetricNames.MEAN_SCREENING_WAIT_H, "Mean screening wait", "h", MetricKind.DURATION, Better.LOWER,
                "Mean time a screened person waited before screening began."));
        entries.add(new MetricInfo(MetricNames.SECURITY_CASUALTIES, "Security casualties", "personnel", MetricKind.COUNT, Better.LOWER,
                "Losses of the border and reaction forces in engagements."));
        entries.add(new MetricInfo(MetricNames.MILITANT_CASUALTIES, "Militant casualties", "militants", MetricKind.COUNT, Better.NEITHER,
                "Losses of the militant groups in engagements."));
        entries.add(new MetricInfo(MetricNames.CIVILIAN_CASUALTIES, "Civilian casualties", "people", MetricKind.COUNT, Better.LOWER,
                "Civilians killed or wounded in engagements."));
        entries.add(new MetricInfo(MetricNames.CSTO_ACTIVATION_H, "CSTO activation time", "h", MetricKind.DURATION, Better.LOWER,
                "Hours from the start until the CSTO force was activated; no value if it never was."));
        entries.add(new MetricInfo(MetricNames.FORCE_HOURS, "Force hours", "person-hours", MetricKind.EFFORT, Better.LOWER,
                "Personnel-hours of reaction units out on missions: the effort the response cost."));
        entries.add(new MetricInfo(MetricNames.ATTACKS, "Attacks", "attacks", MetricKind.COUNT, Better.LOWER,
                "Attacks carried out by groups that reached their objectives (the consequence model, notional unless the scenario sources it)."));
        entries.add(new MetricInfo(MetricNames.ATTACK_CASUALTIES, "Attack casualties", "people", MetricKind.COUNT, Better.LOWER,
                "People killed or wounded in those attacks, drawn per run from the objective's casualties per attacker and the group's size."));
        entries.add(new MetricInfo(MetricNames.COST, "Cost", "cost unit", MetricKind.MONEY, Better.LOWER,
                "What the arrangement cost over the run under the scenario's costs: posts, sensor lines, patrols, "
                        + "reaction units, screening officers for the whole run, help and CSTO contingents once called."));
        entries.add(new MetricInfo(MetricNames.GROUPS_ARRIVED, "Groups arrived", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups that appeared at their staging areas."));
        entries.add(new MetricInfo(MetricNames.GROUPS_CROSSED, "Groups crossed", "groups", MetricKind.COUNT, Better.LOWER,
                "Militant groups that finished crossing the first border on their route."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED, "Groups detected", "groups", MetricKind.COUNT, Better.HIGHER,
                "Militant groups seen at least once."));
        entries.add(new MetricInfo(MetricNames.GROUPS_INTERDICTED, "Groups interdicted", "groups", MetricKind.COUNT, Better.HIGHER,
                "Militant groups destroyed or captured."));
        entries.add(new MetricInfo(MetricNames.GROUPS_LEAKED, "Groups leaked", "groups", MetricKind.COUNT, Better.LOWER,
                "Militant groups that reached their objective or got through."));
        entries.add(new MetricInfo(MetricNames.GROUPS_TURNED_BACK, "Groups turned back", "groups", MetricKind.COUNT, Better.HIGHER,
                "Militant groups that gave up and went back."));
        entries.add(new MetricInfo(MetricNames.GROUPS_STILL_AT_LARGE, "Groups still at large", "groups", MetricKind.COUNT, Better.LOWER,
                "Militant groups still on the move when the run ended."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED_BY_SENSOR, "Groups first detected by a sensor", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups whose first detection came from an unattended border sensor."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED_BY_POST, "Groups first detected by a post", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups whose first detection came from a border post."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED_BY_PATROL, "Groups first detected by a patrol", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups whose first detection came from a border patrol."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED_BY_SCREENING, "Groups first detected by screening", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups hidden in the civilian flow that screening at a crossing found."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED_INLAND, "Groups first detected inland", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups whose first detection was an inland sighting (police, informants, residents)."));
        entries.add(new MetricInfo(MetricNames.GROUPS_DETECTED_UNDER_SCO_ALERT, "Groups first detected under an SCO warning", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups first detected at the border in a sector that an SCO warning had put on alert."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_TURNED_BACK, "Militants turned back", "militants", MetricKind.COUNT, Better.HIGHER,
                "Militants of the groups that gave up and turned back."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_BRIBED_THROUGH, "Militants bribed through", "militants", MetricKind.COUNT, Better.LOWER,
                "Militants of the groups that bribed their way past a detector."));
        entries.add(new MetricInfo(MetricNames.ENGAGEMENTS, "Engagements", "engagements", MetricKind.COUNT, Better.NEITHER,
                "Engagements between reaction units and militant groups."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_ARRIVED, "Civilians arrived", "people", MetricKind.COUNT, Better.NEITHER,
                "Civilians who reached a crossing."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_DIVERTED, "Civilians diverted", "people", MetricKind.COUNT, Better.LOWER,
                "Civilians sent on to another crossing because theirs was closed or full."));
        entries.add(new MetricInfo(MetricNames.SCREENING_ARRIVALS, "Screening arrivals", "people", MetricKind.COUNT, Better.NEITHER,
                "People (civilians and hidden militants) who joined a screening queue."));
        entries.add(new MetricInfo(MetricNames.SCREENING_WAITED_SHARE, "Share who waited for screening", "", MetricKind.SHARE, Better.LOWER,
                "Share of the people whose screening started after a wait (Erlang C's probability of waiting)."));
        entries.add(new MetricInfo(MetricNames.SCREENING_MEAN_SOJOURN_H, "Mean time in screening", "h", MetricKind.DURATION, Better.LOWER,
                "Mean time from joining a screening queue to the end of screening."));
        entries.add(new MetricInfo(MetricNames.SCREENING_MEAN_IN_SYSTEM, "Mean people in screening", "people", MetricKind.COUNT, Better.LOWER,
                "Time-average number of people in the screening systems, summed over the crossings."));
        entries.add(new MetricInfo(MetricNames.ALARMS, "Alarms", "alarms", MetricKind.COUNT, Better.NEITHER,
                "Sightings a post, sensor or patrol classified as a threat: militants recognised, civilians mistaken, crowds."));
        entries.add(new MetricInfo(MetricNames.FALSE_ALARMS, "False alarms", "alarms", MetricKind.COUNT, Better.LOWER,
                "Alarms about civilians only: herders, traders, smugglers or refugees mistaken for a threat."));
        entries.add(new MetricInfo(MetricNames.ALARMS_INVESTIGATED, "Alarms investigated", "alarms", MetricKind.COUNT, Better.NEITHER,
                "Alarms (false ones and crowds) to which a command sent a unit."));
        entries.add(new MetricInfo(MetricNames.ALARMS_DROPPED, "Alarms dropped", "alarms", MetricKind.COUNT, Better.LOWER,
                "Alarms (false ones and crowds) no unit could investigate: investigators busy and no room to wait, or waited too long."));
        entries.add(new MetricInfo(MetricNames.ALARM_DROPPED_SHARE, "Share of alarms dropped", "", MetricKind.SHARE, Better.LOWER,
                "Share of the alarms handed to investigators that were dropped (Erlang B's blocking probability)."));
        entries.add(new MetricInfo(MetricNames.ALARM_WAITED_SHARE, "Share of alarms that waited", "", MetricKind.SHARE, Better.LOWER,
                "Share of the investigated alarms that waited for an investigator (Erlang C's probability of waiting)."));
        entries.add(new MetricInfo(MetricNames.MEAN_ALARM_WAIT_H, "Mean alarm wait", "h", MetricKind.DURATION, Better.LOWER,
                "Mean time an investigated alarm waited for an investigator."));
        entries.add(new MetricInfo(MetricNames.UNIT_HOURS_ON_FALSE_ALARMS, "Unit hours on false alarms", "unit-hours", MetricKind.EFFORT, Better.LOWER,
                "Hours reaction units were tied up by false alarms: travel there and back and the investigation."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_DETAINED, "Civilians detained", "people", MetricKind.COUNT, Better.LOWER,
                "Civilians held while a unit investigated an alarm about them."));
        entries.add(new MetricInfo(MetricNames.GREEN_BORDER_CROSSED, "Civilians across the green border", "people", MetricKind.COUNT, Better.NEITHER,
                "Herders, traders, smugglers and refugees who crossed away from the official crossings."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_IN_CROWDS, "Militants in crowds", "militants", MetricKind.COUNT, Better.NEITHER,
                "Militants of the groups that travelled inside a civilian crowd: the threat, not a result."));
        entries.add(new MetricInfo(MetricNames.MILITANTS_MISSED_IN_CROWDS, "Militants missed in crowds", "militants", MetricKind.COUNT, Better.LOWER,
                "Militants of the groups in crowds that crossed the first border without being recognised."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_FORDED, "Civilians forded", "people", MetricKind.COUNT, Better.NEITHER,
                "Civilians who diverted from an official crossing and crossed at an informal ford."));
        entries.add(new MetricInfo(MetricNames.CIVILIANS_STRANDED, "Civilians stranded", "people", MetricKind.COUNT, Better.LOWER,
                "Civilians who diverted to a ford the river made impassable that month and could not cross."));
        // Time-series columns that are not per-run metrics.
        entries.add(new MetricInfo("militants_pre_crossing", "Militants before the border", "militants", MetricKind.COUNT, Better.NEITHER,
                "Militants of the groups on their way from the staging area, not yet across (a stock)."));
        entries.add(new MetricInfo("militants_interdicted_before_crossing", "Militants interdicted before crossing", "militants", MetricKind.COUNT, Better.HIGHER,
                "Militants of the groups stopped before they finished crossing."));
        entries.add(new MetricInfo("militants_in_country", "Militants in the country", "militants", MetricKind.COUNT, Better.LOWER,
                "Militants of the groups across the border and still moving (a stock)."));
        entries.add(new MetricInfo("groups_active", "Groups on the move", "groups", MetricKind.COUNT, Better.NEITHER,
                "Militant groups neither interdicted, leaked nor turned back (a stock)."));
        entries.add(new MetricInfo("engagements_active", "Engagements under way", "engagements", MetricKind.COUNT, Better.NEITHER,
                "Engagements going on at the time (a stock)."));
        entries.add(new MetricInfo("units_deployed", "Reaction units out", "units", MetricKind.COUNT, Better.NEITHER,
                "Reaction units away from their bases on a mission (a stock)."));
        entries.add(new MetricInfo("civilians_walking", "Civilians on the way", "people", MetricKind.COUNT, Better.NEITHER,
                "Civilians walking to the crossings (a stock)."));
        entries.add(new MetricInfo("civilians_waiting", "People in screening queues", "people", MetricKind.COUNT, Better.LOWER,
                "People waiting at the screening points (a stock)."));
        Map<String, MetricInfo> byName = new LinkedHashMap<>();
        for (MetricInfo info : entries) {
            if (byName.put(info.name(), info) != null) {
                throw new IllegalStateException("metric " + info.name() + " is catalogued twice");
            }
        }
        ENTRIES = Collections.unmodifiableMap(byName);
    }

    private MetricCatalogue() {
    }

    /** The entry of {@code name}, if it has one. */
    public static Optional<MetricInfo> find(String name) {
        return Optional.ofNullable(ENTRIES.get(name));
    }

    /**
     * The entry of {@code name}.
     *
     * @throws IllegalArgumentException if the catalogue has none
     */
    public static MetricInfo get(String name) {
        MetricInfo info = ENTRIES.get(name);
        if (info == null) {
            throw new IllegalArgumentException("no metric " + name + " in the catalogue");
        }
        return info;
    }

    /** Every entry, metrics in report order first, then the other time-series columns. */
    public static List<MetricInfo> all() {
        return List.copyOf(ENTRIES.values());
    }
}
