package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplicationSeedsTest {
    @Test
    void seed_sameBatchSeedAndIndex_isAlwaysTheSame() {
        assertEquals(ReplicationSeeds.seed(42, 7), ReplicationSeeds.seed(42, 7));
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
