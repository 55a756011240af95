package dev.panj.scenarios;

import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.GeographyConfig;
import dev.panj.sim.config.ScenarioConfig;
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
 * lists, a command for every country that reports, and the border. Geometric checks are in
 * {@link GeometryChecks}. Problems join the binder's in the same report.
 */
final class ScenarioValidator {

    private final CheckContext context;

    ScenarioValidator(CheckContext context) {
        this.context = context;
    }

    void validate(ScenarioConfig config) {
        checkStart(config);
        double borderLength = checkGeography(config.geography());
        Set<String> staging = unique("stagingAreas", CheckContext.keys(config.stagingAreas(), s -> s.id()), "id");
        Set<String> objectives = unique("objectives", CheckContext.keys(config.objectives(), o -> o.id()), "id");
        unique("posts", CheckContext.keys(config.posts(), p -> p.id()), "id");
        unique("sensorLines", CheckContext.keys(config.sensorLines(), s -> s.id()), "id");
        unique("patrols", CheckContext.keys(config.patrols(), p -> p.id()), "id");
        unique("reactionUnits", CheckContext.keys(config.reactionUnits(), r -> r.id()), "id");
        Set<String> commanded = unique("commands", CheckContext.keys(config.commands(), c -> c.country()), "country");
        unique("terrains", CheckContext.keys(config.terrains(),
                t -> t.terrain() == null ? null : EnumSpelling.of(t.terrain())), "terrain");
        checkReferences(config, staging, objectives);
        checkCommands(config, commanded);
        new GeometryChecks(context, borderLength).check(config);
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
            return geography.length();
        }
        if (!Double.isNaN(geography.length())) {
            context.report("geography.length", "expected no length with border natural-earth (the line's own length "
                    + "is used), found " + CheckContext.km(geography.length()));
        }
        Set<String> borders = new TreeSet<>(context.geo().borders().keySet());
        String id = geography.borderId();
        if (id != null && context.sound("geography.borderId") && !borders.contains(id)) {
            context.report("geography.borderId", "expected one of " + String.join(", ", borders) + ", found "
                    + Nodes.quote(id) + KeySuggester.suffix(id, borders));
        }
        return Double.NaN;
    }

    /** Reports blank and repeated keys; returns the keys that were given. */
    private Set<String> unique(String list, List<String> keys, String key) {
        Map<String, String> first = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String path = CheckContext.path(list, i, key);
            String value = keys.get(i);
            if (value == null || !context.sound(path)) {
                continue;
            }
            if (value.isBlank()) {
                context.report(path, "expected a non-empty " + key + ", found " + Nodes.quote(value));
                continue;
            }
            String earlier = first.putIfAbsent(value, path);
            if (earlier != null) {
                context.report(path, "expected a unique " + key + ", found " + Nodes.quote(value) + " again (first at "
                        + SourceMap.parent(earlier) + ", line " + context.lineOf(earlier) + ")");
            }
        }
        return new LinkedHashSet<>(first.keySet());
    }

    private void checkReferences(ScenarioConfig config, Set<String> staging, Set<String> objectives) {
        boolean stagingSound = context.keysSound("stagingAreas", config.stagingAreas(), "id");
        boolean objectivesSound = context.keysSound("objectives", config.objectives(), "id");
        for (int i = 0; i < config.arrivals().size(); i++) {
            var arrival = config.arrivals().get(i);
            context.reference(CheckContext.path("arrivals", i, "stagingArea"), arrival.stagingArea(), staging,
                    "stagingAreas", stagingSound);
            if (arrival.group() != null) {
                context.reference(CheckContext.path("arrivals", i, "group.objective"), arrival.group().objective(),
                        objectives, "objectives", objectivesSound);
            }
        }
        for (int i = 0; i < config.waves().size(); i++) {
            var wave = config.waves().get(i);
            context.reference(CheckContext.path("waves", i, "stagingArea"), wave.stagingArea(), staging,
                    "stagingAreas", stagingSound);
            if (wave.group() != null) {
                context.reference(CheckContext.path("waves", i, "group.objective"), wave.group().objective(),
                        objectives, "objectives", objectivesSound);
            }
        }
    }

    /** Every country that posts, sensor lines, patrols or reaction units report to needs a command. */
    private void checkCommands(ScenarioConfig config, Set<String> commanded) {
        if (!context.keysSound("commands", config.commands(), "country")) {
            return;
        }
        List<CountryUse> users = new ArrayList<>();
        collect(users, "posts", CheckContext.keys(config.posts(), p -> p.country()));
        collect(users, "sensorLines", CheckContext.keys(config.sensorLines(), s -> s.country()));
        collect(users, "patrols", CheckContext.keys(config.patrols(), p -> p.country()));
        collect(users, "reactionUnits", CheckContext.keys(config.reactionUnits(), r -> r.country()));
        Map<String, String> firstUser = new LinkedHashMap<>();
        for (CountryUse user : users) {
            if (!commanded.contains(user.country()) && context.sound(user.path())) {
                firstUser.merge(user.country(), user.path(), (a, b) -> context.lineOf(b) < context.lineOf(a) ? b : a);
            }
        }
        String have = commanded.isEmpty() ? "commands is empty" : "commands has " + String.join(", ", commanded);
        firstUser.forEach((country, path) -> context.report(path, "expected an entry in commands for country "
                + Nodes.quote(country) + ", found none (" + have + ")"));
    }

    private static void collect(List<CountryUse> users, String list, List<String> countries) {
        for (int i = 0; i < countries.size(); i++) {
            if (countries.get(i) != null) {
                users.add(new CountryUse(CheckContext.path(list, i, "country"), countries.get(i)));
            }
        }
    }

    /** A {@code country} key and its value. */
    private record CountryUse(String path, String country) {
    }
}
