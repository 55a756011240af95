package dev.panj.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTableTest {
    @Test
    void format_mixedMetrics_alignsNamesLeftAndValuesRight() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("militants_arrived", 120.0);
        metrics.put("interdiction_rate", 0.35);
        metrics.put("mean_detection_delay_h", 1.23456);
        metrics.put("csto_activation_h", Double.NaN);
        metrics.put("force_hours", 10080.0);

        assertEquals("""
                metric                     value
                militants_arrived            120
                interdiction_rate          0.350
                mean_detection_delay_h      1.23
                csto_activation_h              —
                force_hours             10080.00
                """, MetricsTable.format(metrics));
    }

    @Test
    void value_rate_hasThreeDecimalsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.667", MetricsTable.value("interdiction_rate", 2.0 / 3));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void value_nan_isDash() {
        assertEquals("—", MetricsTable.value("csto_activation_h", Double.NaN));
    }

    @Test
    void value_wholeCount_hasNoDecimals() {
        assertEquals("17", MetricsTable.value("engagements", 17.0));
    }
}
