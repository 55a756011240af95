package dev.panj.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.sim.metrics.MetricKind;
import dev.panj.sim.metrics.MetricNames;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricFormatTest {
    @Test
    void labels_comeFromTheCatalogueWithUnits() {
        assertEquals("Restricted mean response time (h)", MetricFormat.axisLabel(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H));
        assertEquals("Interdiction rate (%)", MetricFormat.axisLabel(MetricNames.INTERDICTION_RATE));
        assertEquals("Militants leaked (militants)", MetricFormat.axisLabel(MetricNames.MILITANTS_LEAKED));
        assertEquals("CSTO activation time", MetricFormat.words(MetricNames.CSTO_ACTIVATION_H));
        assertEquals("restricted mean response time", MetricFormat.words(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H));
    }

    @Test
    void values_byKind() {
        assertEquals("28.1%", MetricFormat.value(MetricNames.INTERDICTION_RATE, 0.2806));
        assertEquals("6.33 h", MetricFormat.value(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H, 6.333));
        assertEquals("259.33", MetricFormat.value(MetricNames.MILITANTS_ARRIVED, 259.333));
        assertEquals("12", MetricFormat.value(MetricNames.MILITANTS_ARRIVED, 12));
        assertEquals("—", MetricFormat.value(MetricNames.MILITANTS_ARRIVED, Double.NaN));
    }

    @Test
    void differences_sharesInPointsCountsAbsoluteOneMinusSign() {
        assertEquals("+5.8 points", MetricFormat.difference(MetricNames.INTERDICTION_RATE, 0.058));
        assertEquals("\u22120.54 h", MetricFormat.difference(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H, -0.54));
        assertEquals("\u22123", MetricFormat.difference(MetricNames.MILITANTS_LEAKED, -3));
        assertEquals("+0.15", MetricFormat.difference(MetricNames.CIVILIAN_CASUALTIES, 0.15));
        assertEquals("0", MetricFormat.signed(MetricNames.MILITANTS_LEAKED, -0.001));
        assertEquals("\u22129.48 to +14.09", MetricFormat.differenceInterval(MetricNames.MILITANTS_LEAKED, -9.48, 14.09));
    }

    @Test
    void intervals_missingEndIsOneDash() {
        assertEquals("—", MetricFormat.interval(MetricNames.MILITANTS_LEAKED, Double.NaN, Double.NaN));
        assertEquals("—", MetricFormat.differenceInterval(MetricNames.MILITANTS_LEAKED, 1, Double.NaN));
        assertEquals("26.9% to 29.3%", MetricFormat.interval(MetricNames.INTERDICTION_RATE, 0.269, 0.293));
        assertEquals("6.01 to 6.13 h", MetricFormat.interval(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H, 6.01, 6.13));
    }

    @Test
    void relative_onlyWhereItMeansSomething() {
        assertEquals(Optional.of("+30.9%"), MetricFormat.relative(MetricNames.MILITANTS_INTERDICTED, 11.78, 38.16));
        assertEquals(Optional.of("\u22128.5%"), MetricFormat.relative(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H, -0.54, 6.33));
        assertEquals(Optional.empty(), MetricFormat.relative(MetricNames.INTERDICTION_RATE, 0.058, 0.223),
                "a share changes by points");
        assertEquals(Optional.empty(), MetricFormat.relative(MetricNames.CIVILIAN_CASUALTIES, 0.15, 0.20),
                "a rare count's percentage swings wildly");
    }

    @Test
    void info_unknownName_derivedFromTheName() {
        assertEquals(MetricKind.SHARE, MetricFormat.info("escape_rate").kind());
        assertEquals("Time to escape (h)", MetricFormat.axisLabel("time_to_escape_h"));
        assertEquals("Smugglers caught", MetricFormat.label("smugglers_caught"));
    }

    @Test
    void number_neverNegativeZeroAndUsesTheMinusSign() {
        assertEquals("0.00", MetricFormat.number(-0.001, 2));
        assertEquals("\u22121.5", MetricFormat.number(-1.5, 1));
    }
}
