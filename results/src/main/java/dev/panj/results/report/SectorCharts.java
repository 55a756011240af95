package dev.panj.results.report;

import dev.panj.results.MetricFormat;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.MapScale;
import dev.panj.results.chart.Panels;
import dev.panj.results.chart.SectorMap;
import dev.panj.results.chart.SectorProfile;
import dev.panj.results.chart.SectorValue;
import dev.panj.results.chart.Ticks;
import dev.panj.results.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps and profiles of the sectors of one or two batches, from their sectors.csv: attempts per replication, detection
 * and interdiction rates pooled over the replications, and the difference of a rate between two scenarios.
 */
public final class SectorCharts {
    /**
     * A sector's rate is trusted from this many attempts (pooled over the replications) on: below, its 95% interval is
     * wider than about ±30 points, and the map fades it.
     */
    public static final int MIN_ATTEMPTS = 10;

    /** A pooled sector rate. */
    public enum Rate {
        DETECTION("detection rate", "detections / attempts"),
        INTERDICTION("interdiction rate", "interdicted groups / attempts");

        private final String words;
        private final String ratio;

        Rate(String words, String ratio) {
            this.words = words;
            this.ratio = ratio;
        }

        public String words() {
            return words;
        }

        public String file() {
            return words.replace(' ', '-');
        }

        public String title() {
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        double of(SectorRow row) {
            return this == DETECTION ? row.detectionRate() : row.interdictionRate();
        }

        ConfidenceInterval interval(SectorRow row) {
            return this == DETECTION ? row.detectionInterval() : row.interdictionInterval();
        }
    }

    private SectorCharts() {
    }

    /** Attempts per replication by sector, in classes at the quantiles (a few busy sectors would take a linear scale). */
    public static Chart attemptsMap(String name, MapGeometry geometry, List<SectorRow> rows, String across) {
        List<SectorValue> values = new ArrayList<>();
        for (SectorRow r : rows) {
            values.add(new SectorValue(r.border(), r.shortId(), r.fromKm(), r.toKm(), r.meanAttempts(), -1));
        }
        MapScale scale = MapScale.quantileClasses(values.stream().mapToDouble(SectorValue::value).toArray(),
                "groups per replication");
        String alt = "Crossing attempts by sector. " + busiest(rows);
        return SectorMap.create(name, "Groups that tried to cross per replication, by border sector (mean " + across
                        + "). Colours are classes whose limits are the quantiles of the sectors' values, so that a few "
                        + "busy sectors do not take the whole scale; the legend gives each class's range.", alt,
                "Crossing attempts by sector", "groups per replication, mean " + across, geometry, values, scale, 0);
    }

    /** What a density map counts in a sector. */
    public enum Density {
        INTERDICTIONS("Interdictions", "interdicted groups", "where groups were interdicted"),
        NOT_INTERDICTED("Groups not interdicted", "groups that tried to cross there and were not interdicted (they got "
                + "through or turned back)", "where groups got away");

        private final String title;
        private final String counted;
        private final String where;

        Density(String title, String counted, String where) {
            this.title = title;
            this.counted = counted;
            this.where = where;
        }

        long of(SectorRow r) {
            return this == INTERDICTIONS ? r.interdictions() : Math.max(0, r.attempts() - r.interdictions());
        }

        public String title() {
            return title;
        }
    }

    /**
     * Where something happens along the border: its count per 10 km of the sector per replication, so that long and
     * short sectors compare, in quantile classes (a few busy sectors do not take the whole scale).
     */
    public static Chart densityMap(String name, MapGeometry geometry, List<SectorRow> rows, Density density,
                                   String across) {
        List<SectorValue> values = new ArrayList<>();
        SectorRow top = null;
        double topValue = -1;
        long total = 0;
        for (SectorRow r : rows) {
            double value = perTenKm(r, density);
            values.add(new SectorValue(r.border(), r.shortId(), r.fromKm(), r.toKm(), value, -1));
            total += density.of(r);
            if (Double.isFinite(value) && value > topValue) {
                topValue = value;
                top = r;
            }
        }
        MapScale scale = MapScale.quantileClasses(values.stream().mapToDouble(SectorValue::value).toArray(),
                "per 10 km per replication");
        String alt = density.title + " by sector, per 10 km of border per replication. " + (top == null || total == 0
                ? "None in any sector."
                : "Densest: " + top.id() + " with " + MetricFormat.number(topValue, 2) + " per 10 km per replication; "
                + rows.stream().filter(r -> density.of(r) == 0).count() + " of " + rows.size() + " sectors had none.");
        return SectorMap.create(name, density.title + " by border sector, " + density.where + ": " + density.counted
                        + " per 10 km of the sector per replication (mean " + across + "), on every border of the "
                        + "scenario. Colours are quantile classes; the legend gives each class's range. Labels are the "
                        + "sector ids of sectors.csv.", alt, density.title + " per 10 km of border",
                density.counted.replaceAll(" \\(.*\\)", "") + " per 10 km per replication, mean " + across, geometry,
                values, scale, 0);
    }

