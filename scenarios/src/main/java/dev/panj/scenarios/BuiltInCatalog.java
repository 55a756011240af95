package dev.panj.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The scenarios shipped as resources. Listing resources inside a jar is awkward, so an index file names them,
 * one per line; a name listed without its file is treated as absent rather than breaking the whole list.
 */
final class BuiltInCatalog {

    static final String DEFAULT_BASE = "dev/panj/scenarios/builtin/";

    private final String base;

    /** {@code base} is a resource folder ending in '/', holding {@code index.txt} and {@code <name>.yaml}. */
    BuiltInCatalog(String base) {
        this.base = base;
    }

    /** The names in the index that have a file, sorted. */
    List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        for (String line : resource("index.txt").orElse("").lines().toList()) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty() && exists(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The file of a listed built-in, or empty when the name is not listed or its file is missing. */
    Optional<String> text(String name) {
        return names().contains(name) ? resource(name + ".yaml") : Optional.empty();
    }

    /** What messages call a built-in's file. */
    static String origin(String name) {
        return "builtin/" + name + ".yaml";
    }

    /**
     * The built-ins that can run, sorted by name, each with its description (inherited when it has none of its
     * own), read without binding the whole scenario. Abstract ones, bases for the others, are left out.
     */
    List<BuiltInScenario> list() {
        List<BuiltInScenario> list = new ArrayList<>();
        ScenarioFinder finder = new ScenarioFinder(this);
        for (String name : names()) {
            SourceFile file = SourceFile.builtIn(name, text(name).orElseThrow());
            InheritanceResolver.Resolution resolution =
                    new InheritanceResolver(finder, new ProblemCollector(file.origin())).resolve(file);
            if (resolution.abstractKey() == null) {
                list.add(new BuiltInScenario(name, description(resolution.root())));
            }
        }
        return list;
    }

    private static String description(Node root) {
        if (root instanceof MappingNode mapping) {
            Map<String, YamlMapping.Entry> entries = YamlMapping.read(mapping, "", new ProblemCollector(""));
            YamlMapping.Entry entry = entries.get("description");
            if (entry != null && entry.value() instanceof ScalarNode scalar && !Nodes.isNull(scalar)) {
                return scalar.getValue();
            }
        }
        return "";
    }

    private boolean exists(String name) {
        return BuiltInCatalog.class.getClassLoader().getResource(base + name + ".yaml") != null;
    }

    private Optional<String> resource(String file) {
        try (InputStream in = BuiltInCatalog.class.getClassLoader().getResourceAsStream(base + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in resource " + base + file, e);
        }
    }
}
