package dev.panj.results.attribute;

import dev.panj.scenarios.ChangeSet;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.NamedChange;
import dev.panj.scenarios.Problem;
import dev.panj.scenarios.ScenarioChange;
import dev.panj.scenarios.ScenarioException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The changes of an attribution and the scenarios it runs: each cell is the base with a subset of the changes
 * applied, put together from the two resolved scenarios and checked like a scenario file. A subset that is not a
 * valid scenario on its own (a help agreement naming a unit that another change adds; a unit removed while a link
 * still names it) cannot run, so the changes involved are applied together instead: the smallest invalid subset is
 * merged with the fewest other changes that make it valid, and the attribution says so. In a sampled design only the
 * cells it runs, each change alone and each change left out are checked, and a completion is looked for among single
 * changes; what cannot be mended that way is refused with a suggestion to group.
 */
public final class AttributionPlan {
    private final ChangeSet set;
    private final List<Change> changes;
    private final AttributionDesign design;
    private final List<Cell> cells;
    private final List<String> merges;

    private AttributionPlan(ChangeSet set, List<Change> changes, AttributionDesign design, List<Cell> cells,
                           List<String> merges) {
        this.set = set;
        this.changes = List.copyOf(changes);
        this.design = design;
        this.cells = List.copyOf(cells);
        this.merges = List.copyOf(merges);
    }

    /**
     * Plans the attribution of {@code set} with the changes {@code named} (see {@link ChangeSet#group}); with more
     * than {@value AttributionDesign#MAX_FACTORIAL} changes, Shapley values from {@code permutations} orders drawn
     * from {@code seed}.
     *
     * @throws AttributionException if the scenarios do not differ, there are more changes than a design takes, or a
     *                              sampled design has a cell that no single merge makes valid
     */
    public static AttributionPlan build(ChangeSet set, List<NamedChange> named, int permutations, long seed)
            throws AttributionException {
        if (set.isEmpty()) {
            throw new AttributionException(set.base().name() + " and " + set.target().name() + " differ in no parameter "
                    + "(panj scenarios diff lists nothing): there is no difference to attribute");
        }
        List<Change> changes = new ArrayList<>();
        List<BitSet> parts = new ArrayList<>();
        for (NamedChange n : named) {
            changes.add(new Change(n.name(), n.changes().stream().map(set.changes()::get).toList(), n.source(), ""));
            BitSet bits = new BitSet();
            n.changes().forEach(bits::set);
            parts.add(bits);
        }
        return new Planner(set, permutations, seed).plan(changes, parts);
    }

    public ChangeSet changeSet() {
        return set;
    }

    public List<Change> changes() {
        return changes;
    }

    public AttributionDesign design() {
        return design;
    }

    /** The cells in the design's order: cell 0 is the base, the last of a factorial the target. */
    public List<Cell> cells() {
        return cells;
    }

    /** Why changes were merged, one sentence each, in the order the merges were made; empty if none was needed. */
    public List<String> merges() {
        return merges;
    }

    /** Finds the changes and cells, merging where it must. */
    private static final class Planner {
        private final ChangeSet set;
        private final int permutations;
        private final long seed;
        private final String origin;
        /** The scenario of each set of differences built so far, or the problems that stop it. */
        private final Map<BitSet, Object> built = new ConcurrentHashMap<>();
        private final List<String> merges = new ArrayList<>();

        Planner(ChangeSet set, int permutations, long seed) {
            this.set = set;
            this.permutations = permutations;
            this.seed = seed;
            this.origin = set.base().name() + " with changes towards " + set.target().name();
        }

        AttributionPlan plan(List<Change> changes, List<BitSet> parts) throws AttributionException {
            while (true) {
                int k = changes.size();
                if (k > AttributionDesign.MAX_CHANGES) {
                    throw new AttributionException(k + " changes from " + set.base().name() + " to "
                            + set.target().name() + " are more than an attribution takes ("
                            + AttributionDesign.MAX_CHANGES + "); group them with --group or --groups FILE");
                }
                AttributionDesign design = AttributionDesign.forChanges(k, permutations, seed);
                List<Long> checked = checked(design);
                build(checked, parts);
                List<Long> invalid = checked.stream().filter(m -> !valid(m, parts))
                        .sorted(Comparator.comparingInt(Long::bitCount).thenComparingLong(m -> m)).toList();
                if (invalid.isEmpty()) {
                    return new AttributionPlan(set, changes, design, cells(design, parts), merges);
                }
                long invalidMask = invalid.get(0);
                long completion = completion(invalidMask, k, design.kind(), parts);
                if (completion == 0) {
                    throw new AttributionException(refusal(invalidMask, changes, parts));
                }
                merge(invalidMask, completion, changes, parts);
            }
        }

        /** The subsets whose validity decides the plan. */
        private static List<Long> checked(AttributionDesign design) {
            Set<Long> masks = new LinkedHashSet<>();
            for (int c = 0; c < design.cells(); c++) {
                masks.add(design.mask(c));
            }
            if (design.kind() == AttributionDesign.Kind.PERMUTATIONS) {
                for (int i = 0; i < design.changes(); i++) {
                    masks.add(1L << i);
                    masks.add(design.full() ^ (1L << i));
                }
            }
            return List.copyOf(masks);
        }

