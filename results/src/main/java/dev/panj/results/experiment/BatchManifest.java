package dev.panj.results.experiment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.CanonicalNumberSerializer;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.JsonText;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a batch folder: what was run (version, scenario and its hash, the resolved scenario itself,
 * seed and seed rule, hours, stopping rule) and how (each session's command line, threads, start and end; the
 * Java version), how far it got, the files and the SHA-256 of each finished table. It is written when a batch
 * starts, marking the folder as a batch that {@code --resume} can continue, and rewritten when it stops. It is
 * bound to JSON through Jackson ({@link Json}), with a {@value #SCHEMA_VERSION} schema version.
 *
 * @param status   {@value #RUNNING}, {@value #INTERRUPTED}, {@value #FAILED} or {@value #COMPLETE}
 * @param failure  why it failed (status {@value #FAILED}), else null
 * @param sessions every invocation that worked on the batch, the current one last
 * @param sha256   the SHA-256 of each finished table, by file name (empty until complete)
 */
public record BatchManifest(String status, String failure, String version, String scenario, String scenarioOrigin,
                            String scenarioSha256, String resolvedYaml, long seed, double hours,
                            StoppingRule stopping, int replications, int failed, List<Session> sessions,
                            List<String> files, Map<String, String> sha256) {
    public static final String KIND = "batch";
    public static final int SCHEMA_VERSION = 2;
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String FAILED = "failed";
    public static final String COMPLETE = "complete";
    private static final ObjectMapper MAPPER = JsonText.mapper();

    public BatchManifest {
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    }

    /** One invocation of {@code panj batch}; {@code finished} is null while it runs. */
    public record Session(String command, int threads, Instant started, Instant finished) {
    }

    /** The manifest as JSON: field names and order of the file. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"kind", "schema_version", "status", "failure", "version", "java_version", "scenario",
            "scenario_origin", "scenario_sha256", "seed", "seed_rule", "hours", "stopping_rule", "replications",
            "failed", "command", "threads", "started", "finished", "sessions", "files", "sha256",
            "scenario_resolved"})
    record Json(String kind, int schemaVersion, String status, String failure, String version, String javaVersion,
                String scenario, String scenarioOrigin, String scenarioSha256, Long seed, String seedRule,
                @JsonSerialize(using = CanonicalNumberSerializer.class) Double hours, StoppingJson stoppingRule,
                Integer replications, Integer failed, String command, Integer threads, String started,
                String finished, List<SessionJson> sessions, List<String> files, Map<String, String> sha256,
                String scenarioResolved) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"rule", "replications", "metric", "half_width", "first_block", "max_replications"})
    record StoppingJson(String rule, Integer replications, String metric,
                        @JsonSerialize(using = CanonicalNumberSerializer.class) Double halfWidth, Integer firstBlock,
                        Integer maxReplications) {
    }

    @JsonPropertyOrder({"command", "threads", "started", "finished"})
    record SessionJson(String command, Integer threads, String started, String finished) {
    }

    static BatchManifest starting(BatchSpec spec, List<Session> sessions) {
        return new BatchManifest(RUNNING, null, Version.current(), spec.scenario().name(), spec.scenario().origin(),
                spec.scenario().sha256(), spec.scenario().resolvedYaml(), spec.seed(), spec.hours(), spec.stopping(),
                0, 0, sessions, List.of(), Map.of());
    }

    BatchManifest with(String newStatus, int newReplications, int newFailed, List<Session> newSessions,
                       List<String> newFiles) {
        return new BatchManifest(newStatus, null, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, stopping, newReplications, newFailed, newSessions, newFiles, sha256);
    }

    /** This manifest with the SHA-256 of the finished tables. */
    BatchManifest withDigests(Map<String, String> digests) {
        return new BatchManifest(status, failure, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, stopping, replications, failed, sessions, files, digests);
    }

    /** This manifest marked failed, with the cause. */
    BatchManifest failedWith(String cause, List<Session> newSessions) {
        return new BatchManifest(FAILED, cause, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, stopping, replications, failed, newSessions, files, sha256);
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(BatchLayout.MANIFEST), json());
    }

    String json() {
        Session first = sessions.get(0);
        Session last = sessions.get(sessions.size() - 1);
        List<SessionJson> sessionJson = new ArrayList<>();
        for (Session s : sessions) {
            sessionJson.add(new SessionJson(s.command(), s.threads(), s.started().toString(),
                    s.finished() == null ? null : s.finished().toString()));
        }
        return JsonText.write(MAPPER, new Json(KIND, SCHEMA_VERSION, status, failure, version,
                System.getProperty("java.version"), scenario, scenarioOrigin, scenarioSha256, seed,
                ReplicationSeeds.RULE, hours, stoppingJson(stopping), replications, failed, last.command(),
                last.threads(), first.started().toString(),
                last.finished() == null ? null : last.finished().toString(), sessionJson, files, sha256,
                resolvedYaml));
    }

    private static StoppingJson stoppingJson(StoppingRule stopping) {
        if (stopping instanceof StoppingRule.UntilHalfWidth until) {
            return new StoppingJson(StoppingOutcome.UNTIL_CI, null, until.metric(), until.halfWidth(),
                    until.firstBlock(), until.maxReplications());
        }
        return new StoppingJson(StoppingOutcome.FIXED, ((StoppingRule.Fixed) stopping).replications(), null, null,
                null, null);
    }

    /**
     * Reads the manifest of the batch folder {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds no batch manifest, or a damaged one (a message for the
     *                                  user)
     */
    public static BatchManifest read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(BatchLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + BatchLayout.MANIFEST
                    + ", so it is not a Panj batch output");
        }
        Json json = JsonFiles.read(MAPPER, file, Json.class);
        if (!KIND.equals(json.kind())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj batch output (its "
                    + BatchLayout.MANIFEST + " is not that of a batch)");
        }
        if (json.schemaVersion() > SCHEMA_VERSION) {
            throw new OutputDirectoryException(file + " has schema version " + json.schemaVersion()
                    + ", newer than this panj reads (" + SCHEMA_VERSION + "); use the panj that wrote it ("
                    + json.version() + ")");
        }
        try {
            List<Session> sessions = new ArrayList<>();
            for (SessionJson s : required(json.sessions(), "sessions")) {
                sessions.add(new Session(required(s.command(), "sessions[].command"),
                        required(s.threads(), "sessions[].threads"),
                        Instant.parse(required(s.started(), "sessions[].started")),
                        s.finished() != null ? Instant.parse(s.finished()) : null));
            }
            if (sessions.isEmpty()) {
                throw new IllegalArgumentException("no sessions");
            }
            return new BatchManifest(required(json.status(), "status"), json.failure(),
                    required(json.version(), "version"), required(json.scenario(), "scenario"),
                    required(json.scenarioOrigin(), "scenario_origin"),
                    required(json.scenarioSha256(), "scenario_sha256"),
                    required(json.scenarioResolved(), "scenario_resolved"), required(json.seed(), "seed"),
                    required(json.hours(), "hours"), stopping(required(json.stoppingRule(), "stopping_rule")),
                    required(json.replications(), "replications"), required(json.failed(), "failed"), sessions,
                    json.files() == null ? List.of() : json.files(),
                    json.sha256() == null ? Map.of() : json.sha256());
        } catch (RuntimeException e) {
            throw JsonFiles.damaged(file, "is damaged: " + e.getMessage());
        }
    }

    private static StoppingRule stopping(StoppingJson node) {
        if (StoppingOutcome.UNTIL_CI.equals(node.rule())) {
            return new StoppingRule.UntilHalfWidth(required(node.metric(), "stopping_rule.metric"),
                    required(node.halfWidth(), "stopping_rule.half_width"),
                    required(node.firstBlock(), "stopping_rule.first_block"),
                    required(node.maxReplications(), "stopping_rule.max_replications"));
        }
        return new StoppingRule.Fixed(required(node.replications(), "stopping_rule.replications"));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("it has no field '" + field + "'");
        }
        return value;
    }
}
