package dev.panj.results.attribute;

/**
 * The effects of a 2^k factorial on k changes, from the values y(S) of every subset S (indexed by bit mask), in two
 * parametrisations of the same saturated model.
 *
 * <p><b>From the base</b> (Möbius inversion, the Harsanyi dividends): y(S) = Σ_{T ⊆ S} m(T), so m({i}) = y({i}) −
 * y(∅) is what change i does applied alone to the base, and for |T| ≥ 2, m(T) is what applying the changes of T
 * together adds beyond everything their smaller subsets do: for two changes, y({i,j}) − y({i}) − y({j}) + y(∅),
 * "the parts do not add up by this much". They add up to the whole difference: Σ_{T ≠ ∅} m(T) = y(all) − y(∅).
 *
 * <p><b>Averaged over the others</b> (the classical factorial effects, Yates): the effect of T is the contrast
 * Σ_S y(S) Π_{i ∈ T} x_i(S) / 2^(k−1) with x_i = +1 when i is applied and −1 when not; a main effect is change
 * i's effect averaged over every setting of the other changes (the Banzhaf value), an interaction half the
 * difference of an effect between the settings of another change. In terms of m: E(T) = Σ_{U ⊇ T} m(U) / 2^(|U|−1).
 */
public final class FactorialEffects {
    private FactorialEffects() {
    }

    /** m(T) for every mask T, from y(S) for every mask S (m(∅) = y(∅)); {@code y.length} is 2^k. */
    public static double[] fromBase(double[] y) {
        int cells = y.length;
        if (Integer.bitCount(cells) != 1) {
            throw new IllegalArgumentException("a factorial has 2^k cells, not " + cells);
        }
        double[] m = y.clone();
        for (int bit = 1; bit < cells; bit <<= 1) {
            for (int mask = 0; mask < cells; mask++) {
                if ((mask & bit) != 0) {
                    m[mask] -= m[mask ^ bit];
                }
            }
        }
        return m;
    }

    /**
     * The classical effects E(T) for every non-empty mask T, from the effects from the base; entry 0 is the grand
     * mean over all cells, Σ_U m(U) / 2^|U|.
     */
    public static double[] averaged(double[] fromBase) {
        int cells = fromBase.length;
        double[] e = new double[cells];
        for (int mask = 0; mask < cells; mask++) {
            e[mask] = fromBase[mask] * Math.scalb(1.0, 1 - Integer.bitCount(mask));
        }
        // Sums over supersets: E(T) = Σ_{U ⊇ T} w(U).
        for (int bit = 1; bit < cells; bit <<= 1) {
            for (int mask = 0; mask < cells; mask++) {
                if ((mask & bit) == 0) {
                    e[mask] += e[mask | bit];
                }
            }
        }
        e[0] /= 2;
        return e;
    }
}
