package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplicationSeedsTest {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    @Test
    void seed_followsTheRuleTheManifestStates() {
        // SplitMix64 as java.util.SplittableRandom implements it: a generator seeded s first returns mix(s + GAMMA).
        for (long batch : new long[] {1, 7, 42, -5}) {
            for (int i : new int[] {0, 1, 7, 299}) {
                long mixedBatch = new SplittableRandom(batch - GAMMA).nextLong();
                long expected = new SplittableRandom(mixedBatch + i * GAMMA).nextLong();
                assertEquals(expected, ReplicationSeeds.seed(batch, i), "batch " + batch + ", replication " + i);
            }
        }
    }

    @Test
    void seed_ofRecordedReplications_neverChanges() {
        // runs.csv records these seeds and `panj run --seed` repeats a replication from them; the first is
        // replication 0 of the saved golden batches (batch seed 7).
        assertEquals(-8774268681488515761L, ReplicationSeeds.seed(7, 0));
        assertEquals(2820384354626331986L, ReplicationSeeds.seed(42, 7));
    }

    @Test
    void seed_hundredThousandReplications_areAllDifferent() {
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seeds.add(ReplicationSeeds.seed(1, i));
        }

        assertEquals(100_000, seeds.size());
    }

    @Test
    void seed_neighbouringBatchSeeds_doNotShareShiftedSequences() {
        for (int i = 0; i < 1000; i++) {
            assertNotEquals(ReplicationSeeds.seed(1, i + 1), ReplicationSeeds.seed(2, i));
            assertNotEquals(ReplicationSeeds.seed(1, i), ReplicationSeeds.seed(2, i));
        }
    }

    @Test
    void mix_matchesSplitMix64Reference() {
        // The first output of Java's SplittableRandom-compatible SplitMix64 seeded with 0 is mix(0x9E3779B97F4A7C15).
        assertEquals(0xE220A8397B1DCDAFL, ReplicationSeeds.mix(0x9E3779B97F4A7C15L));
    }
}
