package dev.panj.results.compare;

import dev.panj.results.io.BatchLayout;
import java.util.List;
import java.util.Locale;

/**
 * The files of a comparison folder: a batch folder per scenario, named after the scenario, and next to them the
 * comparison's tables, charts, report and manifest. Everything but the batches and the manifest is rebuilt from
 * the batch folders alone.
 */
public final class ComparisonLayout {
    public static final String COMPARISON_JSON = "comparison.json";
    public static final String COMPARISON_CSV = "comparison.csv";
    public static final String REPORT = BatchLayout.REPORT;
    public static final String CHARTS = BatchLayout.CHARTS;
    public static final String MANIFEST = BatchLayout.MANIFEST;

    private static final List<String> RESERVED = List.of(COMPARISON_JSON, COMPARISON_CSV, REPORT, CHARTS, MANIFEST);

    private ComparisonLayout() {
    }

    /**
     * The batch folder of a scenario: its name, with every character other than letters, digits, '.', '_' and '-'
     * replaced by '-', so that any name makes one plain folder; a name that would clash with the comparison's own
     * files gets a prefix.
     */
    public static String folder(String scenario) {
        String safe = scenario.replaceAll("[^A-Za-z0-9._-]", "-");
        if (safe.isEmpty() || safe.startsWith(".") || RESERVED.contains(safe.toLowerCase(Locale.ROOT))) {
            return "scenario-" + safe;
        }
        return safe;
    }
}
