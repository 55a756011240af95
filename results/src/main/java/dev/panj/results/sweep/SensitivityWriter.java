package dev.panj.results.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvText;
import dev.panj.results.io.JsonText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sensitivity of every metric to every factor: {@code sensitivity.json} (per metric its spread, R²,
 * ranking and per factor every measure) and {@code sensitivity.csv} (one row per metric and factor, in ranking
 * order, the metric's R² repeated on each row). Sobol' columns are empty unless the design is a Sobol' design.
 */
final class SensitivityWriter {
    static final List<String> COLUMNS = List.of("metric", "rank", "factor", "src", "src_p", "prcc", "prcc_p", "s1",
            "s1_low", "s1_high", "st", "st_low", "st_high", "significant", "ranking", "r2", "points");

    private SensitivityWriter() {
    }

    static String json(SweepSpec spec, List<MetricSensitivity> metrics) {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("scenario", spec.scenario().name());
            json.writeStringField("design", spec.design().kind().label());
            json.writeNumberField("points", spec.points().size());
            json.writeNumberField("replications", spec.replications());
            json.writeStringField("computed_on", "design points' means over their replications");
            json.writeFieldName("alpha");
            JsonText.writeNumber(json, SensitivityAnalysis.ALPHA);
            json.writeObjectFieldStart("metrics");
            for (MetricSensitivity m : metrics) {
                json.writeObjectFieldStart(m.metric());
                json.writeNumberField("points", m.points());
                number(json, "mean", m.mean());
                number(json, "sd", m.sd());
                number(json, "r2", m.r2());
                json.writeStringField("ranking", m.ranking());
                json.writeStringField("note", m.note());
                json.writeArrayFieldStart("factors");
                for (FactorSensitivity f : m.ranked()) {
                    json.writeStartObject();
                    json.writeStringField("factor", f.factor());
                    number(json, "src", f.src());
                    number(json, "src_p", f.srcP());
                    number(json, "prcc", f.prcc());
                    number(json, "prcc_p", f.prccP());
                    index(json, "s1", f.first());
                    index(json, "st", f.total());
                    json.writeBooleanField("significant", f.significant());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static String csv(List<MetricSensitivity> metrics) {
        CsvText csv = new CsvText().row(COLUMNS);
        for (MetricSensitivity m : metrics) {
            List<FactorSensitivity> ranked = m.ranked();
            for (int r = 0; r < ranked.size(); r++) {
                FactorSensitivity f = ranked.get(r);
                List<String> row = new ArrayList<>(List.of(m.metric(), Integer.toString(r + 1), f.factor(),
                        n(f.src()), n(f.srcP()), n(f.prcc()), n(f.prccP()), n(f.first().value()), n(f.first().low()),
                        n(f.first().high()), n(f.total().value()), n(f.total().low()), n(f.total().high()),
                        Boolean.toString(f.significant()), m.ranking(), n(m.r2()), Integer.toString(m.points())));
                csv.row(row);
            }
        }
        return csv.toString();
    }

    private static void index(JsonGenerator json, String field, SobolIndex index) throws IOException {
        if (Double.isNaN(index.value())) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        number(json, "value", index.value());
        number(json, "ci_low", index.low());
        number(json, "ci_high", index.high());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        JsonText.writeNumber(json, value);
    }

    private static String n(double value) {
        return CanonicalNumber.format(value);
    }
}
