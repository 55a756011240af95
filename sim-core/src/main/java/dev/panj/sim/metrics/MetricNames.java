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
    public static final String INTERDICTION_RATE = "interdiction_rate";
    public static final String MEAN_DETECTION_DELAY_H = "mean_detection_delay_h";
    public static final String MEAN_RESPONSE_TIME_H = "mean_response_time_h";
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
    /** What the arrangement cost over the run, in the scenario's cost unit (its {@code costs:} section). */
    public static final String COST = "cost";
    // Beyond the required set: what an analyst asks next.
    public static final String GROUPS_ARRIVED = "groups_arrived";
    public static final String GROUPS_CROSSED = "groups_crossed";
    public static final String GROUPS_DETECTED = "groups_detected";
    public static final String GROUPS_INTERDICTED = "groups_interdicted";
    public static final String GROUPS_LEAKED = "groups_leaked";
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

    /** Every metric, in report order. */
    public static final List<String> ALL = List.of(
            MILITANTS_ARRIVED, MILITANTS_CROSSED, MILITANTS_DETECTED, MILITANTS_INTERDICTED, MILITANTS_LEAKED,
            INTERDICTION_RATE, MEAN_DETECTION_DELAY_H, MEAN_RESPONSE_TIME_H,
            CIVILIANS_CROSSED, CIVILIANS_SCREENED, CIVILIANS_WRONGLY_DETAINED, MAX_SCREENING_QUEUE,
            MEAN_SCREENING_WAIT_H, SECURITY_CASUALTIES, MILITANT_CASUALTIES, CIVILIAN_CASUALTIES,
            CSTO_ACTIVATION_H, FORCE_HOURS, COST,
            GROUPS_ARRIVED, GROUPS_CROSSED, GROUPS_DETECTED, GROUPS_INTERDICTED, GROUPS_LEAKED,
            MILITANTS_DETECTED_AT_BORDER, MILITANTS_TURNED_BACK, MILITANTS_BRIBED_THROUGH, ENGAGEMENTS, CIVILIANS_ARRIVED, CIVILIANS_DIVERTED,
            SCREENING_ARRIVALS, SCREENING_WAITED_SHARE, SCREENING_MEAN_SOJOURN_H, SCREENING_MEAN_IN_SYSTEM);

    private MetricNames() {
    }
}
