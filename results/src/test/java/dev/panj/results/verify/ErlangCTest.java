package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangCTest {

    /** analytic-limits.md 3, the table (λ, μ per hour; waits in minutes). */
    @ParameterizedTest(name = "lambda={0} mu={1} c={2}")
    @CsvSource({
        "20, 6, 4, 0.0213, 0.6577, 3.289, 9.87, 19.87, 6.622, 0.2420",
        "20, 6, 5, 0.0318, 0.3267, 0.653, 1.96, 11.96, 3.987, 0.0268",
        "20, 6, 6, 0.0346, 0.1482, 0.185, 0.56, 10.56, 3.519, 0.0027",
        "200, 6, 40, 3.2e-15, 0.1907, 0.954, 0.29, 10.29, 34.29, 8.7e-6"})
    void table(double lambda, double mu, int c, double p0, double wait, double lq, double wqMinutes,
               double wMinutes, double l, double longWait) {
        ErlangC q = new ErlangC(lambda, mu, c);
        assertEquals(p0, q.probabilityEmpty(), p0 * 0.02);
        assertEquals(wait, q.probabilityOfWaiting(), 5e-5);
        assertEquals(lq, q.meanQueue(), 5e-4);
        assertEquals(wqMinutes, 60 * q.meanWait(), 5e-3);
        assertEquals(wMinutes, 60 * q.meanSojourn(), 5e-3);
        assertEquals(l, q.meanInSystem(), 5e-3);
        assertEquals(longWait, q.probabilityOfWaitingLonger(0.25), longWait * 0.02);
    }

    @Test
    void meanWait_worked_inHours() {
        assertEquals(0.1644, new ErlangC(20, 6, 4).meanWait(), 5e-5);
    }

    @Test
    void probabilityOfWaiting_agreesWithTheP0Form() {
        ErlangC q = new ErlangC(20, 6, 4);
        double a = q.load();
        double viaP0 = Math.pow(a, 4) / 24 / (1 - q.utilisation()) * q.probabilityEmpty();
        assertEquals(viaP0, q.probabilityOfWaiting(), 1e-12);
    }

    /** analytic-limits.md 3, Erlang B. */
    @ParameterizedTest(name = "a={0} c={1} -> {2}")
    @CsvSource({"2, 3, 0.2105", "2, 4, 0.0952", "5, 6, 0.1918"})
    void lossProbability_erlangB(double load, int servers, double expected) {
        assertEquals(expected, new ErlangC(load, 1, servers).lossProbability(), 5e-5);
    }

    @Test
    void unstableQueue_hasNoSteadyState() {
        ErlangC q = new ErlangC(20, 6, 3);
        assertFalse(q.stable());
        assertThrows(IllegalStateException.class, q::probabilityOfWaiting);
    }
}
