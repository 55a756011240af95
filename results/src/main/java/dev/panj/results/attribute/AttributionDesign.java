package dev.panj.results.attribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Which combinations of the k changes run (the cells), each a subset of changes written as a bit mask (bit i: change
 * i applied; 0 is the base, all bits the target). Up to {@value #MAX_FACTORIAL} changes, every one of the 2^k
 * subsets (a full factorial: every main effect, every interaction, exact Shapley values). Beyond, the subsets on
 * the way from base to target along sampled orders of the changes (the prefixes of each permutation), which give
 * Shapley values by permutation sampling: each sampled order is used with its reverse (antithetic pairs), which
 * cancels much of the sampling error when changes interact in pairs.
 */
public final class AttributionDesign {
    /** Up to this many changes the design is a full factorial. */
    public static final int MAX_FACTORIAL = 6;
    /** The most changes a design takes: a cell is a bit mask of 64 bits, one left for the sign. */
    public static final int MAX_CHANGES = 62;
    /** Sampled orders when the user does not say. */
    public static final int DEFAULT_PERMUTATIONS = 32;
    private static final long PERMUTATION_STREAM = 0x5DEECE66DL;

    /** How the cells were chosen. */
    public enum Kind {
        FACTORIAL, PERMUTATIONS;

        public String label() {
            return this == FACTORIAL ? "factorial" : "permutations";
        }
    }

    private final int changes;
    private final Kind kind;
    private final long[] masks;
    private final List<int[]> permutations;

    private AttributionDesign(int changes, Kind kind, long[] masks, List<int[]> permutations) {
        this.changes = changes;
        this.kind = kind;
        this.masks = masks;
        this.permutations = permutations;
    }

    /** Every subset of {@code changes} changes, in the order of their masks (cell i is mask i). */
    public static AttributionDesign factorial(int changes) {
        if (changes < 1 || changes > MAX_FACTORIAL) {
            throw new IllegalArgumentException("a full factorial takes 1 to " + MAX_FACTORIAL + " changes, not " + changes);
        }
        long[] masks = new long[1 << changes];
        for (int m = 0; m < masks.length; m++) {
            masks[m] = m;
        }
        return new AttributionDesign(changes, Kind.FACTORIAL, masks, List.of());
    }

    /**
     * {@code count} orders of the changes ({@code count / 2} drawn from {@code seed}, each followed by its reverse)
     * and the cells their prefixes visit, in ascending mask order.
     */
    public static AttributionDesign permutations(int changes, int count, long seed) {
        if (changes < 2 || changes > MAX_CHANGES) {
            throw new IllegalArgumentException("permutation sampling takes 2 to " + MAX_CHANGES + " changes, not "
                    + changes);
        }
        if (count < 2 || count % 2 != 0) {
            throw new IllegalArgumentException("the number of sampled orders must be even and at least 2 (each order "
                    + "runs with its reverse), not " + count);
        }
        SplittableRandom random = new SplittableRandom(seed ^ PERMUTATION_STREAM);
        List<int[]> orders = new ArrayList<>();
        TreeSet<Long> cells = new TreeSet<>();
        for (int p = 0; p < count / 2; p++) {
            int[] order = new int[changes];
            for (int i = 0; i < changes; i++) {
                order[i] = i;
            }
            for (int i = changes - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int[] reverse = new int[changes];
            for (int i = 0; i < changes; i++) {
                reverse[i] = order[changes - 1 - i];
            }
            orders.add(order);
            orders.add(reverse);
        }
        for (int[] order : orders) {
            long mask = 0;
            cells.add(mask);
            for (int change : order) {
                mask |= 1L << change;
                cells.add(mask);
            }
        }
        return new AttributionDesign(changes, Kind.PERMUTATIONS, cells.stream().mapToLong(Long::longValue).toArray(),
                List.copyOf(orders));
    }

    /** The design for {@code changes} changes: a full factorial up to {@value #MAX_FACTORIAL}, else sampled orders. */
    public static AttributionDesign forChanges(int changes, int permutations, long seed) {
        return changes <= MAX_FACTORIAL ? factorial(changes) : permutations(changes, permutations, seed);
    }

    public int changes() {
        return changes;
    }

    public Kind kind() {
        return kind;
    }

    public int cells() {
        return masks.length;
    }

    /** The subset of cell {@code cell}. */
    public long mask(int cell) {
        return masks[cell];
    }

    /** The cell of a subset, or -1 when the design does not run it. */
    public int cellOf(long mask) {
        int at = Arrays.binarySearch(masks, mask);
        return at < 0 ? -1 : at;
    }

    /** The mask with every change applied: the target. */
    public long full() {
        return (1L << changes) - 1;
    }

    /** The sampled orders, each a permutation of 0 … k-1, in pairs (order, reverse); empty for a factorial. */
    public List<int[]> permutations() {
        return permutations.stream().map(int[]::clone).toList();
    }

    /** The changes applied in a subset, in order. */
    public static List<Integer> members(long mask) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            if ((mask >>> i & 1) != 0) {
                out.add(i);
            }
        }
        return out;
    }
}
