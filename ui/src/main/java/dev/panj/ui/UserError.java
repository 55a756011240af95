package dev.panj.ui;

import dev.panj.scenarios.ScenarioException;

/**
 * A mistake in what the user asked for, as opposed to a failure of ours. Its message is all the user sees
 * (after "error: "), with exit code 2; it may span several lines.
 */
public final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }

    /** The scenario {@code nameOrPath} did not load: a summary line, then one line per problem. */
    public static UserError scenario(String nameOrPath, ScenarioException e) {
        return new UserError(describe("scenario '" + nameOrPath + "'", e), e);
    }

    static String describe(String what, ScenarioException e) {
        int n = e.problems().size();
        String report = e.report().stripTrailing();
        return what + " has " + n + (n == 1 ? " problem:" : " problems:") + (report.isEmpty() ? "" : "\n" + report);
    }
}
