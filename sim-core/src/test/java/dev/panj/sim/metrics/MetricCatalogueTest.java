package dev.panj.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {
    @Test
    void catalogue_hasAnEntryForEveryMetric() {
        List<String> missing = MetricNames.ALL.stream().filter(n -> MetricCatalogue.find(n).isEmpty()).toList();

        assertEquals(List.of(), missing, "metrics without a catalogue entry: add one to MetricCatalogue");
    }

    @Test
    void catalogue_hasAnEntryForEveryTimeSeriesColumn() {
        List<String> missing = MetricsCollector.SERIES.stream().filter(n -> MetricCatalogue.find(n).isEmpty()).toList();

        assertEquals(List.of(), missing, "time-series columns without a catalogue entry");
    }

    @Test
    void catalogue_holdsNothingTheModelDoesNotReport() {
        List<String> stale = MetricCatalogue.all().stream().map(MetricInfo::name)
                .filter(n -> !MetricNames.ALL.contains(n) && !MetricsCollector.SERIES.contains(n)).toList();

        assertEquals(List.of(), stale, "catalogue entries for names the model no longer reports");
    }

    @Test
    void names_followTheirKind() {
        for (MetricInfo info : MetricCatalogue.all()) {
            String name = info.name();
            if (name.endsWith("_rate") || name.endsWith("_share")) {
                assertEquals(MetricKind.SHARE, info.kind(), name);
                assertEquals("", info.unit(), name + ": shares are shown as percentages, without a unit");
            }
            if (name.endsWith("_h")) {
                assertEquals(MetricKind.DURATION, info.kind(), name);
                assertEquals("h", info.unit(), name);
            }
            assertTrue(Character.isUpperCase(info.label().charAt(0)), name + ": label in sentence case");
            assertTrue(!info.label().toLowerCase(Locale.ROOT).contains("_"), name + ": label is words, not the identifier");
            assertTrue(info.description().endsWith("."), name + ": description is a sentence");
        }
    }

    @Test
    void directions_matchWhatTheForcesWant() {
        assertEquals(Better.HIGHER, MetricCatalogue.get(MetricNames.INTERDICTION_RATE).better());
        assertEquals(Better.LOWER, MetricCatalogue.get(MetricNames.MILITANTS_LEAKED).better());
        assertEquals(Better.LOWER, MetricCatalogue.get(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H).better());
        assertEquals(Better.NEITHER, MetricCatalogue.get(MetricNames.MILITANTS_ARRIVED).better());
    }

    @Test
    void judge_signOfImprovement() {
        assertEquals(1, Better.HIGHER.judge(0.2));
        assertEquals(-1, Better.HIGHER.judge(-3));
        assertEquals(1, Better.LOWER.judge(-3));
        assertEquals(-1, Better.LOWER.judge(1e-9));
        assertEquals(0, Better.LOWER.judge(0));
        assertEquals(0, Better.HIGHER.judge(Double.NaN));
        assertEquals(0, Better.NEITHER.judge(5));
    }

    @Test
    void kinds_boundsAndScales() {
        assertEquals(0, MetricKind.COUNT.lowest());
        assertEquals(1, MetricKind.SHARE.highest());
        assertTrue(MetricKind.COUNT.ratioScale());
        assertTrue(!MetricKind.SHARE.ratioScale(), "a share's change is in points, never relative");
    }

    @Test
    void get_unknownName_saysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricCatalogue.get("militants_teleported"));

        assertTrue(e.getMessage().contains("militants_teleported"), e.getMessage());
    }
}
