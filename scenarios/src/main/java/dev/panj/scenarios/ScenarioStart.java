package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SimulationConfig;
import dev.panj.sim.config.Unit;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The scenario's {@code simulation.start}, read from the merged tree before binding, so that a moment
 * ({@link Unit#INSTANT}) written as a date-time anywhere in the file can be turned into hours after the start.
 */
final class ScenarioStart {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*", Pattern.DOTALL);
    private static final String EXAMPLE = "2015-07-22T06:00";

    private final LocalDateTime start;

    private ScenarioStart(LocalDateTime start) {
        this.start = start;
    }

    /** No known start: date-times cannot be placed (the start's own problem is reported by the validator). */
    static final ScenarioStart UNKNOWN = new ScenarioStart(null);

    /** The start written in the tree, else the default; unknown when it is not a valid date-time. */
    static ScenarioStart of(Node root) {
        String text = component(SimulationConfig.class, "start").param().def();
        Node simulation = entry(root, component(ScenarioConfig.class, "simulation").name());
        Node written = entry(simulation, "start");
        if (written instanceof ScalarNode scalar && !Nodes.isNull(scalar)) {
            text = scalar.getValue();
        } else if (written != null && !Nodes.isNull(written)) {
            return UNKNOWN;
        }
        try {
            return new ScenarioStart(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return UNKNOWN;
        }
    }

    /** What a moment looks like, for messages. */
    static String describe() {
        return "an offset from the start with a unit (min, h, d) or a date-time such as " + EXAMPLE;
    }

    /** Hours after the start of a moment written as an offset ({@code 12 h}) or a date-time. */
    double hours(String text) throws InvalidValueException {
        String trimmed = text.strip();
        if (!DATE_TIME.matcher(trimmed).matches()) {
            return UnitParser.parse(text, Unit.INSTANT);
        }
        LocalDateTime moment;
        try {
            moment = LocalDateTime.parse(trimmed.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("expected a date-time such as " + EXAMPLE + ", found " + Nodes.quote(text));
        }
        if (start == null) {
            throw new InvalidValueException("expected a valid simulation.start to place the date-time "
                    + Nodes.quote(text) + ", found none (or write an offset from the start such as 12 h)");
        }
        double hours = Duration.between(start, moment).toSeconds() / 3600.0;
        if (hours < 0) {
            throw new InvalidValueException("expected a time at or after simulation.start (" + start + "), found "
                    + Nodes.shorten(trimmed) + " (" + DecimalText.brief(-hours) + " h before the start)");
        }
        return hours;
    }

    private static Node entry(Node mapping, String key) {
        if (!(mapping instanceof MappingNode node)) {
            return null;
        }
        Map<String, YamlMapping.Entry> entries = YamlMapping.read(node, "", new ProblemCollector(""));
        YamlMapping.Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    private static ParamSpec component(Class<?> type, String name) {
        return RecordSchema.of(type).find(name).orElseThrow(() -> new IllegalStateException(type + " has no " + name));
    }
}
