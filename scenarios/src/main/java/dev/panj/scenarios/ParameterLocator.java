package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Finds the value a {@link ParameterPath} names in the node tree of a resolved scenario, following the record
 * schema so that keys are checked exactly as the binder checks them (an unknown key gets the same did-you-mean).
 * A list item is chosen by its identity ({@link ItemIdentity}: an {@code id}, a command's country...) or, for a
 * number that is no item's identity, by its position from 0. A key that the resolved scenario leaves unset is
 * created when the value is set, so an optional key can be given a value.
 */
final class ParameterLocator {

    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

    /** Why a path names no single value, and the part of the path where that became clear. */
    static final class Failure extends Exception {
        private final String at;

        Failure(String at, String message) {
            super(message);
            this.at = at;
        }

        String at() {
            return at;
        }
    }

    /**
     * The value a path names.
     *
     * @param spec      the key's description; for an item of a list of values, the list's
     * @param type      the Java type of the value
     * @param indexPath the path as the binder writes it, with list items by position ({@code posts[0].spacing})
     * @param current   the value's node, or null when the scenario leaves it unset
     */
    record Location(ParamSpec spec, Class<?> type, String indexPath, Node current, Consumer<Node> setter) {
        void set(Node value) {
            setter.accept(value);
        }
    }

    private ParameterLocator() {
    }

    static Location locate(MappingNode root, ParameterPath path) throws Failure {
        Class<?> type = ScenarioConfig.class;
        MappingNode mapping = root;
        String written = "";
        String indexed = "";
        List<ParameterPath.Step> steps = path.steps();
        for (int s = 0; s < steps.size(); s++) {
            ParameterPath.Step step = steps.get(s);
            boolean last = s == steps.size() - 1;
            String rest = steps.subList(s + 1, steps.size()).stream().map(ParameterPath.Step::written)
                    .collect(Collectors.joining("."));
            RecordSchema schema = RecordSchema.of(type);
            String key = step.key();
            written = SourceMap.child(written, key);
            ParamSpec spec = schema.find(key).orElse(null);
            if (spec == null) {
                String suggestion = KeySuggester.suffix(key, schema.names());
                throw new Failure(written, "unknown key " + Nodes.quote(key)
                        + (suggestion.isEmpty() ? "; expected one of " + String.join(", ", schema.names()) : suggestion));
            }
            indexed = SourceMap.child(indexed, key);
            if (spec.isList()) {
                boolean records = spec.elementType().isRecord();
                if (step.selector() == null) {
                    throw new Failure(written, "expected " + (records ? "[id] or [index]" : "[index]") + " after "
                            + Nodes.quote(key) + ", which is a list");
                }
                SequenceNode list = sequence(mapping, key, written);
                int index = select(list, spec.elementType(), step.selector(), written);
                written += "[" + step.selector() + "]";
                indexed = SourceMap.element(indexed, index);
                Node item = list.getValue().get(index);
                if (records) {
                    if (last || !(item instanceof MappingNode itemMapping)) {
                        throw new Failure(written, "expected a path to a single value, found an item of "
                                + Nodes.quote(key) + " (a mapping with keys "
                                + String.join(", ", RecordSchema.of(spec.elementType()).names()) + ")");
                    }
                    mapping = itemMapping;
                    type = spec.elementType();
                    continue;
                }
                requireLast(last, written, step, rest);
                return new Location(spec, spec.elementType(), indexed, item, node -> list.getValue().set(index, node));
            }
            if (step.selector() != null) {
                throw new Failure(written, "expected no [" + step.selector() + "] after " + Nodes.quote(key)
                        + ", which is " + (spec.type().isRecord() ? "a mapping" : "a single value"));
            }
            if (spec.type().isRecord()) {
                if (last) {
                    throw new Failure(written, "expected a path to a single value, found a mapping with keys "
                            + String.join(", ", RecordSchema.of(spec.type()).names()));
                }
                mapping = childMapping(mapping, key);
                type = spec.type();
                continue;
            }
            requireLast(last, written, step, rest);
            MappingNode owner = mapping;
            return new Location(spec, spec.type(), indexed, valueOf(owner, key), node -> put(owner, key, node));
        }
        throw new IllegalStateException("a parsed path has at least one step: " + path.text());
    }

    /** A plain scalar holding {@code text}, without a place in any file. */
    static ScalarNode scalar(String text) {
        return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static void requireLast(boolean last, String written, ParameterPath.Step step, String rest)
            throws Failure {
        if (!last) {
            throw new Failure(written, "expected nothing after " + Nodes.quote(step.written())
                    + ", which is a single value, found " + Nodes.quote("." + rest));
        }
    }

    private static SequenceNode sequence(MappingNode mapping, String key, String written) throws Failure {
        Node value = valueOf(mapping, key);
        if (value instanceof SequenceNode list && !list.getValue().isEmpty()) {
            return list;
        }
        throw new Failure(written, "expected an item, found an empty list");
    }

    /** The position of the item the selector names: by identity first, then as an index. */
    private static int select(SequenceNode list, Class<?> elementType, String selector, String written)
            throws Failure {
        List<String> keys = ItemIdentity.keys(elementType);
        List<String> identities = new ArrayList<>();
        for (Node item : list.getValue()) {
            identities.add(identity(item, keys));
        }
        String wanted = selector.strip();
        for (int i = 0; i < identities.size(); i++) {
            String identity = identities.get(i);
            if (identity != null && (identity.equals(wanted) || keys.size() > 1 && values(identity).equals(
                    wanted.replaceAll("\\s*,\\s*", ",")))) {
                return i;
            }
        }
        int last = list.getValue().size() - 1;
        String indices = "an index from 0 to " + last;
        if (INDEX.matcher(wanted).matches()) {
            int index = Integer.parseInt(wanted);
            if (index <= last) {
                return index;
            }
            throw new Failure(written, "expected " + indices + ", found " + index);
        }
        List<String> known = identities.stream().filter(i -> i != null).toList();
        if (keys.isEmpty() || known.isEmpty()) {
            throw new Failure(written, "expected " + indices + ", found " + Nodes.quote(wanted));
        }
        throw new Failure(written, "expected " + indices + " or the " + String.join(" and ", keys) + " of an item ("
                + String.join(", ", known) + "), found " + Nodes.quote(wanted) + KeySuggester.suffix(wanted, known));
    }

    /** {@code from=TJK,to=KGZ} as {@code TJK,KGZ}: the identity without its key names. */
    private static String values(String identity) {
        return java.util.Arrays.stream(identity.split(",")).map(part -> part.substring(part.indexOf('=') + 1))
                .collect(Collectors.joining(","));
    }

    private static String identity(Node item, List<String> keys) {
        if (!(item instanceof MappingNode mapping)) {
            return null;
        }
        Map<String, YamlMapping.Entry> entries = YamlMapping.read(mapping, "", new ProblemCollector(""));
        return ItemIdentity.of(keys, key -> {
            YamlMapping.Entry entry = entries.get(key);
            return entry != null && entry.value() instanceof ScalarNode scalar && !Nodes.isNull(scalar)
                    ? scalar.getValue() : null;
        });
    }

    private static Node valueOf(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Nodes.isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
            }
        }
        return null;
    }

    private static void put(MappingNode mapping, String key, Node value) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                return;
            }
        }
        tuples.add(new NodeTuple(scalar(key), value));
    }

    /** The mapping at {@code key}, created empty when the resolved scenario has none (all its keys default). */
    private static MappingNode childMapping(MappingNode mapping, String key) {
        if (valueOf(mapping, key) instanceof MappingNode child) {
            return child;
        }
        MappingNode created = new MappingNode(Tag.MAP, true, new ArrayList<>(), null, null,
                DumperOptions.FlowStyle.BLOCK);
        put(mapping, key, created);
        return created;
    }
}
