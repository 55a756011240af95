package dev.panj.results.experiment;

import dev.panj.results.io.OutputDirectoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a resumed batch starts: the aggregate of replications 0 to k - 1, rebuilt from the checkpoint (time
 * series and sectors, exact) and the journal (metrics and failures), and the journal entries to keep. k is the
 * checkpoint's count when the journal holds every replication below it; otherwise the batch starts again from 0.
 */
record ResumePoint(BatchAggregate aggregate, BatchJournal.Contents kept, int cutLine) {

    static ResumePoint read(Path dir, BatchIdentity identity, List<String> metrics)
            throws OutputDirectoryException, IOException {
        Optional<AggregateCheckpoint> checkpoint = AggregateCheckpoint.read(dir, identity);
        BatchJournal.Contents journal = BatchJournal.read(dir, metrics);
        if (checkpoint.isPresent()) {
            Optional<ResumePoint> point = rebuild(checkpoint.get(), journal, identity.seed(), metrics);
            if (point.isPresent()) {
                return new ResumePoint(point.get().aggregate(), point.get().kept(), journal.cutLine());
            }
        }
        return new ResumePoint(new BatchAggregate(metrics), BatchJournal.Contents.EMPTY, journal.cutLine());
    }

    private static Optional<ResumePoint> rebuild(AggregateCheckpoint checkpoint, BatchJournal.Contents journal,
                                                 long batchSeed, List<String> metrics) {
        int k = checkpoint.replications();
        BatchAggregate aggregate = new BatchAggregate(metrics);
        List<BatchJournal.Contents.Run> runs = new ArrayList<>();
        List<ReplicationFailure> failures = new ArrayList<>();
        int r = 0;
        int f = 0;
        for (int index = 0; index < k; index++) {
            long seed = ReplicationSeeds.seed(batchSeed, index);
            if (r < journal.runs().size() && journal.runs().get(r).index() == index) {
                BatchJournal.Contents.Run run = journal.runs().get(r++);
                if (run.seed() != seed) {
                    return Optional.empty();
                }
                aggregate.addMetrics(index, run.metrics());
                runs.add(run);
            } else if (f < journal.failures().size() && journal.failures().get(f).index() == index) {
                ReplicationFailure failure = journal.failures().get(f++);
                if (failure.seed() != seed) {
                    return Optional.empty();
                }
                aggregate.addFailure(failure);
                failures.add(failure);
            } else {
                return Optional.empty();
            }
        }
        aggregate.restoreTotals(checkpoint.series(), checkpoint.sectors(), checkpoint.sample());
        return Optional.of(new ResumePoint(aggregate, new BatchJournal.Contents(runs, failures), 0));
    }
}
