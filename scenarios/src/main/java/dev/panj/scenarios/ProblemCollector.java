package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;

/**
 * Gathers the problems of one file so that checking can go on after the first mistake. Capped, because aliases
 * can make one mistake appear thousands of times, and a report nobody can read helps nobody.
 */
final class ProblemCollector {

    static final int MAX_PROBLEMS = 500;

    private final String file;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private int dropped;

    ProblemCollector(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Adds a problem at a SnakeYAML mark (0-based) or, with a null mark, for the whole file. */
    void add(Mark mark, String path, String message) {
        if (mark == null) {
            add(0, 0, path, message);
        } else {
            add(mark.getLine() + 1, mark.getColumn() + 1, path, message);
        }
    }

    void add(int line, int column, String path, String message) {
        if (problems.size() >= MAX_PROBLEMS) {
            dropped++;
        } else {
            problems.add(new Problem(file, line, column, path, message));
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws the collected problems, ordered by place in the file, if there are any. */
    void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            throw new ScenarioException(sorted());
        }
    }

    List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (dropped > 0) {
            list.add(new Problem(file, 0, 0, "", "expected at most " + MAX_PROBLEMS + " problems, found "
                    + dropped + " more; fix these first"));
        }
        return list;
    }
}
