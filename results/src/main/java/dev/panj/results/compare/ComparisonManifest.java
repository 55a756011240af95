package dev.panj.results.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.results.io.AtomicFiles;
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
import java.util.List;

/**
 * The manifest of a comparison folder: the scenarios (name, folder, origin, hash, hours), the common seed and its
 * rule, the baseline, the stopping rule every batch follows, each session's command line, threads and times, and
 * the files. It is written when the comparison starts, so that {@code --resume} recognises the folder, and
 * rewritten when it stops. Each scenario's batch folder has its own manifest as well. It is bound to JSON through
 * Jackson ({@link Json}) with a {@value #SCHEMA_VERSION} schema version.
 *
 * @param status {@value #RUNNING}, {@value #INTERRUPTED} or {@value #COMPLETE}
 */
public record ComparisonManifest(String status, String version, long seed, String baseline, List<Entry> scenarios,
                                 StoppingRule stopping, List<Session> sessions, List<String> files) {
    public static final String KIND = "comparison";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";
    public static final int SCHEMA_VERSION = 2;
    private static final ObjectMapper MAPPER = JsonText.mapper();

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

    /** The manifest as JSON, bound through Jackson: field names and order of the file. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"kind", "schema_version", "status", "version", "java_version", "seed", "seed_rule", "baseline",
            "scenarios", "stopping_rule", "command", "threads", "started", "finished", "sessions", "files"})
    record Json(String kind, int schemaVersion, String status, String version, String javaVersion, Long seed,
                String seedRule, String baseline, List<EntryJson> scenarios, StoppingJson stoppingRule, String command,
                Integer threads, String started, String finished, List<SessionJson> sessions, List<String> files) {
    }

    @JsonPropertyOrder({"name", "folder", "origin", "sha256", "hours"})
    record EntryJson(String name, String folder, String origin, String sha256,
                     @JsonSerialize(using = CanonicalNumberSerializer.class) Double hours) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"rule", "replications", "metric", "half_width", "first_block", "max_replications",
            "applies_to"})
    record StoppingJson(String rule, Integer replications, String metric,
                        @JsonSerialize(using = CanonicalNumberSerializer.class) Double halfWidth, Integer firstBlock,
                        Integer maxReplications, String appliesTo) {
    }

    @JsonPropertyOrder({"command", "threads", "started", "finished"})
    record SessionJson(String command, Integer threads, String started, String finished) {
    }

    String json() {
        List<EntryJson> entries = new ArrayList<>();
        for (Entry entry : scenarios) {
            entries.add(new EntryJson(entry.name(), entry.folder(), entry.origin(), entry.sha256(), entry.hours()));
        }
        List<SessionJson> sessionJson = new ArrayList<>();
        for (Session session : sessions) {
            sessionJson.add(new SessionJson(session.command(), session.threads(), session.started().toString(),
                    session.finished() == null ? null : session.finished().toString()));
        }
        StoppingJson stoppingJson = stopping instanceof StoppingRule.UntilHalfWidth until
                ? new StoppingJson("until-ci", null, until.metric(), until.halfWidth(), until.firstBlock(),
                        until.maxReplications(), "each scenario's batch on its own")
                : new StoppingJson("fixed", ((StoppingRule.Fixed) stopping).replications(), null, null, null, null,
                        null);
        Session last = sessions.get(sessions.size() - 1);
        return JsonText.write(MAPPER, new Json(KIND, SCHEMA_VERSION, status, version,
                System.getProperty("java.version"), seed, ReplicationSeeds.RULE + "; every scenario uses the same S",
                baseline, entries, stoppingJson, last.command(), last.threads(), sessions.get(0).started().toString(),
                last.finished() == null ? null : last.finished().toString(), sessionJson, files));
    }

    /**
     * Reads the manifest of the comparison folder {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds no comparison manifest (exit 2) or a damaged one (exit 65)
     */
    public static ComparisonManifest read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(ComparisonLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + ComparisonLayout.MANIFEST
                    + ", so it is not a Panj comparison output");
        }
        Json root = JsonFiles.read(MAPPER, file, Json.class);
        if (!KIND.equals(root.kind())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj comparison output (its "
                    + ComparisonLayout.MANIFEST + " is not that of a comparison)");
        }
        if (root.schemaVersion() > SCHEMA_VERSION) {
            throw new OutputDirectoryException(file + " has schema version " + root.schemaVersion()
                    + ", newer than this panj reads (" + SCHEMA_VERSION + "); use the panj that wrote it ("
                    + root.version() + ")");
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (EntryJson e : required(root.scenarios(), "scenarios")) {
                entries.add(new Entry(required(e.name(), "scenarios[].name"), required(e.folder(), "scenarios[].folder"),
                        required(e.origin(), "scenarios[].origin"), required(e.sha256(), "scenarios[].sha256"),
                        required(e.hours(), "scenarios[].hours")));
            }
            List<Session> sessions = new ArrayList<>();
            for (SessionJson s : required(root.sessions(), "sessions")) {
                sessions.add(new Session(required(s.command(), "sessions[].command"),
                        required(s.threads(), "sessions[].threads"),
                        Instant.parse(required(s.started(), "sessions[].started")),
                        s.finished() != null ? Instant.parse(s.finished()) : null));
            }
            return new ComparisonManifest(required(root.status(), "status"), required(root.version(), "version"),
                    required(root.seed(), "seed"), required(root.baseline(), "baseline"), entries,
                    stopping(required(root.stoppingRule(), "stopping_rule")), sessions,
                    root.files() == null ? List.of() : root.files());
        } catch (RuntimeException e) {
            throw JsonFiles.damaged(file, "is damaged: " + e.getMessage());
        }
    }

    private static StoppingRule stopping(StoppingJson node) {
        if ("until-ci".equals(node.rule())) {
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
