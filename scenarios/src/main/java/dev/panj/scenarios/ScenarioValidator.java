package dev.panj.scenarios;

import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.CiviliansConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.ExtraBorderConfig;
import dev.panj.sim.config.GeographyConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.config.TimelineEventConfig;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that hold between keys, which the binder cannot see one key at a time: unique ids, references between
 * lists, a command for every country that reports, shares or asks for help, and the borders.
 * References are checked by {@link ReferenceChecks}, the timeline by {@link TimelineChecks}, cooperation by
 * {@link CoalitionChecks}, positions by {@link GeometryChecks}. Problems join the binder's in the same report.
 */
final class ScenarioValidator {

    /** The longest scenario name: it must fit in a folder name (255 bytes) with room for a prefix. */
    static final int MAX_NAME_LENGTH = 100;

    private final CheckContext context;

    ScenarioValidator(CheckContext context) {
        this.context = context;
    }

    void validate(ScenarioConfig config) {
        checkName(config.name());
        checkStart(config);
        double borderLength = checkGeography(config.geography());
        Set<String> staging = context.unique(CheckContext.keyed("stagingAreas", config.stagingAreas(), "id",
                s -> s.id()), "id");
        Set<String> objectives = context.unique(CheckContext.keyed("objectives", config.objectives(), "id",
                o -> o.id()), "id");
        context.unique(CheckContext.keyed("posts", config.posts(), "id", p -> p.id()), "id");
        context.unique(CheckContext.keyed("sensorLines", config.sensorLines(), "id", s -> s.id()), "id");
        context.unique(CheckContext.keyed("patrols", config.patrols(), "id", p -> p.id()), "id");
        context.unique(units(config), "id");
        Set<String> commanded = context.unique(CheckContext.keyed("commands", config.commands(), "country",
                c -> c.country()), "country");
        context.unique(CheckContext.keyed("terrains", config.terrains(), "terrain",
                t -> t.terrain() == null ? null : EnumSpelling.of(t.terrain())), "terrain");
        Set<String> crossings = context.unique(CheckContext.keyed("civilians.crossings",
                CheckContext.listOf(config.civilians(), CiviliansConfig::crossings), "id", c -> c.id()), "id");
        ReferenceChecks references = new ReferenceChecks(context, config, staging, objectives, crossings,
                borderIds(config.geography()));
        references.check();
        new TimelineChecks(context, references).check(config);
        checkCommands(config, commanded);
        new CoalitionChecks(context).check(config);
        new TrafficChecks(context).check(config);
        new GeometryChecks(context, borderLength).check(config);
    }

    /**
     * A name is shown in every table and names a folder of a comparison, so it must be there and short: checked
     * here, before anything runs, rather than when the folder cannot be made after the baseline's batch.
     */
    private void checkName(String name) {
        if (name == null || !context.sound("name")) {
            return;
        }
        if (name.isBlank()) {
            context.report("name", "expected a short name such as border-2016, found an empty name");
        } else if (name.length() > MAX_NAME_LENGTH) {
            context.report("name", "expected a name of at most " + MAX_NAME_LENGTH + " characters, found one of "
                    + name.length() + " (" + Nodes.quote(name) + ")");
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            context.report("name", "expected a name on one line without control characters, found "
                    + Nodes.quote(name.replaceAll("\\p{Cntrl}", "?")));
        }
    }

    private void checkStart(ScenarioConfig config) {
        String start = config.simulation() == null ? null : config.simulation().start();
        if (start == null || !context.sound("simulation.start")) {
            return;
        }
        try {
            LocalDateTime.parse(start);
        } catch (DateTimeParseException e) {
            context.report("simulation.start", "expected an ISO local date-time such as 2015-07-22T00:00, found "
                    + Nodes.quote(start));
        }
    }

