package dev.panj.results.compare;

import java.util.List;

/**
 * One scenario against the baseline: the paired differences of every metric, in metric order, with Holm's
 * correction applied across them. {@code commonReplications} counts the replications both completed.
 */
public record ScenarioComparison(String scenario, String baseline, int commonReplications,
                                 List<PairedDifference> differences) {
    public ScenarioComparison {
        differences = List.copyOf(differences);
    }

    /** The difference of {@code metric}. */
    public PairedDifference difference(String metric) {
        return differences.stream().filter(d -> d.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + metric));
    }

    /** The number of metrics in Holm's family: those with a p-value that are not identical in every pair. */
    public int holmFamily() {
        return (int) differences.stream().filter(d -> !Double.isNaN(d.tTestP()) && !d.identical()).count();
    }
}
