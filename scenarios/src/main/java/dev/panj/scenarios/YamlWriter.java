package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reflective inverse of {@link RecordBinder}: walks a record's components in declaration order and writes
 * each set value in the form the binder reads back to the same value. Unset values (NaN, null, empty lists)
 * are left out, since leaving a key out is how a file says "not set".
 */
final class YamlWriter {

    private static final String INDENT = "  ";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./()' -]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** The YAML lines of a record's body (without header), each ending in a newline. */
    String write(Record record) {
        StringBuilder out = new StringBuilder();
        for (String line : body(record)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private List<String> body(Record record) {
        List<String> lines = new ArrayList<>();
        for (ParamSpec spec : RecordSchema.of(record.getClass()).components()) {
            Object value = read(spec, record);
            if (isUnset(value)) {
                continue;
            }
            if (value instanceof Record nested) {
                List<String> inner = body(nested);
                if (inner.isEmpty()) {
                    lines.add(spec.name() + ": {}");
                } else {
                    lines.add(spec.name() + ":");
                    inner.forEach(line -> lines.add(INDENT + line));
                }
            } else if (value instanceof List<?> list && spec.elementType().isRecord()) {
                lines.add(spec.name() + ":");
                for (Object item : list) {
                    addItem(lines, body((Record) item));
                }
            } else if (value instanceof List<?> list) {
                lines.add(spec.name() + ": " + list.stream().map(v -> scalar(v, spec.param()))
                        .collect(Collectors.joining(", ", "[", "]")));
            } else {
                lines.add(spec.name() + ": " + scalar(value, spec.param()));
            }
        }
        return lines;
    }

    private static void addItem(List<String> lines, List<String> item) {
        if (item.isEmpty()) {
            lines.add(INDENT + "- {}");
            return;
        }
        lines.add(INDENT + "- " + item.get(0));
        for (String line : item.subList(1, item.size())) {
            lines.add(INDENT + INDENT + line);
        }
    }

    private static Object read(ParamSpec spec, Record record) {
        try {
            return spec.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + spec.name() + " of " + record.getClass(), e);
        }
    }

    private static boolean isUnset(Object value) {
        return value == null
                || value instanceof Double d && d.isNaN()
                || value instanceof List<?> list && list.isEmpty();
    }

    private static String scalar(Object value, Param param) {
        if (value instanceof Double d) {
            String number = DecimalText.exact(d);
            return param.unit().needsUnit() ? number + " " + param.unit().canonical() : number;
        }
        if (value instanceof Enum<?> constant) {
            return EnumSpelling.of(constant);
        }
        if (value instanceof String text) {
            return string(text);
        }
        return String.valueOf(value);
    }

    /** Plain when it reads back as the same string in block and flow context, else double-quoted. */
    static String string(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.contains("  ")
                && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isPrintable(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(String.format("\\u%04x", c & 0xFFFF));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** YAML 1.1's printable set, minus the line breaks that are escaped above. */
    private static boolean isPrintable(int c) {
        return c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF || c >= 0x10000 && c <= 0x10FFFF;
    }
}
