package dev.panj.results.verify;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvText;
import dev.panj.results.io.JsonText;
import dev.panj.results.io.OutputDirectory;
import dev.panj.sim.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a suite's outcome into an output folder (prepared by {@link OutputDirectory#prepare}):
 * {@value #JSON} (cases, their problems and quantities), {@value #CSV} (one row per quantity) and, last, the
 * manifest that marks a complete output. The first two depend only on the report, so the same seed gives
 * byte-identical files whatever the number of threads.
 */
public final class VerificationWriter {
    public static final String JSON = "verify.json";
    public static final String CSV = "verify.csv";
    public static final String MANIFEST = OutputDirectory.MARKER;

    static final List<String> CSV_COLUMNS = List.of("case", "origin", "law", "quantity", "analytic", "estimate",
            "ci_low", "ci_high", "tolerance_share", "tolerance", "accept_low", "accept_high", "replications", "passed",
            "case_passed", "problems");

    private VerificationWriter() {
    }

    /** Writes the files and returns their paths, the manifest last. */
    public static List<Path> write(Path dir, VerificationReport report, String command, Instant started,
                                   Instant finished) throws IOException {
        AtomicFiles.writeString(dir.resolve(JSON), json(report));
        AtomicFiles.writeString(dir.resolve(CSV), csv(report));
        AtomicFiles.writeString(dir.resolve(MANIFEST), manifest(report, command, started, finished));
        return List.of(dir.resolve(JSON), dir.resolve(CSV), dir.resolve(MANIFEST));
    }

    static String json(VerificationReport report) {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeNumberField("seed", report.settings().seed());
            json.writeFieldName("replications");
            if (report.settings().replications() > 0) {
                json.writeNumber(report.settings().replications());
            } else {
                json.writeNull();
            }
            json.writeFieldName("confidence");
            JsonText.writeNumber(json, report.settings().confidence());
            json.writeBooleanField("passed", report.passed());
            json.writeArrayFieldStart("cases");
            for (CaseResult c : report.cases()) {
                writeCase(json, c);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeCase(JsonGenerator json, CaseResult c) throws IOException {
        json.writeStartObject();
        json.writeStringField("case", c.name());
        json.writeStringField("origin", c.origin());
        json.writeStringField("law", law(c));
        json.writeNumberField("replications", c.replications());
        json.writeFieldName("hours");
        JsonText.writeNumber(json, c.hours());
        json.writeFieldName("tolerance_share");
        JsonText.writeNumber(json, c.tolerance());
        json.writeBooleanField("passed", c.passed());
        json.writeArrayFieldStart("problems");
        for (String problem : c.problems()) {
            json.writeString(problem);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quantities");
        for (QuantityResult q : c.quantities()) {
            json.writeStartObject();
            json.writeStringField("quantity", q.quantity());
            number(json, "analytic", q.analytic());
            number(json, "estimate", q.estimate());
            number(json, "ci_low", q.interval().low());
            number(json, "ci_high", q.interval().high());
            number(json, "tolerance", q.tolerance());
            number(json, "accept_low", q.acceptLow());
            number(json, "accept_high", q.acceptHigh());
            json.writeNumberField("replications", q.replications());
            json.writeBooleanField("passed", q.passed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static String csv(VerificationReport report) {
        CsvText csv = new CsvText().row(CSV_COLUMNS);
        for (CaseResult c : report.cases()) {
            String problems = String.join("; ", c.problems());
            for (QuantityResult q : c.quantities()) {
                csv.row(List.of(c.name(), c.origin(), law(c), q.quantity(), CanonicalNumber.format(q.analytic()),
                        CanonicalNumber.format(q.estimate()), CanonicalNumber.format(q.interval().low()),
                        CanonicalNumber.format(q.interval().high()), CanonicalNumber.format(c.tolerance()),
                        CanonicalNumber.format(q.tolerance()), CanonicalNumber.format(q.acceptLow()),
                        CanonicalNumber.format(q.acceptHigh()), Long.toString(q.replications()),
                        Boolean.toString(q.passed()), Boolean.toString(c.passed()), problems));
            }
            if (c.quantities().isEmpty()) {
                List<String> row = new ArrayList<>(List.of(c.name(), c.origin(), law(c)));
                while (row.size() < CSV_COLUMNS.size() - 3) {
                    row.add("");
                }
                row.addAll(List.of("false", "false", problems));
                csv.row(row);
            }
        }
        return csv.toString();
    }

    static String manifest(VerificationReport report, String command, Instant started, Instant finished) {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("version", Version.current());
            json.writeStringField("command", command);
            json.writeNumberField("seed", report.settings().seed());
            json.writeNumberField("threads", report.settings().threads());
            json.writeStringField("started", started.toString());
            json.writeStringField("finished", finished.toString());
            json.writeStringField("java_version", System.getProperty("java.version"));
            json.writeArrayFieldStart("files");
            json.writeString(JSON);
            json.writeString(CSV);
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        JsonText.writeNumber(json, value);
    }

    private static String law(CaseResult c) {
        return c.law().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
