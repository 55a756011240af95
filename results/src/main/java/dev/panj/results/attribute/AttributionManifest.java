package dev.panj.results.attribute;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ChangeGroup;
import dev.panj.sim.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of an attribution folder: what was run (version, base and target with their hashes, the groupings
 * asked for, the changes, the design and every cell's hash, seed and seed rule, hours, replications) and how (each
 * session's command line, threads, start and end; the Java version), how far it got, and the files. It is written
 * when the attribution starts, marking the folder as one {@code --resume} can continue, and rewritten when it stops.
 *
 * @param status {@value #RUNNING}, {@value #INTERRUPTED} or {@value #COMPLETE}
 */
public record AttributionManifest(String kind, String status, String version, String javaVersion,
                                  AttributionFile.ScenarioRef base, AttributionFile.ScenarioRef target,
                                  List<Group> groups, List<String> changes, String design, Integer permutations,
                                  List<CellEntry> cells, long seed, String seedRule, Double hours, int replications,
                                  int finished, int failed, List<Session> sessions, List<String> files,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> sha256) {
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String COMPLETE = "complete";

    public AttributionManifest {
        groups = List.copyOf(groups);
        changes = List.copyOf(changes);
        cells = List.copyOf(cells);
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256 == null ? Map.of() : sha256));
    }

    /** A grouping as it was asked for. */
    public record Group(String name, List<String> patterns, String source, int line, int column) {
        static Group of(ChangeGroup g) {
            return new Group(g.name(), g.patterns(), g.source(), g.line(), g.column());
        }

        public ChangeGroup request() {
            return new ChangeGroup(name, patterns, source, line, column);
        }
    }

    /** A cell: the changes it applies (a 1 or 0 per change) and its scenario's hash. */
    public record CellEntry(int cell, String applied, String sha256) {
    }

    /** One invocation that worked on the attribution; {@code finished} is null while it runs. */
    public record Session(String command, int threads, String started, String finished) {
    }

    static AttributionManifest starting(AttributionSpec spec, List<Session> sessions) {
        AttributionPlan plan = spec.plan();
        List<CellEntry> cells = new ArrayList<>();
        for (Cell cell : plan.cells()) {
            cells.add(new CellEntry(cell.index(), AttributionWriter.applied(cell.mask(), plan.changes().size()),
                    cell.sha256()));
        }
        boolean sampled = plan.design().kind() == AttributionDesign.Kind.PERMUTATIONS;
        return new AttributionManifest(AttributionFile.KIND, RUNNING, Version.current(),
                System.getProperty("java.version"),
                new AttributionFile.ScenarioRef(plan.changeSet().base().name(), plan.changeSet().base().origin(),
                        plan.changeSet().base().sha256()),
                new AttributionFile.ScenarioRef(plan.changeSet().target().name(), plan.changeSet().target().origin(),
                        plan.changeSet().target().sha256()),
                spec.groups().stream().map(Group::of).toList(), plan.changes().stream().map(Change::name).toList(),
                plan.design().kind().label(), sampled ? spec.permutations() : null, cells, spec.seed(),
                ReplicationSeeds.RULE + "; every cell uses the same S", Double.isNaN(spec.hours()) ? null : spec.hours(),
                spec.replications(), 0, 0, sessions, List.of(), Map.of());
    }

    AttributionManifest with(String newStatus, int newFinished, int newFailed, List<Session> newSessions,
                             List<String> newFiles) {
        return new AttributionManifest(kind, newStatus, version, javaVersion, base, target, groups, changes, design,
                permutations, cells, seed, seedRule, hours, replications, newFinished, newFailed, newSessions, newFiles,
                sha256);
    }

    /** The same manifest recording the SHA-256 of each finished file, checked by {@code panj report}. */
    AttributionManifest withDigests(Map<String, String> digests) {
        return new AttributionManifest(kind, status, version, javaVersion, base, target, groups, changes, design,
                permutations, cells, seed, seedRule, hours, replications, finished, failed, sessions, files, digests);
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(AttributionLayout.MANIFEST), AttributionFile.json(this));
    }

    /** True when {@code dir} holds the manifest of an attribution. */
    public static boolean isAttribution(Path dir) {
        Path file = dir.resolve(AttributionLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            JsonNode root = AttributionFile.mapper().readTree(file.toFile());
            return root != null && AttributionFile.KIND.equals(root.path("kind").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the manifest of the attribution folder {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds no attribution manifest, or a damaged one
     */
    public static AttributionManifest read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(AttributionLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + AttributionLayout.MANIFEST
                    + ", so it is not a Panj attribution output");
        }
        if (!isAttribution(dir)) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj attribution output (its "
                    + AttributionLayout.MANIFEST + " is not that of an attribution, or not readable JSON)");
        }
        try {
            AttributionManifest manifest = AttributionFile.mapper().readValue(file.toFile(), AttributionManifest.class);
            if (manifest.sessions().isEmpty() || manifest.base() == null || manifest.target() == null) {
                throw new IOException("sessions, base or target missing");
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            throw new OutputDirectoryException(file + " is damaged: " + e.getMessage());
        }
    }
}