    /** Checks the border keys; returns the straight border's length, or NaN when it comes from the data. */
    private double checkGeography(GeographyConfig geography) {
        if (geography == null || geography.border() == null || !context.sound("geography.border")) {
            return Double.NaN;
        }
        if (geography.border() == BorderKind.STRAIGHT) {
            if (Double.isNaN(geography.length()) && context.sound("geography.length")) {
                context.report("geography.length", "missing key 'length'; expected a distance with a unit (m, km) "
                        + "when border is straight");
            }
            if (!geography.extraBorders().isEmpty() && context.sound("geography.extraBorders")) {
                context.report("geography.extraBorders", "expected no extraBorders with border straight (they are "
                        + "Natural Earth lines), found " + geography.extraBorders().size());
            }
            return geography.length();
        }
        if (!Double.isNaN(geography.length())) {
            context.report("geography.length", "expected no length with border natural-earth (the line's own length "
                    + "is used), found " + CheckContext.km(geography.length()));
        }
        Set<String> known = new TreeSet<>(context.geo().borders().keySet());
        knownBorder("geography.borderId", geography.borderId(), known);
        List<CheckContext.Keyed> extra = CheckContext.keyed("geography.extraBorders", geography.extraBorders(),
                "borderId", ExtraBorderConfig::borderId);
        for (CheckContext.Keyed border : extra) {
            knownBorder(border.path(), border.value(), known);
            if (border.value() != null && border.value().equals(geography.borderId()) && context.sound(border.path())) {
                context.report(border.path(), "expected a border other than geography.borderId, found "
                        + Nodes.quote(border.value()) + " again");
            }
        }
        context.unique(extra, "borderId");
        return Double.NaN;
    }

    private void knownBorder(String path, String id, Set<String> known) {
        if (id != null && context.sound(path) && !known.contains(id)) {
            context.report(path, "expected one of " + String.join(", ", known) + ", found " + Nodes.quote(id)
                    + KeySuggester.suffix(id, known));
        }
    }

    /** The borders a group may cross: the primary border and the extra ones; null when they are not sound. */
    private Set<String> borderIds(GeographyConfig geography) {
        if (geography == null || !context.sound("geography.borderId")
                || !context.keysSound("geography.extraBorders", geography.extraBorders(), "borderId")) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(geography.borderId());
        geography.extraBorders().forEach(b -> ids.add(b.borderId()));
        ids.remove(null);
        return ids;
    }

    /** The ids of reaction units, those arriving on the timeline as reinforcements included. */
    private static List<CheckContext.Keyed> units(ScenarioConfig config) {
        List<CheckContext.Keyed> units = new ArrayList<>(
                CheckContext.keyed("reactionUnits", config.reactionUnits(), "id", r -> r.id()));
        List<TimelineEventConfig> timeline = config.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).reinforcement() != null) {
                units.add(new CheckContext.Keyed(CheckContext.path("timeline", i, "reinforcement.id"),
                        timeline.get(i).reinforcement().id()));
            }
        }
        return units;
    }

    /**
     * Every country whose detectors report (posts, sensor lines, patrols, official crossings), that shares reports
     * or that asks for bilateral help needs a command: without one, its reports or the help it asks for would go
     * nowhere. Reaction units need none: the units of a country without a command are held back, and serve only
     * when bilateral help puts them under another country's command (Russia's bases in an exercise). Nor do CSTO
     * members (a scenario may list every member state; only those with a command can trigger a request) and the
     * countries of CSTO contingents.
     */
    private void checkCommands(ScenarioConfig config, Set<String> commanded) {
        if (!context.keysSound("commands", config.commands(), "country")) {
            return;
        }
        List<CheckContext.Keyed> users = new ArrayList<>();
        users.addAll(CheckContext.keyed("posts", config.posts(), "country", p -> p.country()));
        users.addAll(CheckContext.keyed("sensorLines", config.sensorLines(), "country", s -> s.country()));
        users.addAll(CheckContext.keyed("patrols", config.patrols(), "country", p -> p.country()));
        users.addAll(CheckContext.keyed("civilians.crossings",
                CheckContext.listOf(config.civilians(), CiviliansConfig::crossings), "country", c -> c.country()));
        List<SharingLinkConfig> links = CheckContext.listOf(config.cooperation(), CooperationConfig::links);
        users.addAll(CheckContext.keyed("cooperation.links", links, "from", SharingLinkConfig::from));
        users.addAll(CheckContext.keyed("cooperation.links", links, "to", SharingLinkConfig::to));
        users.addAll(CheckContext.keyed("bilateralHelp", config.bilateralHelp(), "requester", h -> h.requester()));
        Map<String, String> firstUser = new LinkedHashMap<>();
        for (CheckContext.Keyed user : users) {
            if (user.value() != null && !commanded.contains(user.value()) && context.sound(user.path())) {
                firstUser.merge(user.value(), user.path(),
                        (a, b) -> context.lineOf(b) < context.lineOf(a) ? b : a);
            }
        }
        String have = commanded.isEmpty() ? "commands is empty" : "commands has " + String.join(", ", commanded);
        firstUser.forEach((country, path) -> context.report(path, "expected an entry in commands for country "
                + Nodes.quote(country) + ", found none (" + have + ")"));
    }
}
