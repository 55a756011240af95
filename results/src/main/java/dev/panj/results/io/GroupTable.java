package dev.panj.results.io;

import dev.panj.sim.metrics.GroupOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #FILE}: one row per militant group of every replication, what became of it and when. The censored
 * times behind the survival metrics: {@code time_to_detection_h} runs from reaching the bank ({@code bank_h}) to the
 * first detection (0 if seen before); {@code detection_censored} true means the group was never detected and the
 * time runs to when it left the model or the run ended; likewise {@code response_censored}
 * for reported groups never reached. Empty fields: times that never came.
 */
public final class GroupTable {
    public static final String FILE = "groups.csv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("replication", "seed", "group", "size", "organisation", "intent",
            "arrival_h", "bank_h", "first_detection_h", "time_to_detection_h", "detection_censored", "source",
            "under_sco_alert", "crossed_h", "first_contact_h", "response_time_h", "response_censored", "outcome",
            "end_h", "attack_casualties");

    private GroupTable() {
    }

    /** The row of {@code g}, of replication {@code index} with seed {@code seed}. */
    public static List<String> row(int index, long seed, GroupOutcome g) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Integer.toString(index));
        row.add(Long.toString(seed));
        row.add(g.id());
        row.add(Integer.toString(g.size()));
        row.add(g.organisation());
        row.add(g.intent());
        row.add(number(g.arrival()));
        row.add(number(g.bank()));
        row.add(number(g.firstDetection()));
        row.add(number(g.timeToDetection()));
        row.add(Boolean.toString(!g.detected()));
        row.add(g.source() == null ? "" : g.source().label());
        row.add(Boolean.toString(g.underScoAlert()));
        row.add(number(g.crossed()));
        row.add(number(g.firstContact()));
        row.add(number(g.responseTime()));
        row.add(g.detected() ? Boolean.toString(!g.contacted()) : "");
        row.add(g.outcome().label());
        row.add(number(g.end()));
        row.add(number(g.attackCasualties()));
        return row;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : CanonicalNumber.format(v);
    }
}
