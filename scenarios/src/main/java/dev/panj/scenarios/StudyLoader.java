package dev.panj.scenarios;

import dev.panj.sim.config.Unit;
import dev.panj.sim.metrics.Better;
import dev.panj.sim.metrics.MetricCatalogue;
import dev.panj.sim.metrics.MetricNames;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and checks a study file (YAML) as scenarios are checked: every problem with the file, line, column and key
 * path, what was expected and what was found, and a suggestion for a misspelt key or metric. Lever and uncertainty
 * paths are the sweep's parameter paths; their values are read in the key's units and each end (and each choice) is
 * checked by loading the base scenario with it, so a value that would be a problem in a scenario file is one here.
 */
public final class StudyLoader {
    static final List<String> TOP = List.of("name", "description", "base", "horizon", "levers", "uncertainties",
            "objectives", "constraints", "search", "robust");
    private static final List<String> LEVER_KEYS = List.of("name", "path", "range", "count", "choices", "options");
    private static final List<String> UNCERTAINTY_KEYS = List.of("name", "path", "range", "triangular", "choices");
    private static final List<String> OBJECTIVE_KEYS = List.of("metric", "direction", "threshold");
    private static final List<String> CONSTRAINT_KEYS = List.of("metric", "max", "min");
    private static final List<String> SEARCH_KEYS = List.of("algorithm", "evaluations", "population", "replications",
            "futures", "seed", "epsilon");
    private static final List<String> ROBUST_KEYS = List.of("futures", "replications", "seed");
    /** The search algorithms by the names a study or {@code --algorithm} uses. */
    public static final List<String> ALGORITHMS = List.of("nsga2", "nsga3", "emoea");

    private final String origin;
    private final Path folder;
    private final ProblemCollector problems;

    private StudyLoader(String origin, Path folder) {
        this.origin = origin;
        this.folder = folder;
        this.problems = new ProblemCollector(origin);
    }

    /** The text of the built-in study {@code name} ({@code studies/NAME.yaml} in this jar), or null. */
    public static String builtIn(String name) {
        return resource("studies/" + name + ".yaml");
    }

