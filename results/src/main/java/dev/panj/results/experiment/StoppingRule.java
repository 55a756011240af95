package dev.panj.results.experiment;

/** When a batch has run enough replications. */
public sealed interface StoppingRule permits StoppingRule.Fixed, StoppingRule.UntilHalfWidth {

    /** Exactly {@code replications} replications. */
    record Fixed(int replications) implements StoppingRule {
        public Fixed {
            if (replications < 1) {
                throw new IllegalArgumentException("replications must be at least 1, got " + replications);
            }
        }
    }

    /**
     * Replications in blocks until the 95% confidence half-width of {@code metric} is at most {@code halfWidth},
     * or {@code maxReplications} have run. The first block has {@code firstBlock} replications. After each block
     * the rule projects the total needed from the current half-width h, {@code n · (h / target)²} (the half-width
     * shrinks as 1/√n), and adds the missing replications, at least {@value #MIN_BLOCK} and at most as many as
     * have already run, so the batch at most doubles per block and never overshoots by much. Block boundaries
     * depend only on the results in index order, so they are the same for any thread count and on resume.
     */
    record UntilHalfWidth(String metric, double halfWidth, int firstBlock, int maxReplications) implements StoppingRule {
        public static final int MIN_BLOCK = 10;

        public UntilHalfWidth {
            if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
                throw new IllegalArgumentException("target half-width must be positive, got " + halfWidth);
            }
            if (firstBlock < 2 || maxReplications < 2) {
                throw new IllegalArgumentException("a confidence interval needs at least 2 replications");
            }
        }

        /** The first boundary at which the rule is checked. */
        public int firstBoundary() {
            return Math.min(firstBlock, maxReplications);
        }

        /** The next boundary after checking at {@code end} replications with half-width {@code current}. */
        public int nextBoundary(int end, double current) {
            long block = end;
            if (Double.isFinite(current)) {
                double needed = Math.ceil(end * (current / halfWidth) * (current / halfWidth));
                block = (long) Math.min(end, Math.max(MIN_BLOCK, needed - end));
            }
            block = Math.max(MIN_BLOCK, block);
            return (int) Math.min(maxReplications, end + block);
        }
    }
}
