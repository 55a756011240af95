package dev.panj.results.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvText;
import dev.panj.results.io.JsonText;
import dev.panj.results.stats.MetricSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison's tables: {@code comparison.json} (per metric, each scenario's statistics and each non-baseline
 * scenario's paired difference) and {@code comparison.csv} (the same, one row per metric and scenario). A
 * statistic without a value is {@code null} in JSON and an empty field in CSV.
 */
final class ComparisonWriter {
    static final List<String> CSV_COLUMNS = List.of("metric", "scenario", "role", "n", "mean", "ci_low", "ci_high",
            "ci_method", "pairs", "difference", "difference_ci_low", "difference_ci_high", "difference_sd",
            "t_test_p", "wilcoxon_p", "wilcoxon_method", "effect_size_dz", "holm_p", "significant",
            "variance_reduction");

    private ComparisonWriter() {
    }

    static String json(ComparisonFolder folder, ComparisonResult result) {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("baseline", result.baseline());
            json.writeNumberField("seed", folder.manifest().seed());
            json.writeArrayFieldStart("scenarios");
            for (ScenarioFolder s : folder.scenarios()) {
                json.writeStartObject();
                json.writeStringField("name", s.name());
                json.writeStringField("folder", s.folder());
                json.writeNumberField("replications", s.runs().completed());
                json.writeNumberField("failed", s.failed());
                json.writeFieldName("hours");
                JsonText.writeNumber(json, s.hours());
                if (!s.name().equals(result.baseline())) {
                    json.writeNumberField("pairs", result.comparison(s.name()).commonReplications());
                    json.writeArrayFieldStart("changes_from_baseline");
                    for (String line : folder.differences(s.name())) {
                        json.writeString(line);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            method(json, result);
            json.writeObjectFieldStart("metrics");
            for (int m = 0; m < result.metrics().size(); m++) {
                String metric = result.metrics().get(m);
                json.writeObjectFieldStart(metric);
                json.writeObjectFieldStart("scenarios");
                for (ScenarioSummary s : result.scenarios()) {
                    MetricSummary summary = s.metrics().get(m);
                    json.writeObjectFieldStart(s.scenario());
                    number(json, "mean", summary.mean());
                    number(json, "ci_low", summary.ciLow());
                    number(json, "ci_high", summary.ciHigh());
                    json.writeStringField("ci_method", summary.ciMethod().label());
                    json.writeNumberField("n", summary.n());
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeObjectFieldStart("differences");
                for (ScenarioComparison c : result.comparisons()) {
                    json.writeFieldName(c.scenario());
                    difference(json, c.differences().get(m));
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static void method(JsonGenerator json, ComparisonResult result) throws IOException {
        json.writeObjectFieldStart("method");
        json.writeStringField("pairing", "replication i of a scenario with replication i of the baseline, both run "
                + "with the same seed (common random numbers); only replications both completed, and in each metric "
                + "only pairs where both have a value");
        json.writeStringField("difference", "scenario minus baseline");
        json.writeStringField("difference_ci", "95% Student t interval of the mean difference");
        json.writeStringField("t_test", "paired Student t-test, two-sided (Commons Math)");
        json.writeStringField("wilcoxon", "Wilcoxon signed-rank test, two-sided, on the non-zero differences "
                + "(Commons Math); exact with at most " + PairedTest.WILCOXON_EXACT_MAX + " non-zero differences and "
                + "no ties, otherwise the normal approximation with continuity correction and without tie correction");
        json.writeStringField("effect_size", "Cohen's d_z: mean difference / standard deviation of the differences");
        json.writeStringField("multiple_comparisons", "Holm's step-down correction of the t-test p-values across "
                + "the metrics with a p-value, within each scenario-versus-baseline comparison, leaving out metrics "
                + "identical in every pair (their adjusted p is 1); significant: adjusted p below "
                + PairedDifference.ALPHA);
        json.writeStringField("variance_reduction", "(Var(X) + Var(Y)) / Var(X - Y) over the pairs: the variance of "
                + "the difference without pairing over that with pairing; above 1, pairing helped");
        json.writeObjectFieldStart("holm_family_size");
        for (ScenarioComparison c : result.comparisons()) {
            json.writeNumberField(c.scenario(), c.holmFamily());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void difference(JsonGenerator json, PairedDifference d) throws IOException {
        json.writeStartObject();
        json.writeNumberField("pairs", d.pairs());
        number(json, "mean", d.mean());
        number(json, "ci_low", d.ciLow());
        number(json, "ci_high", d.ciHigh());
        number(json, "sd", d.sd());
        number(json, "t_test_p", d.tTestP());
        number(json, "wilcoxon_p", d.wilcoxonP());
        json.writeStringField("wilcoxon_method", d.wilcoxonMethod().label());
        number(json, "effect_size_dz", d.effectSize());
        number(json, "holm_p", d.holmP());
        json.writeBooleanField("significant", d.significant());
        number(json, "variance_reduction", d.varianceReduction());
        json.writeEndObject();
    }

    static String csv(ComparisonResult result) {
        CsvText csv = new CsvText().row(CSV_COLUMNS);
        for (int m = 0; m < result.metrics().size(); m++) {
            String metric = result.metrics().get(m);
            for (ScenarioSummary s : result.scenarios()) {
                MetricSummary summary = s.metrics().get(m);
                List<String> row = new ArrayList<>(List.of(metric, s.scenario(),
                        s.scenario().equals(result.baseline()) ? "baseline" : "compared", Long.toString(summary.n()),
                        number(summary.mean()), number(summary.ciLow()), number(summary.ciHigh()),
                        summary.ciMethod().label()));
                if (s.scenario().equals(result.baseline())) {
                    while (row.size() < CSV_COLUMNS.size()) {
                        row.add("");
                    }
                } else {
                    PairedDifference d = result.comparison(s.scenario()).differences().get(m);
                    row.addAll(List.of(Integer.toString(d.pairs()), number(d.mean()), number(d.ciLow()),
                            number(d.ciHigh()), number(d.sd()), number(d.tTestP()), number(d.wilcoxonP()),
                            d.wilcoxonMethod().label(), number(d.effectSize()), number(d.holmP()),
                            Boolean.toString(d.significant()), number(d.varianceReduction())));
                }
                csv.row(row);
            }
        }
        return csv.toString();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        JsonText.writeNumber(json, value);
    }

    private static String number(double value) {
        return CanonicalNumber.format(value);
    }
}