        /** The fewest other changes that make {@code invalid} valid (one for a sampled design), or 0. */
        private long completion(long invalid, int k, AttributionDesign.Kind kind, List<BitSet> parts) {
            long others = ((1L << k) - 1) & ~invalid;
            int most = kind == AttributionDesign.Kind.FACTORIAL ? Long.bitCount(others) : 1;
            for (int size = 1; size <= most; size++) {
                List<Long> candidates = new ArrayList<>();
                for (long t : subsetsOfSize(others, size)) {
                    candidates.add(invalid | t);
                }
                build(candidates, parts);
                for (long t : subsetsOfSize(others, size)) {
                    if (valid(invalid | t, parts)) {
                        return t;
                    }
                }
            }
            return 0;
        }

        /** The subsets of {@code of} with {@code size} elements, in ascending order of their masks. */
        private static List<Long> subsetsOfSize(long of, int size) {
            List<Long> out = new ArrayList<>();
            List<Integer> members = AttributionDesign.members(of);
            combine(members, size, 0, 0L, out);
            out.sort(Long::compare);
            return out;
        }

        private static void combine(List<Integer> members, int size, int from, long chosen, List<Long> out) {
            if (size == 0) {
                out.add(chosen);
                return;
            }
            for (int i = from; i <= members.size() - size; i++) {
                combine(members, size - 1, i + 1, chosen | 1L << members.get(i), out);
            }
        }

        private void merge(long invalid, long completion, List<Change> changes, List<BitSet> parts) {
            long together = invalid | completion;
            List<Integer> members = AttributionDesign.members(together);
            String reason = names(invalid, changes) + " without " + names(completion, changes)
                    + " is not a valid scenario (" + firstProblem(invalid, parts) + ")";
            merges.add(names(together, changes) + " are applied together: " + reason);
            List<ScenarioChange> mergedParts = new ArrayList<>();
            BitSet mergedBits = new BitSet();
            List<String> earlier = new ArrayList<>();
            for (int i : members) {
                mergedBits.or(parts.get(i));
                if (!changes.get(i).merged().isEmpty()) {
                    earlier.add(changes.get(i).merged());
                }
            }
            mergedBits.stream().forEach(p -> mergedParts.add(set.changes().get(p)));
            earlier.add(reason);
            Change merged = new Change(members.stream().map(i -> changes.get(i).name()).collect(Collectors.joining(" + ")),
                    mergedParts, Change.MERGED, String.join("; ", earlier));
            int first = members.get(0);
            for (int i = members.size() - 1; i >= 0; i--) {
                int at = members.get(i);
                changes.remove(at);
                parts.remove(at);
            }
            changes.add(first, merged);
            parts.add(first, mergedBits);
        }

        private String refusal(long invalid, List<Change> changes, List<BitSet> parts) {
            return "the cell with " + names(invalid, changes) + " applied to " + set.base().name()
                    + (Long.bitCount(invalid) < changes.size() ? " without the other changes" : "")
                    + " is not a valid scenario (" + firstProblem(invalid, parts) + "), and no single other change "
                    + "makes it valid. Apply the changes it needs together: --group 'NAME=PATTERN,PATTERN' (see "
                    + "panj attribute --help), or list the changes with --plan";
        }

        private static String names(long mask, List<Change> changes) {
            List<String> names = AttributionDesign.members(mask).stream().map(i -> changes.get(i).name()).toList();
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                    + names.get(names.size() - 1);
        }

        private String firstProblem(long mask, List<BitSet> parts) {
            ScenarioException e = (ScenarioException) built.get(bits(mask, parts));
            Problem p = e.problems().get(0);
            return (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
        }

        private boolean valid(long mask, List<BitSet> parts) {
            return built.get(bits(mask, parts)) instanceof LoadedScenario;
        }

        /** Builds the scenarios of the subsets not built yet, in parallel; each is independent of the others. */
        private void build(List<Long> masks, List<BitSet> parts) {
            List<BitSet> missing = masks.stream().map(m -> bits(m, parts)).distinct()
                    .filter(b -> !built.containsKey(b)).toList();
            missing.parallelStream().forEach(b -> {
                Object result;
                try {
                    result = set.apply(b, origin);
                } catch (ScenarioException e) {
                    result = e;
                }
                built.put(b, result);
            });
        }

        private List<Cell> cells(AttributionDesign design, List<BitSet> parts) {
            List<Cell> out = new ArrayList<>();
            for (int c = 0; c < design.cells(); c++) {
                long mask = design.mask(c);
                out.add(new Cell(c, mask, (LoadedScenario) built.get(bits(mask, parts))));
            }
            check(out.get(0).scenario(), set.base(), "no change");
            check(out.get(design.cellOf(design.full())).scenario(), set.target(), "every change");
            return out;
        }

        /** The cells at both ends must be the scenarios themselves, or the attribution would explain something else. */
        private static void check(LoadedScenario built, LoadedScenario expected, String what) {
            if (!built.sha256().equals(expected.sha256())) {
                throw new IllegalStateException("the base with " + what + " applied resolves to sha256 "
                        + built.sha256() + ", not to " + expected.name() + "'s " + expected.sha256());
            }
        }

        private static BitSet bits(long mask, List<BitSet> parts) {
            BitSet out = new BitSet();
            for (int i : AttributionDesign.members(mask)) {
                out.or(parts.get(i));
            }
            return out;
        }
    }
}
