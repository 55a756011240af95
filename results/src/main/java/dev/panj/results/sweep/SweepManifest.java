package dev.panj.results.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.JsonText;
import dev.panj.results.io.OutputDirectoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of a sweep folder: what was run (version, base scenario and its hash, the resolved scenario
 * itself, the factors, the design and its hash, seed and seed rule, hours, replications, the metrics and pairs to
 * chart) and how (each session's command line, threads, start and end; the Java version), how far it got, and
 * the files. Written when a sweep starts, marking the folder as one {@code --resume} can continue, and rewritten
 * when it stops. {@code panj report} reads the factors, metrics and pairs from it.
 */
public record SweepManifest(String status, String version, String scenario, String scenarioOrigin,
                            String scenarioSha256, String resolvedYaml, long seed, double hours, int replications,
                            DesignSummary design, List<Factor> factors, List<String> metrics, List<FactorPair> pairs,
                            int runs, int failed, List<Session> sessions, List<String> files) {
    public static final String KIND = "sweep";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";
    /** 2: with this field; 1 (no field): before it. */
    public static final int SCHEMA_VERSION = 2;
    /** How each run's seed follows from the sweep's, as the manifest states it. */
    public static final String SEED_RULE = "replication r of every design point runs with the seed of replication r "
            + "of a batch (common random numbers): " + ReplicationSeeds.RULE;

    public SweepManifest {
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
        pairs = List.copyOf(pairs);
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
    }

    static SweepManifest starting(SweepSpec spec, String version, DesignSummary design, List<Session> sessions) {
        return new SweepManifest(RUNNING, version, spec.scenario().name(), spec.scenario().origin(),
                spec.scenario().sha256(), spec.scenario().resolvedYaml(), spec.seed(), spec.hours(),
                spec.replications(), design, spec.design().factors(), spec.metrics(), spec.pairs(), 0, 0, sessions,
                List.of());
    }

    SweepManifest with(String newStatus, int newRuns, int newFailed, List<Session> newSessions, List<String> newFiles) {
        return new SweepManifest(newStatus, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, replications, design, factors, metrics, pairs, newRuns, newFailed, newSessions, newFiles);
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(SweepLayout.MANIFEST), json());
    }

    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("kind", KIND);
            json.writeNumberField("schema_version", SCHEMA_VERSION);
            json.writeStringField("status", status);
            json.writeStringField("version", version);
            json.writeStringField("java_version", System.getProperty("java.version"));
            json.writeStringField("scenario", scenario);
            json.writeStringField("scenario_origin", scenarioOrigin);
            json.writeStringField("scenario_sha256", scenarioSha256);
            json.writeNumberField("seed", seed);
            json.writeStringField("seed_rule", SEED_RULE);
            number(json, "hours", hours);
            json.writeNumberField("replications", replications);
            writeDesign(json);
            json.writeArrayFieldStart("factors");
            for (Factor factor : factors) {
                writeFactor(json, factor);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("charted_metrics");
            for (String metric : metrics) {
                json.writeString(metric);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("pairs");
            for (FactorPair pair : pairs) {
                json.writeStartArray();
                json.writeString(pair.first());
                json.writeString(pair.second());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeNumberField("runs", runs);
            json.writeNumberField("failed", failed);
            Session first = sessions.get(0);
            Session last = sessions.get(sessions.size() - 1);
            json.writeStringField("command", last.command());
            json.writeNumberField("threads", last.threads());
            json.writeStringField("started", first.started().toString());
            if (last.finished() != null) {
                json.writeStringField("finished", last.finished().toString());
            }
            json.writeArrayFieldStart("sessions");
            for (Session session : sessions) {
                json.writeStartObject();
                json.writeStringField("command", session.command());
                json.writeNumberField("threads", session.threads());
                json.writeStringField("started", session.started().toString());
                if (session.finished() != null) {
                    json.writeStringField("finished", session.finished().toString());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("files");
            for (String file : files) {
                json.writeString(file);
            }
            json.writeEndArray();
            json.writeStringField("scenario_resolved", resolvedYaml);
            json.writeEndObject();
        });
    }

    private void writeDesign(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("design");
        json.writeStringField("kind", design.kind());
        json.writeNumberField("points", design.points());
        json.writeNumberField("base_samples", design.baseSamples());
        json.writeNumberField("levels", design.levels());
        number(json, "max_abs_correlation", design.maxAbsCorrelation());
        number(json, "min_distance", design.minDistance());
        json.writeStringField("sha256", design.sha256());
        json.writeEndObject();
    }

    private static void writeFactor(JsonGenerator json, Factor factor) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", factor.name());
        json.writeStringField("unit", factor.unit());
        if (factor.isRange()) {
            json.writeBooleanField("whole", factor.whole());
            number(json, "low", factor.low());
            number(json, "high", factor.high());
        } else {
            json.writeBooleanField("numeric", factor.numeric());
            json.writeArrayFieldStart("levels");
            for (String level : factor.levels()) {
                json.writeString(level);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("numbers");
            for (double number : factor.numbers()) {
                JsonText.writeNumber(json, number);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        JsonText.writeNumber(json, value);
    }

    /**
     * Reads the manifest of the sweep folder {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds no sweep manifest (a message for the user)
     */
    public static SweepManifest read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(SweepLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + SweepLayout.MANIFEST
                    + ", so it is not a Panj sweep output");
        }
        JsonNode root = JsonFiles.read(new ObjectMapper(), file, JsonNode.class);
        if (!KIND.equals(root.path("kind").asText())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj sweep output (its "
                    + SweepLayout.MANIFEST + " is not that of a sweep)");
        }
        if (root.path("schema_version").asInt(1) > SCHEMA_VERSION) {
            throw new OutputDirectoryException(file + " has schema version " + root.path("schema_version").asInt()
                    + ", newer than this panj reads (" + SCHEMA_VERSION + ")");
        }
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw JsonFiles.damaged(file, "is damaged: " + e.getMessage());
        }
    }

    /** True when {@code dir} holds the manifest of a sweep (and not of a batch or a run). */
    public static boolean isSweep(Path dir) {
        try {
            JsonNode root = new ObjectMapper().readTree(dir.resolve(SweepLayout.MANIFEST).toFile());
            return root != null && KIND.equals(root.path("kind").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static SweepManifest parse(JsonNode root) {
        List<Session> sessions = new ArrayList<>();
        for (JsonNode s : root.path("sessions")) {
            sessions.add(new Session(s.path("command").asText(), s.path("threads").asInt(),
                    Instant.parse(s.path("started").asText()),
                    s.hasNonNull("finished") ? Instant.parse(s.get("finished").asText()) : null));
        }
        List<String> files = new ArrayList<>();
        root.path("files").forEach(f -> files.add(f.asText()));
        List<Factor> factors = new ArrayList<>();
        root.path("factors").forEach(f -> factors.add(factor(f)));
        List<String> metrics = new ArrayList<>();
        root.path("charted_metrics").forEach(m -> metrics.add(m.asText()));
        List<FactorPair> pairs = new ArrayList<>();
        root.path("pairs").forEach(p -> pairs.add(new FactorPair(p.path(0).asText(), p.path(1).asText())));
        JsonNode d = root.path("design");
        DesignSummary design = new DesignSummary(d.path("kind").asText(), d.path("points").asInt(),
                d.path("base_samples").asInt(), d.path("levels").asInt(), number(d.path("max_abs_correlation")),
                number(d.path("min_distance")), d.path("sha256").asText());
        return new SweepManifest(text(root, "status"), text(root, "version"), text(root, "scenario"),
                text(root, "scenario_origin"), text(root, "scenario_sha256"), text(root, "scenario_resolved"),
                root.path("seed").asLong(), root.path("hours").asDouble(), root.path("replications").asInt(), design,
                factors, metrics, pairs, root.path("runs").asInt(), root.path("failed").asInt(), sessions, files);
    }

    private static Factor factor(JsonNode f) {
        String name = f.path("name").asText();
        String unit = f.path("unit").asText();
        if (f.has("levels")) {
            List<String> levels = new ArrayList<>();
            f.path("levels").forEach(l -> levels.add(l.asText()));
            List<Double> numbers = new ArrayList<>();
            f.path("numbers").forEach(n -> numbers.add(n.asDouble()));
            return Factor.levels(name, unit, levels, numbers, f.path("numeric").asBoolean());
        }
        return Factor.range(name, unit, f.path("whole").asBoolean(), f.path("low").asDouble(),
                f.path("high").asDouble());
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("no text field '" + field + "'");
        }
        return node.asText();
    }
}
