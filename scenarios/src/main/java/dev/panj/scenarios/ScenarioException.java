package dev.panj.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded because of the user's input. Carries every problem found, not just the first,
 * so that one edit-and-retry cycle fixes them all; the message is the full report.
 */
public final class ScenarioException extends Exception {

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order of their place in the file. */
    public List<Problem> problems() {
        return problems;
    }

    /** All problems, one per line. */
    public String report() {
        return getMessage();
    }

    private static String format(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
