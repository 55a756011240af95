package dev.panj.results.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Builds the design a sweep asks for, checking that it fits the factors. */
public final class Designs {

    private Designs() {
    }

    public static Design create(DesignSettings settings, List<Factor> factors) throws SweepException {
        int k = factors.size();
        if (k == 0) {
            throw new SweepException("expected at least one --vary PATH=..., found none");
        }
        SplittableRandom random = new SplittableRandom(SweepStreams.seed(settings.seed(), "design"));
        Integer points = settings.points();
        double[][] unit;
        List<String> blocks;
        int base = 0;
        switch (settings.kind()) {
            case FULL -> {
                if (settings.levels() < 2) {
                    throw new SweepException("--levels must be at least 2, but was " + settings.levels());
                }
                unit = FullFactorial.unit(factors, settings.levels());
                blocks = Collections.nCopies(unit.length, "");
            }
            case LHS -> {
                int n = points != null ? points : Math.max(10, 4 * k);
                if (n < 2) {
                    throw new SweepException("--points must be at least 2 for --design lhs, but was " + n);
                }
                unit = LatinHypercube.maximin(n, k, LatinHypercube.CANDIDATES, random);
                blocks = Collections.nCopies(n, "");
            }
            case NOLH -> {
                unit = nolh(k, points, random);
                blocks = Collections.nCopies(unit.length, "");
            }
            case SOBOL -> {
                base = points != null ? points : DesignSettings.DEFAULT_SOBOL_SAMPLES;
                if (base < 2 || Integer.bitCount(base) != 1) {
                    throw new SweepException("--points for --design sobol is Saltelli's N, the points per block, and "
                            + "must be a power of two (16, 32, 64, ...), but was " + base);
                }
                unit = SaltelliSample.unit(k, base);
                blocks = new ArrayList<>();
                for (int row = 0; row < unit.length; row++) {
                    blocks.add(SaltelliSample.block(row, base));
                }
            }
            default -> throw new IllegalStateException("unknown design " + settings.kind());
        }
        return new Design(settings.kind(), factors, unit, blocks, base, DesignQuality.of(unit));
    }

    private static double[][] nolh(int k, Integer points, SplittableRandom random) throws SweepException {
        int runs = points != null ? points : NearlyOrthogonalLatinHypercube.runsFor(k);
        if (NearlyOrthogonalLatinHypercube.exponent(runs) < 0) {
            throw new SweepException("--points for --design nolh must be 2^m + 1 (9, 17, 33, 65, 129, 257), but was "
                    + runs);
        }
        if (k > NearlyOrthogonalLatinHypercube.capacity(runs)) {
            throw new SweepException("--design nolh with " + runs + " points takes at most "
                    + NearlyOrthogonalLatinHypercube.capacity(runs) + " factors, found " + k + "; use --points "
                    + NearlyOrthogonalLatinHypercube.runsFor(k) + " or more");
        }
        int[][] levels = NearlyOrthogonalLatinHypercube.levels(k, runs, random);
        double h = (runs - 1) / 2.0;
        double[][] unit = new double[runs][k];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < k; c++) {
                unit[r][c] = (levels[r][c] + h) / (2 * h);
            }
        }
        return unit;
    }
}