    private static String resource(String path) {
        if (!path.matches("[a-z0-9/._-]+") || path.contains("..")) {
            return null;
        }
        try (java.io.InputStream in = StudyLoader.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Loads the study file at {@code path}. */
    public static Study load(Path path) throws ScenarioException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(path.toString(), 0, 0, "",
                    "expected a readable study file, found " + (Files.exists(path) ? "an unreadable one" : "none"))));
        }
        return parse(text, path.toString(), path.toAbsolutePath().getParent());
    }

    /** Parses study text; {@code origin} names the file in problems, a relative {@code base} starts from {@code folder}. */
    public static Study parse(String text, String origin, Path folder) throws ScenarioException {
        return new StudyLoader(origin, folder).read(text);
    }

    private Study read(String text) throws ScenarioException {
        Node root = SafeYamlReader.read(text, problems);
        problems.throwIfAny();
        if (!(root instanceof MappingNode mapping)) {
            problems.add(root.getStartMark(), "", "expected a mapping of study keys (" + String.join(", ", TOP)
                    + "), found " + Nodes.describe(root));
            throw new ScenarioException(problems.sorted());
        }
        Map<String, YamlMapping.Entry> top = entries(mapping, "", TOP);
        String name = scalar(top, "name", "", "a name", null);
        String description = scalar(top, "description", "", "a description", "");
        LoadedScenario base = base(top);
        if (base == null) {
            // Nothing below can be checked without the base scenario.
            problems.throwIfAny();
        }
        double hours = base.config().simulation().duration();
        YamlMapping.Entry horizon = top.get("horizon");
        if (horizon != null) {
            hours = number(horizon.value(), "horizon", Unit.DURATION, 0.25, 24 * 3650);
        }
        List<StudyLever> levers = new ArrayList<>();
        for (Item item : items(top, "levers", true)) {
            StudyLever lever = lever(item, base);
            if (lever != null) {
                levers.add(lever);
            }
        }
        List<StudyUncertainty> uncertainties = new ArrayList<>();
        for (Item item : items(top, "uncertainties", false)) {
            StudyUncertainty u = uncertainty(item, base);
            if (u != null) {
                uncertainties.add(u);
            }
        }
        uniquePaths(levers, uncertainties, top);
        List<StudyObjective> objectives = new ArrayList<>();
        for (Item item : items(top, "objectives", true)) {
            StudyObjective o = objective(item);
            if (o != null) {
                objectives.add(o);
            }
        }
        List<StudyConstraint> constraints = new ArrayList<>();
        for (Item item : items(top, "constraints", false)) {
            StudyConstraint c = constraint(item);
            if (c != null) {
                constraints.add(c);
            }
        }
        Study.Search search = search(top.get("search"));
        Study.Robust robust = robust(top.get("robust"), search.seed());
        problems.throwIfAny();
        return new Study(name, description, origin, text, base, hours, levers, uncertainties, objectives, constraints,
                search, robust);
    }

    private LoadedScenario base(Map<String, YamlMapping.Entry> top) {
        YamlMapping.Entry entry = top.get("base");
        if (entry == null) {
            problems.add(null, "base", "missing required key 'base'; expected a built-in scenario name or a scenario file");
            return null;
        }
        if (!(entry.value() instanceof ScalarNode s) || Nodes.isNull(s)) {
            problems.add(entry.value().getStartMark(), "base", "expected a scenario name or file, found "
                    + Nodes.describe(entry.value()));
            return null;
        }
        String written = s.getValue();
        String target = written;
        boolean builtIn = ScenarioLibrary.builtIns().stream().anyMatch(b -> b.name().equals(written));
        if (!builtIn && folder != null && !Path.of(written).isAbsolute() && Files.exists(folder.resolve(written))) {
            target = folder.resolve(written).toString();
        }
        try {
            String study = folder == null ? resource("studies/" + written + ".yaml") : null;
            if (study != null) {
                return ScenarioLibrary.parse(study, "studies/" + written + ".yaml");
            }
            return ScenarioLibrary.load(target);
        } catch (ScenarioException e) {
            Problem first = e.problems().get(0);
            String where = first.line() > 0 ? " (" + first.file() + ":" + first.line() + ")" : "";
            problems.add(s.getStartMark(), "base", "expected a scenario that loads, found " + Nodes.quote(written)
                    + ": " + (first.path().isEmpty() ? "" : first.path() + ": ") + first.message() + where
                    + (e.problems().size() > 1 ? " and " + (e.problems().size() - 1) + " more problems" : ""));
            return null;
        }
    }

    private StudyLever lever(Item item, LoadedScenario base) {
        Map<String, YamlMapping.Entry> e = entries(item.node(), item.path(), LEVER_KEYS);
        if (e == null) {
            return null;
        }
        List<String> forms = present(e, "range", "count", "choices", "options");
        if (forms.size() != 1) {
            problems.add(item.node().getStartMark(), item.path(), "expected exactly one of range, count, choices or "
                    + "options, found " + (forms.isEmpty() ? "none" : String.join(" and ", forms)));
            return null;
        }
        String form = forms.get(0);
        if (form.equals("options")) {
            String name = scalar(e, "name", item.path(), "a name", null);
            if (e.containsKey("path")) {
                problems.add(e.get("path").key().getStartMark(), item.path() + ".path", "expected no path with "
                        + "options (each option names its own paths), found one");
            }
            List<StudySetting> options = options(e.get("options"), item.path() + ".options", base);
            return name == null || options == null ? null
                    : new StudyLever(name, StudyLever.Kind.CHOICE, null, Double.NaN, Double.NaN, "", options, null);
        }
        String path = scalar(e, "path", item.path(), "a parameter path such as csto.decisionDelay", null);
        if (path == null) {
            return null;
        }
        ScenarioParameter parameter = parameter(base, path, e.get("path").value(), item.path() + ".path");
        if (parameter == null) {
            return null;
        }
        String name = scalar(e, "name", item.path(), "a name", path);
        Node values = e.get(form).value();
        String at = item.path() + "." + form;
        if (form.equals("choices")) {
            List<String> choices = choices(values, at, base, path, parameter);
            if (choices == null) {
                return null;
            }
            List<StudySetting> options = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                options.add(new StudySetting(choices.get(i), i, List.of(new ScenarioOverride(path, choices.get(i)))));
            }
            return new StudyLever(name, StudyLever.Kind.CHOICE, path, Double.NaN, Double.NaN, "", options, parameter);
        }
        double[] ends = ends(values, at, 2, base, path, parameter);
        if (ends == null) {
            return null;
        }
        if (form.equals("count") && !parameter.isWhole()) {
            problems.add(values.getStartMark(), at, "expected a key that holds whole numbers for a count, found "
                    + path + ", which holds " + parameter.describe() + "; use range");
            return null;
        }
        if (form.equals("count") && (ends[0] != Math.rint(ends[0]) || ends[1] != Math.rint(ends[1]))) {
            problems.add(values.getStartMark(), at, "expected two whole numbers, found " + Nodes.describe(values));
            return null;
        }
        StudyLever.Kind kind = form.equals("count") || parameter.isWhole() ? StudyLever.Kind.COUNT : StudyLever.Kind.RANGE;
        return new StudyLever(name, kind, path, ends[0], ends[1], parameter.unit(), List.of(), parameter);
    }

    private List<StudySetting> options(YamlMapping.Entry entry, String path, LoadedScenario base) {
        if (!(entry.value() instanceof MappingNode mapping) || mapping.getValue().size() < 2) {
            problems.add(entry.value().getStartMark(), path, "expected a mapping of at least two named options, each "
                    + "a mapping of parameter paths to values, found " + Nodes.describe(entry.value()));
            return null;
        }
        List<StudySetting> options = new ArrayList<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String label = ((ScalarNode) tuple.getKeyNode()).getValue();
            String at = path + "." + label;
            List<ScenarioOverride> overrides = new ArrayList<>();
            if (tuple.getValueNode() instanceof MappingNode changes) {
                for (NodeTuple change : changes.getValue()) {
                    String p = ((ScalarNode) change.getKeyNode()).getValue();
                    if (!(change.getValueNode() instanceof ScalarNode v) || Nodes.isNull(v)) {
                        problems.add(change.getValueNode().getStartMark(), at + "." + p, "expected a value, found "
                                + Nodes.describe(change.getValueNode()));
                        ok = false;
                        continue;
                    }
                    if (parameter(base, p, change.getKeyNode(), at) == null) {
                        ok = false;
                        continue;
                    }
                    overrides.add(new ScenarioOverride(p, v.getValue()));
                }
            } else if (!Nodes.isNull(tuple.getValueNode())) {
                problems.add(tuple.getValueNode().getStartMark(), at, "expected a mapping of parameter paths to values "
                        + "(or nothing, for the base scenario as it is), found " + Nodes.describe(tuple.getValueNode()));
                ok = false;
                continue;
            }
            if (ok && !loads(base, overrides, tuple.getKeyNode(), at)) {
                ok = false;
            }
            options.add(new StudySetting(label, options.size(), overrides));
        }
        return ok ? options : null;
    }

    private StudyUncertainty uncertainty(Item item, LoadedScenario base) {
        Map<String, YamlMapping.Entry> e = entries(item.node(), item.path(), UNCERTAINTY_KEYS);
        if (e == null) {
            return null;
        }
        List<String> forms = present(e, "range", "triangular", "choices");
        if (forms.size() != 1) {
            problems.add(item.node().getStartMark(), item.path(), "expected exactly one of range, triangular or "
                    + "choices, found " + (forms.isEmpty() ? "none" : String.join(" and ", forms)));
            return null;
        }
        String path = scalar(e, "path", item.path(), "a parameter path such as csto.decisionDelay", null);
        if (path == null) {
            return null;
        }
        ScenarioParameter parameter = parameter(base, path, e.get("path").value(), item.path() + ".path");
        if (parameter == null) {
            return null;
        }
        String name = scalar(e, "name", item.path(), "a name", path);
        String form = forms.get(0);
        Node values = e.get(form).value();
        String at = item.path() + "." + form;
        switch (form) {
            case "choices" -> {
                List<String> choices = choices(values, at, base, path, parameter);
                return choices == null ? null : new StudyUncertainty(name, path, StudyUncertainty.Shape.CHOICE,
                        Double.NaN, Double.NaN, Double.NaN, choices, parameter);
            }
            case "range" -> {
                double[] ends = ends(values, at, 2, base, path, parameter);
                return ends == null ? null : new StudyUncertainty(name, path, StudyUncertainty.Shape.UNIFORM,
                        ends[0], Double.NaN, ends[1], List.of(), parameter);
            }
            default -> {
                double[] ends = ends(values, at, 3, base, path, parameter);
                if (ends == null) {
                    return null;
                }
                if (!(ends[0] <= ends[1] && ends[1] <= ends[2])) {
                    problems.add(values.getStartMark(), at, "expected low ≤ mode ≤ high, found "
                            + Nodes.describe(values));
                    return null;
                }
                return new StudyUncertainty(name, path, StudyUncertainty.Shape.TRIANGULAR, ends[0], ends[1], ends[2],
                        List.of(), parameter);
            }
        }
    }

    private StudyObjective objective(Item item) {
        Map<String, YamlMapping.Entry> e = entries(item.node(), item.path(), OBJECTIVE_KEYS);
        if (e == null) {
            return null;
        }
        String metric = metric(e, item.path());
        if (metric == null) {
            return null;
        }
        Better better = MetricCatalogue.find(metric).map(i -> i.better()).orElse(Better.NEITHER);
        boolean maximize = better == Better.HIGHER;
        YamlMapping.Entry direction = e.get("direction");
        if (direction != null) {
            String d = direction.value() instanceof ScalarNode s ? s.getValue() : "";
            if (d.equals("maximize") || d.equals("max")) {
                maximize = true;
            } else if (d.equals("minimize") || d.equals("min")) {
                maximize = false;
            } else {
                problems.add(direction.value().getStartMark(), item.path() + ".direction", "expected maximize or "
                        + "minimize, found " + Nodes.describe(direction.value())
                        + KeySuggester.suffix(d, List.of("maximize", "minimize")));
                return null;
            }
        } else if (better == Better.NEITHER) {
            problems.add(e.get("metric").value().getStartMark(), item.path() + ".direction", "missing key "
                    + "'direction'; expected maximize or minimize, as " + metric + " is neither better high nor low");
            return null;
        }
        double threshold = Double.NaN;
        if (e.containsKey("threshold")) {
            threshold = number(e.get("threshold").value(), item.path() + ".threshold", Unit.NONE,
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        return new StudyObjective(metric, maximize, threshold);
    }

    private StudyConstraint constraint(Item item) {
        Map<String, YamlMapping.Entry> e = entries(item.node(), item.path(), CONSTRAINT_KEYS);
        if (e == null) {
            return null;
        }
        String metric = metric(e, item.path());
        List<String> bounds = present(e, "max", "min");
        if (bounds.size() != 1) {
            problems.add(item.node().getStartMark(), item.path(), "expected exactly one of max or min, found "
                    + (bounds.isEmpty() ? "none" : "both"));
            return null;
        }
        double bound = number(e.get(bounds.get(0)).value(), item.path() + "." + bounds.get(0), Unit.NONE,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return metric == null || Double.isNaN(bound) ? null : new StudyConstraint(metric, bounds.get(0).equals("max"), bound);
    }

    private String metric(Map<String, YamlMapping.Entry> e, String path) {
        String metric = scalar(e, "metric", path, "a metric name such as interdiction_rate", null);
        if (metric == null) {
            return null;
        }
        if (!MetricNames.ALL.contains(metric)) {
            problems.add(e.get("metric").value().getStartMark(), path + ".metric", "unknown metric "
                    + Nodes.quote(metric) + suggestion(metric, MetricNames.ALL));
            return null;
        }
        return metric;
    }

    private Study.Search search(YamlMapping.Entry entry) {
        Map<String, YamlMapping.Entry> e = entry == null ? Map.of() : block(entry, "search", SEARCH_KEYS);
        String algorithm = scalar(e, "algorithm", "search", "an algorithm", "nsga2");
        if (algorithm != null && !ALGORITHMS.contains(algorithm)) {
            problems.add(e.get("algorithm").value().getStartMark(), "search.algorithm", "unknown algorithm "
                    + Nodes.quote(algorithm) + suggestion(algorithm, ALGORITHMS));
        }
        return new Study.Search(algorithm, whole(e, "evaluations", "search", 200, 1), whole(e, "population", "search", 20, 4),
                whole(e, "replications", "search", 4, 1), whole(e, "futures", "search", 1, 1),
                whole(e, "seed", "search", 1, Long.MIN_VALUE), e.containsKey("epsilon")
                ? number(e.get("epsilon").value(), "search.epsilon", Unit.NONE, 1e-9, 1e9) : 0.01);
    }

    private Study.Robust robust(YamlMapping.Entry entry, long seed) {
        Map<String, YamlMapping.Entry> e = entry == null ? Map.of() : block(entry, "robust", ROBUST_KEYS);
        return new Study.Robust(whole(e, "futures", "robust", 50, 2), whole(e, "replications", "robust", 2, 1),
                whole(e, "seed", "robust", seed, Long.MIN_VALUE));
    }

    private Map<String, YamlMapping.Entry> block(YamlMapping.Entry entry, String path, List<String> keys) {
        if (!(entry.value() instanceof MappingNode m)) {
            problems.add(entry.value().getStartMark(), path, "expected a mapping of " + String.join(", ", keys)
                    + ", found " + Nodes.describe(entry.value()));
            return Map.of();
        }
        Map<String, YamlMapping.Entry> e = entries(m, path, keys);
        return e == null ? Map.of() : e;
    }

    private int whole(Map<String, YamlMapping.Entry> e, String key, String path, long def, long min) {
        YamlMapping.Entry entry = e.get(key);
        if (entry == null) {
            return (int) def;
        }
        double v = number(entry.value(), path + "." + key, Unit.NONE, min, Integer.MAX_VALUE);
        if (!Double.isNaN(v) && v != Math.rint(v)) {
            problems.add(entry.value().getStartMark(), path + "." + key, "expected a whole number, found "
                    + Nodes.describe(entry.value()));
        }
        return (int) v;
    }

    private void uniquePaths(List<StudyLever> levers, List<StudyUncertainty> uncertainties,
                             Map<String, YamlMapping.Entry> top) {
        Set<String> names = new HashSet<>();
        for (StudyLever l : levers) {
            if (!names.add(l.name())) {
                problems.add(top.get("levers").value().getStartMark(), "levers", "expected each lever and uncertainty "
                        + "once, found " + l.name() + " again");
            }
        }
        for (StudyUncertainty u : uncertainties) {
            if (!names.add(u.name())) {
                problems.add(top.get("uncertainties").value().getStartMark(), "uncertainties", "expected each lever and "
                        + "uncertainty once, found " + u.name() + " again");
            }
        }
    }

    private List<String> choices(Node values, String at, LoadedScenario base, String path, ScenarioParameter parameter) {
        List<String> texts = scalars(values, at, -1);
        if (texts == null) {
            return null;
        }
        if (texts.size() < 2 || new HashSet<>(texts).size() != texts.size()) {
            problems.add(values.getStartMark(), at, "expected at least two distinct values, found "
                    + Nodes.describe(values) + (parameter.choices().isEmpty() ? "" : " (one of "
                    + String.join(", ", parameter.choices()) + ")"));
            return null;
        }
        for (String t : texts) {
            if (!loads(base, List.of(new ScenarioOverride(path, t)), values, at)) {
                return null;
            }
        }
        return texts;
    }

    private double[] ends(Node values, String at, int size, LoadedScenario base, String path,
                          ScenarioParameter parameter) {
        List<String> texts = scalars(values, at, size);
        if (texts == null) {
            return null;
        }
        if (!parameter.isNumber()) {
            problems.add(values.getStartMark(), at, "expected a key that holds numbers, found " + path + ", which "
                    + "holds " + parameter.describe() + "; use choices"
                    + (parameter.choices().isEmpty() ? "" : " (" + String.join(", ", parameter.choices()) + ")"));
            return null;
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            try {
                out[i] = parameter.parse(texts.get(i));
            } catch (ScenarioException e) {
                problems.add(values.getStartMark(), at, e.problems().get(0).message());
                return null;
            }
            if (!loads(base, List.of(new ScenarioOverride(path, parameter.format(out[i]))), values, at)) {
                return null;
            }
        }
        if (!(out[0] < out[size - 1])) {
            problems.add(values.getStartMark(), at, "expected the low end below the high end, found "
                    + Nodes.describe(values).replace("a list", String.join(", ", texts)));
            return null;
        }
        return out;
    }

    private List<String> scalars(Node values, String at, int size) {
        if (!(values instanceof SequenceNode seq) || size >= 0 && seq.getValue().size() != size
                || seq.getValue().stream().anyMatch(n -> !(n instanceof ScalarNode) || Nodes.isNull(n))) {
            problems.add(values.getStartMark(), at, "expected a list of " + (size < 0 ? "values" : size + " values")
                    + (size == 2 ? " [low, high]" : size == 3 ? " [low, mode, high]" : "") + ", found "
                    + Nodes.describe(values));
            return null;
        }
        return seq.getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList();
    }

    private ScenarioParameter parameter(LoadedScenario base, String path, Node node, String at) {
        try {
            return ScenarioLibrary.parameter(base, path);
        } catch (ScenarioException e) {
            problems.add(node.getStartMark(), at, message(e));
            return null;
        }
    }

    private boolean loads(LoadedScenario base, List<ScenarioOverride> overrides, Node node, String at) {
        try {
            ScenarioLibrary.withOverrides(base, overrides);
            return true;
        } catch (ScenarioException e) {
            problems.add(node.getStartMark(), at, "the base scenario does not load with it: " + message(e));
            return false;
        }
    }

    private static String message(ScenarioException e) {
        StringBuilder m = new StringBuilder();
        for (Problem p : e.problems()) {
            m.append(m.length() == 0 ? "" : "; ").append(p.path().isEmpty() ? "" : p.path() + ": ").append(p.message());
        }
        return m.toString();
    }

    private double number(Node node, String path, Unit unit, double min, double max) {
        if (!(node instanceof ScalarNode s) || Nodes.isNull(s)) {
            problems.add(node.getStartMark(), path, "expected a number, found " + Nodes.describe(node));
            return Double.NaN;
        }
        try {
            double v = unit == Unit.NONE ? UnitParser.bare(s.getValue()) : UnitParser.parse(s.getValue(), unit);
            if (v < min || v > max) {
                problems.add(node.getStartMark(), path, "expected a value from " + DecimalText.exact(min) + " to "
                        + DecimalText.exact(max) + ", found " + Nodes.quote(s.getValue()));
                return Double.NaN;
            }
            return v;
        } catch (InvalidValueException e) {
            problems.add(node.getStartMark(), path, e.getMessage());
            return Double.NaN;
        }
    }

    private String scalar(Map<String, YamlMapping.Entry> e, String key, String path, String expected, String def) {
        YamlMapping.Entry entry = e.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (entry == null) {
            if (def == null) {
                problems.add(null, at, "missing required key '" + key + "'; expected " + expected);
            }
            return def;
        }
        if (!(entry.value() instanceof ScalarNode s) || Nodes.isNull(s)) {
            problems.add(entry.value().getStartMark(), at, "expected " + expected + ", found "
                    + Nodes.describe(entry.value()));
            return def;
        }
        return s.getValue();
    }

    private Map<String, YamlMapping.Entry> entries(Node node, String path, List<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node.getStartMark(), path, "expected a mapping of " + String.join(", ", keys) + ", found "
                    + Nodes.describe(node));
            return null;
        }
        Map<String, YamlMapping.Entry> e = YamlMapping.read(mapping, path, problems);
        e.forEach((key, entry) -> {
            if (!keys.contains(key)) {
                problems.add(entry.key().getStartMark(), path.isEmpty() ? key : path + "." + key, "unknown key "
                        + Nodes.quote(key) + suggestion(key, keys));
            }
        });
        return e;
    }

    private static String suggestion(String key, List<String> keys) {
        String s = KeySuggester.suffix(key, keys);
        return s.isEmpty() ? "; expected one of " + String.join(", ", keys) : s;
    }

    private static List<String> present(Map<String, YamlMapping.Entry> e, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (e.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private record Item(Node node, String path) {
    }

    private List<Item> items(Map<String, YamlMapping.Entry> top, String key, boolean required) {
        YamlMapping.Entry entry = top.get(key);
        if (entry == null || Nodes.isNull(entry.value())) {
            if (required) {
                problems.add(null, key, "missing required key '" + key + "'; expected a list with at least one item");
            }
            return List.of();
        }
        if (!(entry.value() instanceof SequenceNode seq) || required && seq.getValue().isEmpty()) {
            problems.add(entry.value().getStartMark(), key, "expected a list of mappings" + (required
                    ? " with at least one item" : "") + ", found " + Nodes.describe(entry.value()));
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            items.add(new Item(seq.getValue().get(i), key + "[" + i + "]"));
        }
        return items;
    }
}
