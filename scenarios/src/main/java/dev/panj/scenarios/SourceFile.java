package dev.panj.scenarios;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The text of one scenario file and what to call it.
 *
 * @param origin   what problems call the file: the path as the user would find it, or {@code builtin/<name>.yaml}
 * @param label    how provenance names the file as a parent: a built-in's name, else the origin
 * @param text     the file's text
 * @param folder   the folder relative paths in its {@code extends} start from (null: the working folder)
 * @param builtIn  true for a scenario shipped inside the jar, which may extend only built-ins
 * @param identity what makes two references the same file, for finding cycles
 */
record SourceFile(String origin, String label, String text, Path folder, boolean builtIn, String identity) {

    static SourceFile builtIn(String name, String text) {
        return new SourceFile(BuiltInCatalog.origin(name), name, text, null, true, "builtin:" + name);
    }

    static SourceFile file(Path path, String origin, String text) {
        Path absolute = path.toAbsolutePath().normalize();
        return new SourceFile(origin, origin, text, path.getParent(), false, "file:" + absolute);
    }

    /** Text handed over directly; relative paths in its {@code extends} start from the origin's folder. */
    static SourceFile text(String text, String origin) {
        try {
            Path path = Path.of(origin);
            return new SourceFile(origin, origin, text, path.getParent(), false,
                    "file:" + path.toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            // an origin that is no path: relative paths in extends start from the working folder
            return new SourceFile(origin, origin, text, null, false, "text:" + origin);
        }
    }
}
