package dev.panj.results.verify;

import java.util.List;

/**
 * A classical result as the suite checks it: which parameters it needs, what it predicts from them, what the
 * scenario must be for the prediction to apply, and what to observe in a replication.
 */
interface Law {
    /** Names of the {@code verification.parameters} the law cannot do without. */
    List<String> required();

    /**
     * The predicted quantities, from the parameters alone.
     *
     * @throws IllegalArgumentException when the parameters admit no prediction (an unstable queue, a draw)
     */
    List<Expectation> expectations(CaseContext context);

    /** Where the scenario departs from the declared parameters or from the law's assumptions, one message each. */
    List<String> mismatches(CaseContext context);

    /** A fresh observer for one replication. */
    Observer observer(CaseContext context);
}
