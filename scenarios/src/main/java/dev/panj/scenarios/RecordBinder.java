package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds a YAML node tree to configuration records by reflection, driven only by each component's
 * {@link dev.panj.sim.config.Param}: the component name is the key, the annotation gives unit, default and bounds.
 * Adding a key to a record therefore needs no change here.
 *
 * <p>Binding never stops at the first mistake: a value that cannot be bound is reported, marked as failed in the
 * {@link SourceMap} and replaced by a placeholder (NaN, 0, false, null or an empty list) so the rest of the file
 * is still checked.
 */
final class RecordBinder {

    private final ProblemCollector problems;
    private final SourceMap source;
    private final ScenarioStart start;

    RecordBinder(ProblemCollector problems, SourceMap source) {
        this(problems, source, ScenarioStart.UNKNOWN);
    }

    /** {@code start} places moments written as date-times. */
    RecordBinder(ProblemCollector problems, SourceMap source, ScenarioStart start) {
        this.problems = problems;
        this.source = source;
        this.start = start;
    }

    /** The bound record, or null when the root is not a mapping (the problem is then reported). */
    <R extends Record> R bindRoot(Class<R> type, Node root) {
        source.record("", root);
        return type.cast(bindRecord(type, root, ""));
    }

    /** Binds a mapping (or, for a null node, an empty one, so defaults apply) to a record of {@code type}. */
    private Object bindRecord(Class<?> type, Node node, String path) {
        if (node != null && !(node instanceof MappingNode)) {
            return failed(node, path, "expected " + ScalarConverter.describe(type, null) + ", found "
                    + Nodes.describe(node), null);
        }
        RecordSchema schema = RecordSchema.of(type);
        Map<String, YamlMapping.Entry> entries =
                node == null ? Map.of() : YamlMapping.read((MappingNode) node, path, problems);
        entries.forEach((key, entry) -> {
            if (schema.find(key).isEmpty()) {
                reportUnknownKey(schema, key, entry.key(), path);
            }
        });
        List<ParamSpec> specs = schema.components();
        Object[] arguments = new Object[specs.size()];
        for (int i = 0; i < arguments.length; i++) {
            ParamSpec spec = specs.get(i);
            YamlMapping.Entry entry = entries.get(spec.name());
            arguments[i] = bindComponent(spec, entry == null ? null : entry.value(), SourceMap.child(path, spec.name()));
        }
        try {
            return schema.construct(arguments);
        } catch (IllegalArgumentException e) {
            return failed(node, path, "expected a valid " + type.getSimpleName() + ", found " + e.getMessage(), null);
        }
    }

    private void reportUnknownKey(RecordSchema schema, String key, Node keyNode, String path) {
        String suggestion = KeySuggester.suffix(key, schema.names());
        String hint = suggestion.isEmpty() ? "; expected one of " + String.join(", ", schema.names()) : suggestion;
        problems.add(keyNode.getStartMark(), SourceMap.child(path, key), "unknown key " + Nodes.quote(key) + hint);
    }

    private Object bindComponent(ParamSpec spec, Node node, String path) {
        if (node == null || Nodes.isNull(node)) {
            return absent(spec, path);
        }
        source.record(path, node);
        if (spec.type().isRecord()) {
            return bindRecord(spec.type(), node, path);
        }
        if (spec.isList()) {
            return bindList(spec, node, path);
        }
        return bindScalar(spec.type(), spec, node, path);
    }

    private Object absent(ParamSpec spec, String path) {
        if (spec.isRequired()) {
            if (spec.type().isRecord()) {
                return bindRecord(spec.type(), null, path);
            }
            String expected = spec.isList() ? "a list" : ScalarConverter.describe(spec.type(), spec.param());
            return failed(null, path, "missing required key '" + spec.name() + "'; expected " + expected,
                    placeholder(spec.type()));
        }
        if (spec.isUnsetByDefault()) {
            return placeholder(spec.type());
        }
        if (spec.type().isRecord() || spec.isList()) {
            throw new IllegalStateException(path + ": only scalars can have a written default");
        }
        try {
            return ScalarConverter.convert(spec.type(), spec.param(), spec.param().def());
        } catch (InvalidValueException e) {
            throw new IllegalStateException("invalid default for " + path + ": " + e.getMessage(), e);
        }
    }

    private Object bindList(ParamSpec spec, Node node, String path) {
        Class<?> element = spec.elementType();
        String expected = element.isRecord() ? "a list of mappings" : "a list of " + plural(element, spec);
        if (!(node instanceof SequenceNode sequence)) {
            return failed(node, path, "expected " + expected + ", found " + Nodes.describe(node), List.of());
        }
        List<Object> values = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            String itemPath = SourceMap.element(path, i);
            source.record(itemPath, item);
            Object value;
            if (Nodes.isNull(item)) {
                value = failed(item, itemPath, "expected " + (element.isRecord()
                        ? ScalarConverter.describe(element, null) : ScalarConverter.describe(element, spec.param()))
                        + ", found an empty list item", null);
            } else if (element.isRecord()) {
                value = bindRecord(element, item, itemPath);
            } else {
                value = bindScalar(element, spec, item, itemPath);
            }
            complete &= value != null;
            values.add(value);
        }
        if (!complete) {
            // A list cannot hold nulls; checks of the list are silenced by marking the whole list failed.
            source.fail(path);
            return List.of();
        }
        return values;
    }

    private Object bindScalar(Class<?> type, ParamSpec spec, Node node, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            return failed(node, path, "expected " + ScalarConverter.describe(type, spec.param()) + ", found "
                    + Nodes.describe(node), placeholder(type));
        }
        try {
            return ScalarConverter.convert(type, spec.param(), scalar.getValue(), start);
        } catch (InvalidValueException e) {
            return failed(node, path, e.getMessage(), placeholder(type));
        }
    }

    private Object failed(Node node, String path, String message, Object placeholder) {
        problems.add(node == null ? source.markOf(path) : node.getStartMark(), path, message);
        source.fail(path);
        return placeholder;
    }

    private static String plural(Class<?> element, ParamSpec spec) {
        if (element == Integer.class || element == Long.class) {
            return "whole numbers";
        }
        if (element == Double.class) {
            return "numbers";
        }
        return element == String.class ? "strings" : "values (" + ScalarConverter.describe(element, spec.param()) + ")";
    }

    private static Object placeholder(Class<?> type) {
        if (type == double.class) {
            return Double.NaN;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return type == List.class ? List.of() : null;
    }
}
