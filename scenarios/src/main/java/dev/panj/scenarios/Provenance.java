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
