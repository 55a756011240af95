package dev.panj.scenarios;

import java.util.Objects;

/**
 * One mistake in a scenario file, placed by file, line, column and field path, so that a user can fix every
 * mistake in one pass instead of discovering them one run at a time.
 *
 * @param file    what the user calls the file (a path, or {@code builtin/<name>.yaml})
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param path    field path such as {@code posts[2].sensor.range}, empty for the whole file
 * @param message what was expected and what was found
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
    }

    /** {@code file:line:column: path: message}, the form compilers use, so editors can jump to the place. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
