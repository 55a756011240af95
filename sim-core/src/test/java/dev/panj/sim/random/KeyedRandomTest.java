package dev.panj.sim.random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyedRandomTest {
    @Test
    void uniform_sameKeys_sameDraw() {
        assertEquals(new KeyedRandom(7).uniform(1, 2, 3), new KeyedRandom(7).uniform(1, 2, 3));
        assertNotEquals(new KeyedRandom(7).uniform(1, 2, 3), new KeyedRandom(8).uniform(1, 2, 3));
    }

    @Test
    void uniform_isUniform_meanAndVarianceWithin5StandardErrors() {
        KeyedRandom r = new KeyedRandom(42);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double u = r.uniform(i, 17, 3);
            sum += u;
            sumSq += u * u;
        }
        double mean = sum / n;
        // sd of the mean of U(0,1) is sqrt(1/12/n) = 0.000645; 5 se = 0.0032
        assertEquals(0.5, mean, 0.0033);
        assertEquals(1.0 / 12, sumSq / n - mean * mean, 0.002);
    }

    @Test
    void streams_sameName_sameSequence_otherName_differs() {
        RandomStreams s = new RandomStreams(3);
        assertEquals(s.stream("a").nextLong(), new RandomStreams(3).stream("a").nextLong());
        assertNotEquals(s.stream("a").nextLong(), s.stream("b").nextLong());
    }
}
