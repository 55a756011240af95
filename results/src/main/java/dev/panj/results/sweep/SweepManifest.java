package dev.panj.results.sweep;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.CanonicalNumberSerializer;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.JsonText;
import dev.panj.results.io.OutputDirectoryException;
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
 * The manifest of a sweep folder: what was run (version, base scenario and its hash, the resolved scenario
 * itself, the factors, the design and its hash, seed and seed rule, hours, replications, the metrics and pairs to
 * chart) and how (each session's command line, threads, start and end; the Java version), how far it got, and
 * the files. Written when a sweep starts, marking the folder as one {@code --resume} can continue, and rewritten
 * when it stops. {@code panj report} reads the factors, metrics and pairs from it.
 */
public record SweepManifest(String status, String version, String scenario, String scenarioOrigin,
                            String scenarioSha256, String resolvedYaml, long seed, double hours, int replications,
                            DesignSummary design, List<Factor> factors, List<String> metrics, List<FactorPair> pairs,
                            int runs, int failed, List<Session> sessions, List<String> files,
                            Map<String, String> sha256) {
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
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256 == null ? Map.of() : sha256));
    }

    static SweepManifest starting(SweepSpec spec, String version, DesignSummary design, List<Session> sessions) {
        return new SweepManifest(RUNNING, version, spec.scenario().name(), spec.scenario().origin(),
                spec.scenario().sha256(), spec.scenario().resolvedYaml(), spec.seed(), spec.hours(),
                spec.replications(), design, spec.design().factors(), spec.metrics(), spec.pairs(), 0, 0, sessions,
                List.of(), Map.of());
    }

    SweepManifest with(String newStatus, int newRuns, int newFailed, List<Session> newSessions, List<String> newFiles) {
        return new SweepManifest(newStatus, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, replications, design, factors, metrics, pairs, newRuns, newFailed, newSessions, newFiles, sha256);
    }

    /** The same manifest recording the SHA-256 of each finished file, checked by {@code panj report}. */
    SweepManifest withDigests(Map<String, String> digests) {
        return new SweepManifest(status, version, scenario, scenarioOrigin, scenarioSha256, resolvedYaml, seed,
                hours, replications, design, factors, metrics, pairs, runs, failed, sessions, files, digests);
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(SweepLayout.MANIFEST), json());
    }

    /** The manifest as JSON: field names and order of the file. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"kind", "schema_version", "status", "version", "java_version", "scenario", "scenario_origin",
            "scenario_sha256", "seed", "seed_rule", "hours", "replications", "design", "factors", "charted_metrics",
            "pairs", "runs", "failed", "command", "threads", "started", "finished", "sessions", "files", "sha256",
            "scenario_resolved"})
    record Json(String kind, Integer schemaVersion, String status, String version, String javaVersion, String scenario,
                String scenarioOrigin, String scenarioSha256, Long seed, String seedRule,
                @JsonSerialize(using = CanonicalNumberSerializer.class) Double hours, Integer replications,
                DesignJson design, List<FactorJson> factors, List<String> chartedMetrics, List<List<String>> pairs,
                Integer runs, Integer failed, String command, Integer threads, String started, String finished,
                List<SessionJson> sessions, List<String> files,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> sha256, String scenarioResolved) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"kind", "points", "base_samples", "levels", "max_abs_correlation", "min_distance", "sha256"})
    record DesignJson(String kind, Integer points, Integer baseSamples, Integer levels,
                      @JsonSerialize(using = CanonicalNumberSerializer.class) Double maxAbsCorrelation,
                      @JsonSerialize(using = CanonicalNumberSerializer.class) Double minDistance, String sha256) {
    }

    /** A factor: a range (whole, low, high) or levels (numeric, levels, numbers). */
    @JsonPropertyOrder({"name", "unit", "whole", "numeric", "low", "high", "levels", "numbers"})
    record FactorJson(String name, String unit, Boolean whole, Boolean numeric,
                      @JsonSerialize(using = CanonicalNumberSerializer.class) Double low,
                      @JsonSerialize(using = CanonicalNumberSerializer.class) Double high, List<String> levels,
                      @JsonSerialize(contentUsing = CanonicalNumberSerializer.class) List<Double> numbers) {
    }

    @JsonPropertyOrder({"command", "threads", "started", "finished"})
    record SessionJson(String command, Integer threads, String started, String finished) {
    }

    private static final ObjectMapper MAPPER = JsonText.mapper();

    String json() {
        Session first = sessions.get(0);
        Session last = sessions.get(sessions.size() - 1);
        List<SessionJson> sessionJson = new ArrayList<>();
        for (Session session : sessions) {
            sessionJson.add(new SessionJson(session.command(), session.threads(), session.started().toString(),
                    session.finished() == null ? null : session.finished().toString()));
        }
        List<FactorJson> factorJson = new ArrayList<>();
        for (Factor factor : factors) {
            factorJson.add(factor.isRange()
                    ? new FactorJson(factor.name(), factor.unit(), factor.whole(), null, factor.low(), factor.high(),
                    null, null)
                    : new FactorJson(factor.name(), factor.unit(), null, factor.numeric(), null, null, factor.levels(),
                    factor.numbers()));
        }
        List<List<String>> pairJson = pairs.stream().map(p -> List.of(p.first(), p.second())).toList();
        DesignJson designJson = new DesignJson(design.kind(), design.points(), design.baseSamples(), design.levels(),
                design.maxAbsCorrelation(), design.minDistance(), design.sha256());
        return JsonText.write(MAPPER, new Json(KIND, SCHEMA_VERSION, status, version, System.getProperty("java.version"),
                scenario, scenarioOrigin, scenarioSha256, seed, SEED_RULE, hours, replications, designJson, factorJson,
                metrics, pairJson, runs, failed, last.command(), last.threads(), first.started().toString(),
                last.finished() == null ? null : last.finished().toString(), sessionJson, files, sha256,
                resolvedYaml));
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
        Json json = JsonFiles.read(MAPPER, file, Json.class);
        if (!KIND.equals(json.kind())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj sweep output (its "
                    + SweepLayout.MANIFEST + " is not that of a sweep)");
        }
        int schema = json.schemaVersion() == null ? 1 : json.schemaVersion();
        if (schema > SCHEMA_VERSION) {
            throw new OutputDirectoryException(file + " has schema version " + schema
                    + ", newer than this panj reads (" + SCHEMA_VERSION + ")");
        }
        try {
            return of(json);
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

    private static SweepManifest of(Json json) {
        List<Session> sessions = new ArrayList<>();
        for (SessionJson s : required(json.sessions(), "sessions")) {
            sessions.add(new Session(s.command(), s.threads() == null ? 0 : s.threads(),
                    Instant.parse(required(s.started(), "sessions.started")),
                    s.finished() == null ? null : Instant.parse(s.finished())));
        }
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("no sessions");
        }
        List<Factor> factors = new ArrayList<>();
        for (FactorJson f : required(json.factors(), "factors")) {
            factors.add(f.levels() != null
                    ? Factor.levels(f.name(), f.unit(), f.levels(), f.numbers() == null ? List.of() : f.numbers(),
                    Boolean.TRUE.equals(f.numeric()))
                    : Factor.range(f.name(), f.unit(), Boolean.TRUE.equals(f.whole()), number(f.low()),
                    number(f.high())));
        }
        List<FactorPair> pairs = new ArrayList<>();
        for (List<String> p : json.pairs() == null ? List.<List<String>>of() : json.pairs()) {
            if (p.size() != 2) {
                throw new IllegalArgumentException("a pair of " + p.size() + " factors");
            }
            pairs.add(new FactorPair(p.get(0), p.get(1)));
        }
        DesignJson d = required(json.design(), "design");
        DesignSummary design = new DesignSummary(d.kind(), zero(d.points()), zero(d.baseSamples()), zero(d.levels()),
                number(d.maxAbsCorrelation()), number(d.minDistance()), d.sha256());
        return new SweepManifest(required(json.status(), "status"), required(json.version(), "version"),
                required(json.scenario(), "scenario"), required(json.scenarioOrigin(), "scenario_origin"),
                required(json.scenarioSha256(), "scenario_sha256"), required(json.scenarioResolved(), "scenario_resolved"),
                json.seed() == null ? 0 : json.seed(), json.hours() == null ? 0 : json.hours(), zero(json.replications()),
                design, factors, json.chartedMetrics() == null ? List.of() : json.chartedMetrics(), pairs,
                zero(json.runs()), zero(json.failed()), sessions, json.files() == null ? List.of() : json.files(),
                json.sha256());
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("no field '" + field + "'");
        }
        return value;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    private static double number(Double value) {
        return value == null ? Double.NaN : value;
    }
}
