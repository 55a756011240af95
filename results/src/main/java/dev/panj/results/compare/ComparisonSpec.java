package dev.panj.results.compare;

import dev.panj.results.experiment.BatchSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a comparison runs: one batch per scenario, all with the same batch seed, so that replication i of every
 * scenario runs with the same seed (common random numbers), and which of them is the baseline. Each batch keeps
 * its own hours and stopping rule; {@code command} is recorded in the manifest.
 */
public record ComparisonSpec(List<BatchSpec> batches, String baseline, String command) {
    public ComparisonSpec {
        batches = List.copyOf(batches);
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(command, "command");
        if (batches.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios, got " + batches.size());
        }
        long seed = batches.get(0).seed();
        Map<String, String> folders = new HashMap<>();
        for (BatchSpec batch : batches) {
            if (batch.seed() != seed) {
                throw new IllegalArgumentException("every scenario of a comparison runs with the same seed, but "
                        + batch.scenario().name() + " has " + batch.seed() + " and the first " + seed);
            }
            String name = batch.scenario().name();
            String clash = folders.put(ComparisonLayout.folder(name), name);
            if (clash != null) {
                throw new IllegalArgumentException(clash.equals(name) ? "scenario " + name + " is given twice"
                        : "scenarios " + clash + " and " + name + " would share the folder "
                        + ComparisonLayout.folder(name) + "; rename one");
            }
        }
        if (batches.stream().noneMatch(b -> b.scenario().name().equals(baseline))) {
            throw new IllegalArgumentException("the baseline " + baseline + " is not among the scenarios "
                    + names(batches));
        }
    }

    /** The scenarios' names in order. */
    public List<String> names() {
        return names(batches);
    }

    public long seed() {
        return batches.get(0).seed();
    }

    private static List<String> names(List<BatchSpec> batches) {
        return batches.stream().map(b -> b.scenario().name()).toList();
    }
}
