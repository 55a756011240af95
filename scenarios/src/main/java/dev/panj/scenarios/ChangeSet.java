package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The changes that turn a base scenario into a target scenario, each one applicable on its own, and the
 * scenario of the base with any set of them applied: put together from the two resolved trees and then bound and
 * checked exactly as a scenario file is (units, ranges, references between items, the checks between keys). With
 * no change applied it is the base, with all of them the target, byte for byte in their resolved YAML.
 */
public final class ChangeSet {
    private final LoadedScenario base;
    private final LoadedScenario target;
    private final List<ScenarioChange> changes;
    private final ChangeTree.Mapping root;
    private final GeoData geo;

    ChangeSet(LoadedScenario base, LoadedScenario target, GeoData geo) {
        this.base = base;
        this.target = target;
        this.geo = geo;
        ChangeFinder.Found found = ChangeFinder.between(base, target);
        this.changes = found.changes();
        this.root = found.root();
    }

    public LoadedScenario base() {
        return base;
    }

    public LoadedScenario target() {
        return target;
    }

    /** Every change, in the order {@code panj scenarios diff} lists the differences. */
    public List<ScenarioChange> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The base with the changes numbered in {@code applied} applied, checked like a scenario file; problems are
     * reported against {@code origin} with the path and the message (their lines would point into the resolved
     * YAML of base and target, not into any file of the user's).
     *
     * @throws ScenarioException if that combination of changes is not a valid scenario
     */
    public LoadedScenario apply(BitSet applied, String origin) throws ScenarioException {
        if (applied.length() > changes.size()) {
            throw new IllegalArgumentException("no change " + (applied.length() - 1) + "; there are " + changes.size());
        }
        MappingNode tree = ChangeTree.build(root, applied, applied.cardinality() == changes.size());
        ProblemCollector problems = new ProblemCollector(origin);
        SourceMap source = new SourceMap();
        ScenarioConfig config = new RecordBinder(problems, source, ScenarioStart.of(tree))
                .bindRoot(ScenarioConfig.class, tree);
        if (config != null) {
            new ScenarioValidator(new CheckContext(problems, source, geo)).validate(config);
        }
        if (!problems.isEmpty()) {
            List<Problem> placed = new ArrayList<>();
            for (Problem p : problems.sorted()) {
                placed.add(new Problem(origin, 0, 0, p.path(), p.message()));
            }
            throw new ScenarioException(placed);
        }
        String resolved = ScenarioYaml.write(config);
        return new LoadedScenario(config.name(), origin, config, resolved, ScenarioLoader.sha256(resolved));
    }

    /**
     * The changes as they are applied together: the groups asked for, in turn, take the changes their patterns
     * match; every change left is grouped with the others of its top-level item, named by the item's path. The
     * result is in the order of each one's first change.
     *
     * @throws ScenarioException if a pattern matches no change (with a suggestion), a change is taken by two
     *                           groups, or two groups have the same name; each problem names where the group was
     *                           written
     */
    public List<NamedChange> group(List<ChangeGroup> groups) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        int[] owner = new int[changes.size()];
        java.util.Arrays.fill(owner, -1);
        Map<String, ChangeGroup> names = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            ChangeGroup group = groups.get(g);
            ChangeGroup same = names.putIfAbsent(group.name(), group);
            if (same != null) {
                problems.add(problem(group, "expected each group name once, found '" + group.name() + "' again (first in "
                        + where(same) + ")"));
            }
            for (String pattern : group.patterns()) {
                List<Integer> matched = ChangePattern.matching(pattern, changes);
                if (matched.isEmpty()) {
                    problems.add(problem(group, "no change matches " + Nodes.quote(pattern)
                            + KeySuggester.suffix(pattern, candidates()) + "; the changes are "
                            + String.join(", ", changes.stream().map(ScenarioChange::path).toList())));
                }
                for (int c : matched) {
                    if (owner[c] >= 0 && owner[c] != g) {
                        problems.add(problem(group, "change " + changes.get(c).path() + " is taken by the group '"
                                + groups.get(owner[c]).name() + "' too; a change can be in one group only"));
                    } else {
                        owner[c] = g;
                    }
                }
            }
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (int c = 0; c < changes.size(); c++) {
            String key;
            if (owner[c] >= 0) {
                ChangeGroup group = groups.get(owner[c]);
                key = "group " + owner[c];
                nameOf.put(key, group.name());
                sourceOf.put(key, where(group));
            } else {
                key = "item " + changes.get(c).item();
                nameOf.put(key, changes.get(c).item());
                sourceOf.put(key, NamedChange.ITEM);
            }
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Set<String> taken = new LinkedHashSet<>();
        List<NamedChange> named = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            String name = nameOf.get(e.getKey());
            if (!taken.add(name)) {
                ChangeGroup group = groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
                problems.add(problem(group, "the name '" + name + "' is also that of the item whose other changes no "
                        + "group takes; choose another name, or let the group take the whole item"));
            }
            named.add(new NamedChange(name, e.getValue(), sourceOf.get(e.getKey())));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return List.copyOf(named);
    }

    /** What a pattern can be compared with for a suggestion: every change's path and item. */
    private List<String> candidates() {
        Set<String> paths = new LinkedHashSet<>();
        for (ScenarioChange c : changes) {
            paths.add(c.item());
            paths.add(c.path());
        }
        return List.copyOf(paths);
    }

    private static Problem problem(ChangeGroup group, String message) {
        // In a file the group is the key groups.NAME; an option is known by its name alone.
        return new Problem(group.source(), group.line(), group.column(),
                group.line() > 0 ? "groups." + group.name() : group.name(), message);
    }

    private static String where(ChangeGroup group) {
        return group.line() > 0 ? group.source() + ":" + group.line() : group.source();
    }
}
