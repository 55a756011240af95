package dev.panj.results.attribute;

import java.util.List;

/**
 * How the difference in one metric between base and target splits among the changes.
 *
 * @param replications   replications in which every cell ran and has a value of the metric: the statistics use
 *                       these only
 * @param baseMean       the base's mean over those replications
 * @param targetMean     the target's mean over them
 * @param total          target − base, replication by replication
 * @param shapley        each change's Shapley value, in change order, Holm-corrected across the changes
 * @param samplingError  with sampled orders, each Shapley value's standard error from the sampling of orders (the
 *                       interval of {@code shapley} covers the replications' noise for these orders only); empty for
 *                       a factorial, whose values are exact
 * @param last           a factorial's effect of each change applied last, y(all) − y(all without it) (what taking it
 *                       out of the target does), Holm-corrected across the changes; empty for sampled orders
 * @param terms          a factorial's effects, one per non-empty subset of changes in mask order; empty for sampled
 *                       orders
 * @param residual       Σ Shapley values − total difference (of the means): zero but for rounding
 * @param unchanged      every cell has the same value as the base in every replication used: no change moves the
 *                       metric at all
 */
public record MetricAttribution(String metric, int replications, double baseMean, double targetMean, Estimate total,
                                List<Estimate> shapley, List<Double> samplingError, List<Estimate> last,
                                List<Term> terms, double residual, boolean unchanged) {
    public MetricAttribution {
        shapley = List.copyOf(shapley);
        samplingError = List.copyOf(samplingError);
        last = List.copyOf(last);
        terms = List.copyOf(terms);
    }

    /**
     * One effect of a factorial: a change (one bit) or an interaction of changes (several bits).
     *
     * @param fromBase the effect from the base ({@link FactorialEffects#fromBase}): for one change, the change
     *                 applied alone; for several, what they add together beyond their smaller subsets. Holm-corrected
     *                 across all 2^k − 1 terms of the metric
     * @param averaged the classical factorial effect, averaged over the settings of the other changes
     *                 ({@link FactorialEffects#averaged}), Holm-corrected across its own 2^k − 1 terms
     */
    public record Term(long mask, Estimate fromBase, Estimate averaged) {
        /** How many changes the term involves: 1 for a main effect. */
        public int order() {
            return Long.bitCount(mask);
        }
    }

    /** The term of exactly the changes in {@code mask}. */
    public Term term(long mask) {
        return terms.stream().filter(t -> t.mask() == mask).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no term " + mask));
    }
}