    /** A sector's count per 10 km per replication; NaN for a sector of no length or a batch without replications. */
    static double perTenKm(SectorRow r, Density density) {
        double km = r.toKm() - r.fromKm();
        return km <= 0 || r.replications() == 0 ? Double.NaN : density.of(r) * 10.0 / km / r.replications();
    }

    /** A pooled rate by sector, 0–100%, sectors with fewer than {@link #MIN_ATTEMPTS} attempts faded. */
    public static Chart rateMap(String name, MapGeometry geometry, List<SectorRow> rows, Rate rate, String title,
                                String subtitle, String scenario) {
        List<SectorValue> values = new ArrayList<>();
        for (SectorRow r : rows) {
            values.add(new SectorValue(r.border(), r.shortId(), r.fromKm(), r.toKm(), rate.of(r) * 100, r.attempts()));
        }
        MapScale scale = MapScale.continuous(0, 100, rate.title() + " (%)");
        String alt = rate.title() + " by sector" + (scenario.isEmpty() ? "" : " in " + scenario) + ". "
                + extremes(rows, rate);
        return SectorMap.create(name, rate.title() + " by sector: " + rate.ratio + ", pooled over all replications, "
                        + "on every border of the scenario. Sectors with fewer than " + MIN_ATTEMPTS + " attempts in all "
                        + "are faded and dashed: their rate rests on too few groups to trust. Labels are the sector ids "
                        + "of sectors.csv.", alt, title, subtitle, geometry, values, scale, MIN_ATTEMPTS);
    }

    /**
     * The difference of a pooled rate between a scenario and the baseline, in percentage points, on a diverging scale
     * where blue is better for the forces (a higher rate); sectors where either has fewer than {@link #MIN_ATTEMPTS}
     * attempts are faded.
     */
    public static Chart differenceMap(String name, MapGeometry geometry, List<SectorRow> baseline, List<SectorRow> rows,
                                      Rate rate, String scenario, String baselineName) {
        Map<String, SectorRow> base = new LinkedHashMap<>();
        baseline.forEach(r -> base.put(r.id(), r));
        List<SectorValue> values = new ArrayList<>();
        double largest = 0;
        List<String> shown = new ArrayList<>();
        SectorRow most = null;
        SectorRow least = null;
        double mostValue = Double.NEGATIVE_INFINITY;
        double leastValue = Double.POSITIVE_INFINITY;
        for (SectorRow r : rows) {
            SectorRow b = base.get(r.id());
            double difference = b == null ? Double.NaN : (rate.of(r) - rate.of(b)) * 100;
            long observations = b == null ? 0 : Math.min(r.attempts(), b.attempts());
            values.add(new SectorValue(r.border(), r.shortId(), r.fromKm(), r.toKm(), difference, observations));
            if (Double.isFinite(difference) && observations >= MIN_ATTEMPTS) {
                largest = Math.max(largest, Math.abs(difference));
                shown.add(r.id());
                if (difference > mostValue) {
                    mostValue = difference;
                    most = r;
                }
                if (difference < leastValue) {
                    leastValue = difference;
                    least = r;
                }
            }
        }
        double magnitude = Ticks.covering(0, Math.max(largest, 1), 3).upper();
        MapScale scale = MapScale.diverging(magnitude, true, "Difference in " + rate.words()
                + " (percentage points; blue: higher in " + scenario + ", better)");
        String alt = "Difference in " + rate.words() + " by sector, " + scenario + " minus " + baselineName + ". ";
        if (most == null) {
            alt += "No sector had " + MIN_ATTEMPTS + " attempts in both.";
        } else {
            alt += "Largest rise in " + most.id() + " (" + MetricFormat.number(mostValue, 1) + " points), largest fall in "
                    + least.id() + " (" + MetricFormat.number(leastValue, 1) + " points), over the " + shown.size()
                    + " sectors with at least " + MIN_ATTEMPTS + " attempts in both.";
        }
        return SectorMap.create(name, "Difference in the pooled " + rate.words() + " by sector, " + scenario + " − "
                        + baselineName + ", in percentage points, on every border. Blue: the rate is higher in " + scenario
                        + " (better for the forces); orange: lower. Sectors where either scenario had fewer than "
                        + MIN_ATTEMPTS + " attempts are faded. The differences are of pooled rates, without a test per "
                        + "sector: read them as where to look, not as findings.", alt,
                rate.title() + ": " + scenario + " − " + baselineName, "percentage points, pooled over the replications",
                geometry, values, scale, MIN_ATTEMPTS);
    }

