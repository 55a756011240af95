package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scenario file reference in Markdown, generated from the configuration records: one section per record
 * reachable from {@link ScenarioConfig}, in the order a depth-first walk meets them, with a table of its keys
 * (type, unit, default, range and meaning from each {@link Param}). The introduction, which explains the
 * language, is the resource {@code reference-intro.md}.
 */
final class ReferenceDoc {

    private static final String INTRO = "reference-intro.md";

    private ReferenceDoc() {
    }

    static String markdown() {
        Map<Class<?>, List<String>> places = new LinkedHashMap<>();
        walk(ScenarioConfig.class, "", places);
        StringBuilder out = new StringBuilder(intro());
        places.forEach((type, paths) -> section(out, type, paths));
        return out.toString();
    }

    /** Records in depth-first order, each with the key paths where it is used. */
    private static void walk(Class<?> type, String path, Map<Class<?>, List<String>> places) {
        places.computeIfAbsent(type, t -> new ArrayList<>()).add(path.isEmpty() ? "(top level)" : "`" + path + "`");
        for (ParamSpec spec : RecordSchema.of(type).components()) {
            String child = SourceMap.child(path, spec.name());
            if (spec.type().isRecord()) {
                walk(spec.type(), child, places);
            } else if (spec.isList() && spec.elementType().isRecord()) {
                walk(spec.elementType(), child + "[]", places);
            }
        }
    }

    private static void section(StringBuilder out, Class<?> type, List<String> paths) {
        out.append("\n## ").append(type.getSimpleName()).append("\n\n");
        out.append("Used at: ").append(String.join(", ", paths)).append(".");
        List<String> identity = ItemIdentity.keys(type);
        if (!identity.isEmpty() && paths.stream().anyMatch(p -> p.endsWith("[]`"))) {
            out.append(" In a list, an item is identified by ").append(identity.stream().map(k -> "`" + k + "`")
                    .collect(Collectors.joining(" and "))).append(".");
        }
        out.append("\n\n| Key | Type | Unit | Default | Range | Meaning |\n|---|---|---|---|---|---|\n");
        for (ParamSpec spec : RecordSchema.of(type).components()) {
            out.append("| `").append(spec.name()).append("` | ").append(type(spec)).append(" | ")
                    .append(unit(spec)).append(" | ").append(defaultValue(spec)).append(" | ")
                    .append(range(spec)).append(" | ").append(cell(spec.param().doc())).append(" |\n");
        }
    }

    private static String type(ParamSpec spec) {
        if (spec.isList()) {
            Class<?> element = spec.elementType();
            return element.isRecord() ? "list of " + link(element) : "list of " + plural(element);
        }
        return single(spec.type());
    }

    private static String single(Class<?> type) {
        if (type.isRecord()) {
            return "mapping: " + link(type);
        }
        if (type.isEnum()) {
            return "one of " + EnumSpelling.choices(type).stream().map(c -> "`" + c + "`")
                    .collect(Collectors.joining(", "));
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "`true` or `false`";
        }
        return type == String.class ? "text" : "whole number";
    }

    private static String plural(Class<?> type) {
        if (type == String.class) {
            return "texts";
        }
        if (type == Double.class) {
            return "numbers";
        }
        return type == Integer.class || type == Long.class ? "whole numbers" : single(type);
    }

    private static String link(Class<?> type) {
        return "[" + type.getSimpleName() + "](#" + type.getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }

    private static String unit(ParamSpec spec) {
        Unit unit = spec.param().unit();
        return switch (unit) {
            case NONE -> "";
            case PROBABILITY -> "probability";
            case INSTANT -> "moment (h after start)";
            case PER_CAPITA_RATE -> "rate per person (" + unit.canonical() + ")";
            default -> unit.name().toLowerCase(Locale.ROOT) + " (" + unit.canonical() + ")";
        };
    }

    private static String defaultValue(ParamSpec spec) {
        String def = spec.param().def();
        if (Param.UNSET.equals(def)) {
            return "unset";
        }
        if (Param.REQUIRED.equals(def)) {
            return spec.type().isRecord() ? "its keys' defaults" : "required";
        }
        return def.isEmpty() ? "`\"\"`" : "`" + def + "`";
    }

    private static String range(ParamSpec spec) {
        Param param = spec.param();
        String symbol = param.unit().needsUnit() ? " " + param.unit().canonical() : "";
        boolean low = param.min() != Double.NEGATIVE_INFINITY;
        boolean high = param.max() != Double.POSITIVE_INFINITY;
        if (low && high) {
            return DecimalText.brief(param.min()) + " to " + DecimalText.brief(param.max()) + symbol;
        }
        if (low) {
            return "at least " + DecimalText.brief(param.min()) + symbol;
        }
        return high ? "at most " + DecimalText.brief(param.max()) + symbol : "";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String intro() {
        try (InputStream in = ReferenceDoc.class.getResourceAsStream(INTRO)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + INTRO);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
