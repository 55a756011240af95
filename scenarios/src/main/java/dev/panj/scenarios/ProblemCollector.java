package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Gathers the problems of one scenario, across the files it extends, so that checking can go on after the first
 * mistake. Capped, because aliases can make one mistake appear thousands of times, and a report nobody can read
 * helps nobody.
 *
 * <p>A collector has a default file, used for problems without a mark and for marks of unregistered nodes;
 * {@link #forFile} gives a collector for another file that adds to the same report.
 */
final class ProblemCollector {

    static final int MAX_PROBLEMS = 500;

    private final String file;
    private final Report report;

    ProblemCollector(String file) {
        this(file, new Report());
    }

    private ProblemCollector(String file, Report report) {
        this.file = file;
        this.report = report;
        report.files.rank(file);
    }

    /** A collector whose default file is {@code other}, adding to the same report. */
    ProblemCollector forFile(String other) {
        return new ProblemCollector(other, report);
    }

    String file() {
        return file;
    }

    /** Where each node came from, shared by every collector of the report. */
    SourceFiles files() {
        return report.files;
    }

    /** Records that the nodes of this tree come from this collector's file. */
    void attribute(Node root) {
        report.files.register(root, file);
    }

    /** Adds a problem at a SnakeYAML mark (0-based) or, with a null mark, for the whole file. */
    void add(Mark mark, String path, String message) {
        String where = report.files.fileOf(mark, file);
        if (mark == null) {
            report.add(new Problem(where, 0, 0, path, message));
        } else {
            report.add(new Problem(where, mark.getLine() + 1, mark.getColumn() + 1, path, message));
        }
    }

    void add(int line, int column, String path, String message) {
        report.add(new Problem(file, line, column, path, message));
    }

    boolean isEmpty() {
        return report.problems.isEmpty();
    }

    /** Throws the collected problems, ordered by file and place in the file, if there are any. */
    void throwIfAny() throws ScenarioException {
        if (!isEmpty()) {
            throw new ScenarioException(sorted());
        }
    }

    List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(report.problems);
        list.sort(Comparator.comparingInt((Problem p) -> report.files.rank(p.file()))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        if (report.dropped > 0) {
            list.add(new Problem(file, 0, 0, "", "expected at most " + MAX_PROBLEMS + " problems, found "
                    + report.dropped + " more; fix these first"));
        }
        return list;
    }

    /** What all collectors of one scenario share. */
    private static final class Report {
        private final Set<Problem> problems = new LinkedHashSet<>();
        private final SourceFiles files = new SourceFiles();
        private int dropped;

        void add(Problem problem) {
            if (problems.size() >= MAX_PROBLEMS) {
                dropped++;
            } else {
                problems.add(problem);
            }
        }
    }
}
