package dev.panj.results.experiment;

import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@code --resume} finds in an unfinished batch and what it runs again: a journal line cut short by a crash,
 * the replications kept (0 to {@code kept} - 1, those the checkpoint and the journal both hold), and those run
 * again. Said before a resumed batch starts, and by {@code panj report} on an unfinished batch folder.
 *
 * @param cutLine the line of {@code runs.partial.csv} cut short, or 0
 * @param kept    the replications kept
 * @param planned the replications the stopping rule asks for, or -1 under {@code --until-ci} (not known ahead)
 */
public record ResumeNotice(int cutLine, int kept, int planned) {

    /** What resuming the unfinished batch in {@code dir} would keep and redo. */
    public static ResumeNotice of(Path dir) throws OutputDirectoryException, IOException {
        BatchManifest manifest = BatchManifest.read(dir);
        BatchIdentity identity = new BatchIdentity(manifest.scenarioSha256(), manifest.seed(), manifest.hours());
        return of(ResumePoint.read(dir, identity, MetricNames.ALL), manifest.stopping());
    }

    static ResumeNotice of(ResumePoint point, StoppingRule rule) {
        int planned = rule instanceof StoppingRule.Fixed fixed ? fixed.replications() : -1;
        return new ResumeNotice(point.cutLine(), point.aggregate().next(), planned);
    }

    /** The journal line cut short, e.g. "runs.partial.csv line 341 is cut short (…)", or "" if none was. */
    public String found() {
        return cutLine == 0 ? "" : BatchLayout.RUNS_JOURNAL + " line " + cutLine + " is cut short (the process stopped "
                + "while writing it)";
    }

    /** The replications run again, e.g. "replications 340–399", or "" if none are left. */
    public String redone() {
        if (planned < 0) {
            return "replications " + kept + " onwards";
        }
        return range(kept, planned - 1);
    }

    /** One sentence: what was found, what is kept and what runs again. */
    public String describe() {
        String found = found();
        String keptText = kept == 0 ? "no replication is kept" : range(0, kept - 1) + (kept == 1 ? " is" : " are")
                + " kept";
        String redone = redone();
        String runs = redone.isEmpty() ? "none is left to run"
                : redone + " will run" + (found.isEmpty() ? "" : " again")
                + (planned < 0 ? ", until the stopping rule is met" : "");
        return (found.isEmpty() ? "" : found + "; ") + keptText + " and " + runs;
    }

    private static String range(int from, int to) {
        if (to < from) {
            return "";
        }
        return from == to ? "replication " + from : "replications " + from + "\u2013" + to;
    }
}
