package dev.panj.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;

/**
 * Where each value of a resolved scenario came from: the file asked for ({@code file:line}), a file it extends
 * ({@code parent NAME:line}, NAME being a built-in's name or the file's path), or the key's {@code default}.
 */
final class Provenance {

    private final SourceMap source;
    private final SourceFiles files;
    private final String main;
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** {@code chain} is the file asked for, then the files it extends. */
    Provenance(SourceMap source, SourceFiles files, List<SourceFile> chain) {
        this.source = source;
        this.files = files;
        this.main = chain.get(0).origin();
        chain.forEach(file -> labels.putIfAbsent(file.origin(), file.label()));
    }

    /** True when a file of the scenario sets the value at this path (rather than leaving it to its default). */
    boolean isGiven(String path) {
        return source.isGiven(path);
    }

    /**
     * The origin of the file that sets the value at this path or, for a default, its nearest set ancestor (the
     * list item or section that holds it): the file whose {@code sources} speak for it.
     */
    String fileOf(String path) {
        return files.fileOf(source.markOf(path), main);
    }

    /** The origin of the value at a field path such as {@code posts[2].sensor.range}. */
    String of(String path) {
        if (!source.isGiven(path)) {
            return "default";
        }
        Mark mark = source.markOf(path);
        String file = files.fileOf(mark, main);
        int line = mark.getLine() + 1;
        return file.equals(main) ? file + ":" + line : "parent " + labels.getOrDefault(file, file) + ":" + line;
    }
}
