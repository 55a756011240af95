package dev.panj.results.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.JsonText;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of a comparison folder: the scenarios (name, folder, origin, hash, hours), the common seed and its
 * rule, the baseline, the stopping rule every batch follows, each session's command line, threads and times, and
 * the files. It is written when the comparison starts, so that {@code --resume} recognises the folder, and
 * rewritten when it stops. Each scenario's batch folder has its own manifest as well.
 *
 * @param status {@value #RUNNING}, {@value #INTERRUPTED} or {@value #COMPLETE}
 */
public record ComparisonManifest(String status, String version, long seed, String baseline, List<Entry> scenarios,
                                 StoppingRule stopping, List<Session> sessions, List<String> files) {
    public static final String KIND = "comparison";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";

    public ComparisonManifest {
        scenarios = List.copyOf(scenarios);
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
    }

    /** One scenario of the comparison and its batch folder. */
    public record Entry(String name, String folder, String origin, String sha256, double hours) {
    }

    static ComparisonManifest starting(ComparisonSpec spec, List<Session> sessions) {
        List<Entry> entries = new ArrayList<>();
        for (BatchSpec batch : spec.batches()) {
            entries.add(new Entry(batch.scenario().name(), ComparisonLayout.folder(batch.scenario().name()),
                    batch.scenario().origin(), batch.scenario().sha256(), batch.hours()));
        }
        return new ComparisonManifest(RUNNING, Version.current(), spec.seed(), spec.baseline(), entries,
                spec.batches().get(0).stopping(), sessions, List.of());
    }

    ComparisonManifest with(String newStatus, List<Session> newSessions, List<String> newFiles) {
        return new ComparisonManifest(newStatus, version, seed, baseline, scenarios, stopping, newSessions, newFiles);
    }

    /** The entry of the baseline. */
    public Entry baselineEntry() {
        return scenarios.stream().filter(e -> e.name().equals(baseline)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the baseline " + baseline + " is not among the scenarios"));
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(ComparisonLayout.MANIFEST), json());
    }

    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("kind", KIND);
            json.writeStringField("status", status);
            json.writeStringField("version", version);
            json.writeStringField("java_version", System.getProperty("java.version"));
            json.writeNumberField("seed", seed);
            json.writeStringField("seed_rule", ReplicationSeeds.RULE + "; every scenario uses the same S");
            json.writeStringField("baseline", baseline);
            json.writeArrayFieldStart("scenarios");
            for (Entry entry : scenarios) {
                json.writeStartObject();
                json.writeStringField("name", entry.name());
                json.writeStringField("folder", entry.folder());
                json.writeStringField("origin", entry.origin());
                json.writeStringField("sha256", entry.sha256());
                json.writeFieldName("hours");
                JsonText.writeNumber(json, entry.hours());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeStopping(json, stopping);
            Session last = sessions.get(sessions.size() - 1);
            json.writeStringField("command", last.command());
            json.writeNumberField("threads", last.threads());
            json.writeStringField("started", sessions.get(0).started().toString());
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
            json.writeEndObject();
        });
    }

    private static void writeStopping(JsonGenerator json, StoppingRule stopping) throws IOException {
        json.writeObjectFieldStart("stopping_rule");
        if (stopping instanceof StoppingRule.Fixed fixed) {
            json.writeStringField("rule", "fixed");
            json.writeNumberField("replications", fixed.replications());
        } else if (stopping instanceof StoppingRule.UntilHalfWidth until) {
            json.writeStringField("rule", "until-ci");
            json.writeStringField("metric", until.metric());
            json.writeFieldName("half_width");
            JsonText.writeNumber(json, until.halfWidth());
            json.writeNumberField("first_block", until.firstBlock());
            json.writeNumberField("max_replications", until.maxReplications());
            json.writeStringField("applies_to", "each scenario's batch on its own");
        }
        json.writeEndObject();
    }

    /**
     * Reads the manifest of the comparison folder {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds no comparison manifest (a message for the user)
     */
    public static ComparisonManifest read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(ComparisonLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + ComparisonLayout.MANIFEST
                    + ", so it is not a Panj comparison output");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new OutputDirectoryException(file + " is not readable JSON: " + e.getMessage());
        }
        if (root == null || !KIND.equals(root.path("kind").asText())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj comparison output (its "
                    + ComparisonLayout.MANIFEST + " is not that of a comparison)");
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("scenarios")) {
                entries.add(new Entry(text(e, "name"), text(e, "folder"), text(e, "origin"), text(e, "sha256"),
                        e.path("hours").asDouble()));
            }
            List<Session> sessions = new ArrayList<>();
            for (JsonNode s : root.path("sessions")) {
                sessions.add(new Session(s.path("command").asText(), s.path("threads").asInt(),
                        Instant.parse(s.path("started").asText()),
                        s.hasNonNull("finished") ? Instant.parse(s.get("finished").asText()) : null));
            }
            List<String> files = new ArrayList<>();
            root.path("files").forEach(f -> files.add(f.asText()));
            return new ComparisonManifest(text(root, "status"), text(root, "version"), root.path("seed").asLong(),
                    text(root, "baseline"), entries, stopping(root.path("stopping_rule")), sessions, files);
        } catch (RuntimeException e) {
            throw new OutputDirectoryException(file + " is damaged: " + e.getMessage());
        }
    }

    private static StoppingRule stopping(JsonNode node) {
        if ("until-ci".equals(node.path("rule").asText())) {
            return new StoppingRule.UntilHalfWidth(node.path("metric").asText(), node.path("half_width").asDouble(),
                    node.path("first_block").asInt(), node.path("max_replications").asInt());
        }
        return new StoppingRule.Fixed(node.path("replications").asInt());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no text field '" + field + "'");
        }
        return value.asText();
    }
}