    /** A pooled rate against chainage on each border, with Wilson intervals and the attempts behind each sector. */
    public static Chart profile(String name, List<SectorRow> rows, Rate rate, String across) {
        Map<String, List<SectorProfile.Point>> borders = new LinkedHashMap<>();
        for (SectorRow r : rows) {
            ConfidenceInterval ci = rate.interval(r);
            borders.computeIfAbsent(r.border().isEmpty() ? "Primary border" : r.border() + " border",
                    k -> new ArrayList<>()).add(new SectorProfile.Point(r.shortId(), r.fromKm(), r.toKm(),
                    rate.of(r) * 100, ci.low() * 100, ci.high() * 100, r.attempts()));
        }
        Panels panels = SectorProfile.create(rate.title() + " along the border", "pooled " + across
                        + "; bars: 95% Wilson interval, groups as independent trials", rate.title() + " (%)", 0, 100,
                borders, MIN_ATTEMPTS, 1000);
        return new Chart(name, rate.title() + " of each sector against its position along the border (chainage, km), "
                + "with its 95% Wilson interval treating the groups that tried to cross as independent trials (groups of "
                + "one replication are not quite independent, so the true interval is somewhat wider). The numbers along "
                + "the bottom are the attempts each rate rests on; sectors with fewer than " + MIN_ATTEMPTS
                + " are hollow and grey.", rate.title() + " along the border. " + extremes(rows, rate), panels,
                panels.width(), panels.height());
    }

    /** "Highest in S05 (62%, 40 attempts), lowest in S23 (3%, 120 attempts); 12 of 46 sectors had fewer than 10." */
    static String extremes(List<SectorRow> rows, Rate rate) {
        List<SectorRow> trusted = rows.stream().filter(r -> r.attempts() >= MIN_ATTEMPTS).toList();
        long few = rows.size() - trusted.size();
        String tail = few + " of " + rows.size() + " sectors had fewer than " + MIN_ATTEMPTS + " attempts.";
        Optional<SectorRow> high = trusted.stream().max(Comparator.comparingDouble(rate::of));
        Optional<SectorRow> low = trusted.stream().min(Comparator.comparingDouble(rate::of));
        if (high.isEmpty()) {
            return "No sector had " + MIN_ATTEMPTS + " attempts; " + tail;
        }
        return "Among sectors with at least " + MIN_ATTEMPTS + " attempts, highest in " + high.get().id() + " ("
                + MetricFormat.number(rate.of(high.get()) * 100, 0) + "%, " + high.get().attempts() + " attempts), lowest in "
                + low.get().id() + " (" + MetricFormat.number(rate.of(low.get()) * 100, 0) + "%, " + low.get().attempts()
                + " attempts); " + tail;
    }

    static String busiest(List<SectorRow> rows) {
        Optional<SectorRow> top = rows.stream().max(Comparator.comparingDouble(SectorRow::meanAttempts));
        long total = rows.stream().mapToLong(SectorRow::attempts).sum();
        if (top.isEmpty() || total == 0) {
            return "No group tried to cross.";
        }
        List<SectorRow> sorted = rows.stream().sorted(Comparator.comparingLong(SectorRow::attempts).reversed()).toList();
        long topThree = sorted.stream().limit(3).mapToLong(SectorRow::attempts).sum();
        long none = rows.stream().filter(r -> r.attempts() == 0).count();
        return "The busiest sector was " + top.get().id() + " with " + MetricFormat.number(top.get().meanAttempts(), 2)
                + " groups per replication; the three busiest took " + Math.round(100.0 * topThree / total)
                + "% of all attempts; " + none + " of " + rows.size() + " sectors saw none.";
    }
}
