package dev.panj.results.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.BatchLayout;
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
 * The manifest of a batch folder: what was run (version, scenario and its hash, the resolved scenario itself,
 * seed and seed rule, hours, stopping rule) and how (each session's command line, threads, start and end; the
 * Java version), how far it got, and the files. It is written when a batch starts, marking the folder as a
 * batch that {@code --resume} can continue, and rewritten when it stops.
 *
 * @param status   {@value #RUNNING}, {@value #INTERRUPTED} or {@value #COMPLETE}
 * @param sessions every invocation that worked on the batch, the current one last
 */
public record BatchManifest(String status, String version, String scenario, String scenarioOrigin,
                            String scenarioSha256, String resolvedYaml, long seed, double hours,
                            StoppingRule stopping, int replications, int failed, List<Session> sessions,
                            List<String> files) {
    public static final String KIND = "batch";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";

    public BatchManifest {
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
    }

    /** One invocation of {@code panj batch}; {@code finished} is null while it runs. */
    public record Session(String command, int threads, Instant started, Instant finished) {
    }

    static BatchManifest starting(BatchSpec spec, List<Session> sessions) {
        return new BatchManifest(RUNNING, Version.current(), spec.scenario().name(), spec.scenario().origin(),
                spec.scenario().sha256(), spec.scenario().resolvedYaml(), spec.seed(), spec.hours(), spec.stopping(),
                0, 0, sessions, List.of());
    }

    BatchManifest with(String newStatus, int newReplications, int newFailed, List<Session> newSessions,
                       List<String> newFiles) {
        return new BatchManifest(newStatus, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, stopping, newReplications, newFailed, newSessions, newFiles);
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(BatchLayout.MANIFEST), json());
    }

    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("kind", KIND);
            json.writeStringField("status", status);
            json.writeStringField("version", version);
            json.writeStringField("java_version", System.getProperty("java.version"));
            json.writeStringField("scenario", scenario);
            json.writeStringField("scenario_origin", scenarioOrigin);
            json.writeStringField("scenario_sha256", scenarioSha256);
            json.writeNumberField("seed", seed);
            json.writeStringField("seed_rule", ReplicationSeeds.RULE);
            json.writeFieldName("hours");
            JsonText.writeNumber(json, hours);
            writeStopping(json, stopping);
            json.writeNumberField("replications", replications);
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

    private static void writeStopping(JsonGenerator json, StoppingRule stopping) throws IOException {
        json.writeObjectFieldStart("stopping_rule");
        if (stopping instanceof StoppingRule.Fixed fixed) {
            json.writeStringField("rule", StoppingOutcome.FIXED);
            json.writeNumberField("replications", fixed.replications());
        } else if (stopping instanceof StoppingRule.UntilHalfWidth until) {
            json.writeStringField("rule", StoppingOutcome.UNTIL_CI);
            json.writeStringField("metric", until.metric());
            json.writeFieldName("half_width");
            JsonText.writeNumber(json, until.halfWidth());
            json.writeNumberField("first_block", until.firstBlock());
            json.writeNumberField("max_replications", until.maxReplications());
        }
        json.writeEndObject();
    }

    /**
     * Reads the manifest of the batch folder {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds no batch manifest (a message for the user)
     */
    public static BatchManifest read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(BatchLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + BatchLayout.MANIFEST
                    + ", so it is not a Panj batch output");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new OutputDirectoryException(file + " is not readable JSON: " + e.getMessage());
        }
        if (root == null || !KIND.equals(root.path("kind").asText())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj batch output (its "
                    + BatchLayout.MANIFEST + " is not that of a batch)");
        }
        try {
            List<Session> sessions = new ArrayList<>();
            for (JsonNode s : root.path("sessions")) {
                sessions.add(new Session(s.path("command").asText(), s.path("threads").asInt(),
                        Instant.parse(s.path("started").asText()),
                        s.hasNonNull("finished") ? Instant.parse(s.get("finished").asText()) : null));
            }
            List<String> files = new ArrayList<>();
            root.path("files").forEach(f -> files.add(f.asText()));
            return new BatchManifest(text(root, "status"), text(root, "version"), text(root, "scenario"),
                    text(root, "scenario_origin"), text(root, "scenario_sha256"), text(root, "scenario_resolved"),
                    root.path("seed").asLong(), root.path("hours").asDouble(), stopping(root.path("stopping_rule")),
                    root.path("replications").asInt(), root.path("failed").asInt(), sessions, files);
        } catch (RuntimeException e) {
            throw new OutputDirectoryException(file + " is damaged: " + e.getMessage());
        }
    }

    private static StoppingRule stopping(JsonNode node) {
        if (StoppingOutcome.UNTIL_CI.equals(node.path("rule").asText())) {
            return new StoppingRule.UntilHalfWidth(node.path("metric").asText(), node.path("half_width").asDouble(),
                    node.path("first_block").asInt(), node.path("max_replications").asInt());
        }
        return new StoppingRule.Fixed(node.path("replications").asInt());
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("no text field '" + field + "'");
        }
        return node.asText();
    }
}
