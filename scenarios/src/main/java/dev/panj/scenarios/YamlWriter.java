package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reflective inverse of {@link RecordBinder}: walks a record's components in declaration order and writes
 * each set value in the form the binder reads back to the same value. Unset values (NaN, null, empty lists)
 * are left out, since leaving a key out is how a file says "not set". Given a note for each field path, it ends
 * each value's line with it as a comment, aligned: that is how {@code panj scenarios show} tells where values
 * came from.
 */
final class YamlWriter {

    private static final String INDENT = "  ";
    private static final int WIDEST_NOTE_COLUMN = 56;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./()' -]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** A line of YAML and the comment to put after it, or null for none. */
    private record Line(String text, String note) {
        Line indented(String prefix) {
            return new Line(prefix + text, note);
        }
    }

    private final Function<String, String> notes;

    /** A writer of plain YAML. */
    YamlWriter() {
        this(path -> null);
    }

    /** A writer that ends each value's line with {@code # note}, the note found from the value's field path. */
    YamlWriter(Function<String, String> notes) {
        this.notes = notes;
    }

    /** The YAML lines of a record's body (without header), each ending in a newline. */
    String write(Record record) {
        List<Line> lines = body(record, "");
        int column = Math.min(WIDEST_NOTE_COLUMN, lines.stream().filter(l -> l.note() != null)
                .mapToInt(l -> l.text().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.text());
            if (line.note() != null) {
                out.append(" ".repeat(Math.max(0, column - line.text().length()) + 2)).append("# ").append(line.note());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private List<Line> body(Record record, String path) {
        List<Line> lines = new ArrayList<>();
        for (ParamSpec spec : RecordSchema.of(record.getClass()).components()) {
            Object value = read(spec, record);
            if (isUnset(value)) {
                continue;
            }
            String childPath = SourceMap.child(path, spec.name());
            if (value instanceof Record nested) {
                List<Line> inner = body(nested, childPath);
                if (inner.isEmpty()) {
                    lines.add(new Line(spec.name() + ": {}", notes.apply(childPath)));
                } else {
                    lines.add(new Line(spec.name() + ":", null));
                    inner.forEach(line -> lines.add(line.indented(INDENT)));
                }
            } else if (value instanceof List<?> list && spec.elementType().isRecord()) {
                lines.add(new Line(spec.name() + ":", null));
                for (int i = 0; i < list.size(); i++) {
                    addItem(lines, body((Record) list.get(i), SourceMap.element(childPath, i)),
                            notes.apply(SourceMap.element(childPath, i)));
                }
            } else if (value instanceof List<?> list) {
                lines.add(new Line(spec.name() + ": " + list.stream().map(v -> scalar(v, spec.param()))
                        .collect(Collectors.joining(", ", "[", "]")), notes.apply(childPath)));
            } else {
                lines.add(new Line(spec.name() + ": " + scalar(value, spec.param()), notes.apply(childPath)));
            }
        }
        return lines;
    }

    private static void addItem(List<Line> lines, List<Line> item, String emptyNote) {
        if (item.isEmpty()) {
            lines.add(new Line(INDENT + "- {}", emptyNote));
            return;
        }
        lines.add(item.get(0).indented(INDENT + "- "));
        for (Line line : item.subList(1, item.size())) {
            lines.add(line.indented(INDENT + INDENT));
        }
    }

    static Object read(ParamSpec spec, Record record) {
        try {
            return spec.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + spec.name() + " of " + record.getClass(), e);
        }
    }

    static boolean isUnset(Object value) {
        return value == null
                || value instanceof Double d && d.isNaN()
                || value instanceof List<?> list && list.isEmpty();
    }

    /** One value as the binder reads it back: canonical unit, enum spelling, quoted string where needed. */
    static String scalar(Object value, Param param) {
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
