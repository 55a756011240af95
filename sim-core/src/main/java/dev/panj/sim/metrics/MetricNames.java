package dev.panj.sim.metrics;

import java.util.List;

/** The per-run metrics of MODEL.md section 6, in the order they are reported. Counts are persons. */
public final class MetricNames {
    public static final String MILITANTS_ARRIVED = "militants_arrived";
    public static final String MILITANTS_CROSSED = "militants_crossed";
    public static final String MILITANTS_DETECTED = "militants_detected";
    /** Militants of groups detected by a border post, sensor, patrol or screening (inland sightings excluded). */
    public static final String MILITANTS_DETECTED_AT_BORDER = "militants_detected_at_border";
    public static final String MILITANTS_INTERDICTED = "militants_interdicted";
    public static final String MILITANTS_LEAKED = "militants_leaked";
    /** Interdicted militants over the decided ones (interdicted or leaked): groups still at large are left out. */
    public static final String INTERDICTION_RATE = "interdiction_rate";
    // Fixed populations (issue 20): every arrived group, or every reported group, whatever the response did.
    public static final String SHARE_DETECTED = "share_detected";
    public static final String SHARE_DETECTED_BEFORE_CROSSING = "share_detected_before_crossing";
    public static final String MEDIAN_TIME_TO_DETECTION_H = "median_time_to_detection_h";
    public static final String RESTRICTED_MEAN_TIME_TO_DETECTION_H = "restricted_mean_time_to_detection_h";
    public static final String MEDIAN_RESPONSE_TIME_H = "median_response_time_h";
    public static final String RESTRICTED_MEAN_RESPONSE_TIME_H = "restricted_mean_response_time_h";
    public static final String SHARE_INTERDICTED = "share_interdicted";
    public static final String SHARE_LEAKED = "share_leaked";
    public static final String SHARE_TURNED_BACK = "share_turned_back";
    public static final String SHARE_STILL_AT_LARGE = "share_still_at_large";
    public static final String CIVILIANS_CROSSED = "civilians_crossed";
    public static final String CIVILIANS_SCREENED = "civilians_screened";
    public static final String CIVILIANS_WRONGLY_DETAINED = "civilians_wrongly_detained";
    public static final String MAX_SCREENING_QUEUE = "max_screening_queue";
    public static final String MEAN_SCREENING_WAIT_H = "mean_screening_wait_h";
    public static final String SECURITY_CASUALTIES = "security_casualties";
    public static final String MILITANT_CASUALTIES = "militant_casualties";
    public static final String CIVILIAN_CASUALTIES = "civilian_casualties";
    public static final String CSTO_ACTIVATION_H = "csto_activation_h";
    public static final String FORCE_HOURS = "force_hours";
    /** Attacks carried out by groups that reached their objectives (the consequence model, notional by default). */
    public static final String ATTACKS = "attacks";
    public static final String ATTACK_CASUALTIES = "attack_casualties";
    /** What the arrangement cost over the run, in the scenario's cost unit (its {@code costs:} section). */
    public static final String COST = "cost";
    // Beyond the required set: what an analyst asks next.
    public static final String GROUPS_ARRIVED = "groups_arrived";
    public static final String GROUPS_CROSSED = "groups_crossed";
    public static final String GROUPS_DETECTED = "groups_detected";
    public static final String GROUPS_INTERDICTED = "groups_interdicted";
    public static final String GROUPS_LEAKED = "groups_leaked";
    public static final String GROUPS_TURNED_BACK = "groups_turned_back";
    public static final String GROUPS_STILL_AT_LARGE = "groups_still_at_large";
    /** Groups first detected by each source (they sum to groups_detected). */
    public static final String GROUPS_DETECTED_BY_SENSOR = "groups_detected_by_sensor";
    public static final String GROUPS_DETECTED_BY_POST = "groups_detected_by_post";
    public static final String GROUPS_DETECTED_BY_PATROL = "groups_detected_by_patrol";
    public static final String GROUPS_DETECTED_BY_SCREENING = "groups_detected_by_screening";
    public static final String GROUPS_DETECTED_INLAND = "groups_detected_inland";
    /** Of those, groups first detected at the border in a sector under an SCO warning. */
    public static final String GROUPS_DETECTED_UNDER_SCO_ALERT = "groups_detected_under_sco_alert";
    public static final String MILITANTS_TURNED_BACK = "militants_turned_back";
    public static final String MILITANTS_BRIBED_THROUGH = "militants_bribed_through";
    public static final String ENGAGEMENTS = "engagements";
    public static final String CIVILIANS_ARRIVED = "civilians_arrived";
    public static final String CIVILIANS_DIVERTED = "civilians_diverted";
    /** People (civilians and hidden militants) who reached a screening queue. */
    public static final String SCREENING_ARRIVALS = "screening_arrivals";
    /** Share of people whose screening started after a wait (Erlang C's probability of waiting). */
    public static final String SCREENING_WAITED_SHARE = "screening_waited_share";
    /** Mean time from joining a queue to the end of screening (W). */
    public static final String SCREENING_MEAN_SOJOURN_H = "screening_mean_sojourn_h";
    /** Time-average number of people in the screening systems, summed over crossings (L). */
    public static final String SCREENING_MEAN_IN_SYSTEM = "screening_mean_in_system";
    // Issue 17: a busy border.
    /** Alarms raised: sightings a detector classified as a threat (militants recognised, civilians mistaken, crowds). */
    public static final String ALARMS = "alarms";
    /** Alarms about civilians only. */
    public static final String FALSE_ALARMS = "false_alarms";
    /** Alarms (false ones and crowds) a command sent a unit to investigate. */
    public static final String ALARMS_INVESTIGATED = "alarms_investigated";
    /** Alarms (false ones and crowds) no unit could investigate. */
    public static final String ALARMS_DROPPED = "alarms_dropped";
    /** Share of the alarms handed to investigators that were dropped (Erlang B's blocking probability). */
    public static final String ALARM_DROPPED_SHARE = "alarm_dropped_share";
    /** Share of the investigated alarms that waited for an investigator (Erlang C's probability of waiting). */
    public static final String ALARM_WAITED_SHARE = "alarm_waited_share";
    /** Mean wait of the investigated alarms for an investigator. */
    public static final String MEAN_ALARM_WAIT_H = "mean_alarm_wait_h";
    /** Hours units were tied up by investigations of false alarms (travel and investigation). */
    public static final String UNIT_HOURS_ON_FALSE_ALARMS = "unit_hours_on_false_alarms";
    /** Civilians held while a unit investigated an alarm about them. */
    public static final String CIVILIANS_DETAINED = "civilians_detained";
    /** Civilians who crossed the green border away from the official crossings. */
    public static final String GREEN_BORDER_CROSSED = "green_border_crossed";
    /** Militants of the groups that travelled inside civilian crowds. */
    public static final String MILITANTS_IN_CROWDS = "militants_in_crowds";
    /** Militants of the groups in crowds that crossed the first border without being recognised. */
    public static final String MILITANTS_MISSED_IN_CROWDS = "militants_missed_in_crowds";
    // Issue 20: civilians who divert to informal fords.
    /** Civilians who diverted from an official crossing and crossed at an informal ford. */
    public static final String CIVILIANS_FORDED = "civilians_forded";
    /** Civilians who diverted to a ford the river made impassable that month and stayed on their side. */
    public static final String CIVILIANS_STRANDED = "civilians_stranded";

    /** Every metric, in report order. */
    public static final List<String> ALL = List.of(
            MILITANTS_ARRIVED, MILITANTS_CROSSED, MILITANTS_DETECTED, MILITANTS_INTERDICTED, MILITANTS_LEAKED,
            INTERDICTION_RATE, SHARE_DETECTED, SHARE_DETECTED_BEFORE_CROSSING, MEDIAN_TIME_TO_DETECTION_H,
            RESTRICTED_MEAN_TIME_TO_DETECTION_H, MEDIAN_RESPONSE_TIME_H, RESTRICTED_MEAN_RESPONSE_TIME_H,
            SHARE_INTERDICTED, SHARE_LEAKED, SHARE_TURNED_BACK, SHARE_STILL_AT_LARGE,
            CIVILIANS_CROSSED, CIVILIANS_SCREENED, CIVILIANS_WRONGLY_DETAINED, MAX_SCREENING_QUEUE,
            MEAN_SCREENING_WAIT_H, SECURITY_CASUALTIES, MILITANT_CASUALTIES, CIVILIAN_CASUALTIES,
            CSTO_ACTIVATION_H, FORCE_HOURS, ATTACKS, ATTACK_CASUALTIES, COST,
            GROUPS_ARRIVED, GROUPS_CROSSED, GROUPS_DETECTED, GROUPS_INTERDICTED, GROUPS_LEAKED, GROUPS_TURNED_BACK,
            GROUPS_STILL_AT_LARGE, GROUPS_DETECTED_BY_SENSOR, GROUPS_DETECTED_BY_POST, GROUPS_DETECTED_BY_PATROL,
            GROUPS_DETECTED_BY_SCREENING, GROUPS_DETECTED_INLAND, GROUPS_DETECTED_UNDER_SCO_ALERT,
            MILITANTS_DETECTED_AT_BORDER, MILITANTS_TURNED_BACK, MILITANTS_BRIBED_THROUGH, ENGAGEMENTS, CIVILIANS_ARRIVED, CIVILIANS_DIVERTED,
            SCREENING_ARRIVALS, SCREENING_WAITED_SHARE, SCREENING_MEAN_SOJOURN_H, SCREENING_MEAN_IN_SYSTEM,
            ALARMS, FALSE_ALARMS, ALARMS_INVESTIGATED, ALARMS_DROPPED, ALARM_DROPPED_SHARE, ALARM_WAITED_SHARE,
            MEAN_ALARM_WAIT_H, UNIT_HOURS_ON_FALSE_ALARMS, CIVILIANS_DETAINED, GREEN_BORDER_CROSSED,
            MILITANTS_IN_CROWDS, MILITANTS_MISSED_IN_CROWDS, CIVILIANS_FORDED, CIVILIANS_STRANDED);

    /** The horizon of the restricted means, in hours: a time beyond it counts as this long. */
    public static final double RESTRICTED_MEAN_HORIZON_H = 72;

    private MetricNames() {
    }
}
