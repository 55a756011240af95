package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.panj.sim.config.Intent;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupTurnedBack;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The first divergence of two hand-built event streams, whose answer is known by construction. */
class DivergenceTest {
    private static final long G1 = 101;
    private static final long G2 = 102;
    private static final List<IntFunction<String>> SECTORS = List.of(i -> "S" + (i + 1), i -> "S" + (i + 1));

    private static GroupFates fates() {
        return new GroupFates(uid -> null);
    }

    /** Arrival at hour 1, first detection at 12 in sector index 16 (S17), crossing at 13. */
    private static void sameStart(GroupFates f, long g, String id) {
        f.on(new GroupArrived(1, g, id, "imu", Intent.INCURSION, 8, "kunduz", 16, 400, 0, 0));
        f.on(new GroupDetected(12, g, 8, "post-17", DetectorKind.POST, 16, false, true, false, 0, 0));
        f.on(new GroupDetected(12.5, g, 8, "post-18", DetectorKind.POST, 16, false, false, false, 0, 0));
        f.on(new GroupCrossed(13, g, 8, 16, 0, 0, 0));
    }

    private static String text(GroupFates a, GroupFates b, double now) {
        return Divergence.describe(Divergence.compare(a, b, now), a, b, SECTORS);
    }

    @Test
    void compare_identicalStories_findsNoDivergence() {
        GroupFates a = fates();
        GroupFates b = fates();
        for (GroupFates f : List.of(a, b)) {
            sameStart(f, G1, "W:kunduz/1#3");
            f.on(new GroupLeaked(20, G1, 8, 16, 0, 0));
        }

        Divergence.State state = Divergence.compare(a, b, 30);

        assertNull(state.first());
        assertEquals("No divergence yet: every group arrived, was detected, crossed and ended alike in A and B",
                text(a, b, 30));
    }

    @Test
    void describe_interdictedInAThenCrossedInB_namesHourSectorGroupAndBothRuns() {
        GroupFates a = fates();
        GroupFates b = fates();
        a.on(new GroupArrived(1, G1, "W:kunduz/1#3", "imu", Intent.INCURSION, 8, "kunduz", 16, 400, 0, 0));
        b.on(new GroupArrived(1, G1, "W:kunduz/1#3", "imu", Intent.INCURSION, 8, "kunduz", 16, 400, 0, 0));
        a.on(new GroupInterdicted(14.25, G1, 8, 16, false, "imu", 0, 0));
        b.on(new GroupCrossed(15.5, G1, 8, 16, 0, 0, 0));

        assertEquals("First divergence, hour 14.25, S17: group W:kunduz/1#3 interdicted in A; "
                + "not interdicted in B so far", text(a, b, 14.5));
        assertEquals("First divergence, hour 14.25, S17: group W:kunduz/1#3 interdicted in A; "
                + "in B crossed at hour 15.5", text(a, b, 16));
    }

    @Test
    void describe_interdictedInAAndLeakedLaterInB_givesBsFate() {
        GroupFates a = fates();
        GroupFates b = fates();
        sameStart(a, G1, "W:kunduz/1#3");
        sameStart(b, G1, "W:kunduz/1#3");
        a.on(new GroupInterdicted(14.25, G1, 8, 16, true, "imu", 0, 0));
        b.on(new GroupLeaked(20, G1, 8, 16, 0, 0));

        assertEquals("First divergence, hour 14.25, S17: group W:kunduz/1#3 interdicted in A; "
                + "in B leaked at hour 20", text(a, b, 21));
    }

    @Test
    void describe_detectedOnlyInA_saysNeverOnceBsGroupIsDone() {
        GroupFates a = fates();
        GroupFates b = fates();
        sameStart(a, G1, "W:south/1#1");
        b.on(new GroupArrived(1, G1, "W:south/1#1", "imu", Intent.INCURSION, 8, "kunduz", 16, 400, 0, 0));
        b.on(new GroupCrossed(13, G1, 8, 16, 0, 0, 0));

        assertEquals("First divergence, hour 12, S17: group W:south/1#1 detected in A; not detected in B so far",
                text(a, b, 13));
        b.on(new GroupLeaked(19, G1, 8, 16, 0, 0));
        assertEquals("First divergence, hour 12, S17: group W:south/1#1 detected in A; never detected in B "
                + "(leaked at hour 19)", text(a, b, 19));
    }

    @Test
    void describe_differentFatesAtTheSameTime_saysBothInOneBreath() {
        GroupFates a = fates();
        GroupFates b = fates();
        sameStart(a, G1, "W:kunduz/1#3");
        sameStart(b, G1, "W:kunduz/1#3");
        a.on(new GroupInterdicted(14, G1, 8, 16, true, "imu", 0, 0));
        b.on(new GroupTurnedBack(14, G1, 8, 16, 0, 0));

        assertEquals("First divergence, hour 14, S17: group W:kunduz/1#3 interdicted in A, turned back in B",
                text(a, b, 14));
    }

    @Test
    void describe_bLeads_writesBsMilestoneFirst() {
        GroupFates a = fates();
        GroupFates b = fates();
        sameStart(a, G1, "W:karategin/2#8");
        sameStart(b, G1, "W:karategin/2#8");
        a.on(new GroupInterdicted(32.63, G1, 8, 16, true, "imu", 0, 0));
        b.on(new GroupInterdicted(32.13, G1, 8, 16, true, "imu", 0, 0));

        assertEquals("First divergence, hour 32.13, S17: group W:karategin/2#8 interdicted in B; "
                + "in A interdicted at hour 32.63", text(a, b, 40));
    }

    @Test
    void compare_twoGroups_reportsTheEarlierDivergenceNotTheFirstGroup() {
        GroupFates a = fates();
        GroupFates b = fates();
        for (GroupFates f : List.of(a, b)) {
            sameStart(f, G1, "W:kunduz/1#1");
            sameStart(f, G2, "W:kunduz/1#2");
        }
        a.on(new GroupLeaked(30, G1, 8, 16, 0, 0));
        b.on(new GroupInterdicted(25, G1, 8, 16, true, "imu", 0, 0));
        a.on(new GroupInterdicted(20, G2, 8, 16, true, "imu", 0, 0));
        b.on(new GroupInterdicted(20, G2, 8, 16, true, "imu", 0, 0));
        // A later sighting is not a milestone: only the first detection is.
        a.on(new GroupDetected(14, G2, 8, "x", DetectorKind.PATROL, 16, true, false, false, 0, 0));

        Divergence.State state = Divergence.compare(a, b, 40);

        assertEquals(25, state.first().time(), 1e-12);
        assertEquals("W:kunduz/1#1", state.first().id());
        assertEquals(1, state.differentFates());
        assertEquals(2, state.finishedInBoth());
        assertEquals("Fates differ for 1 of the 2 groups both runs have finished with", Divergence.fates(state));
    }

    @Test
    void compare_milestoneStampedAfterNow_waitsUntilTheClockPassesIt() {
        GroupFates a = fates();
        GroupFates b = fates();
        sameStart(a, G1, "W:kunduz/1#1");
        sameStart(b, G1, "W:kunduz/1#1");
        a.on(new GroupLeaked(13.4, G1, 8, 16, 0, 0));

        assertNull(Divergence.compare(a, b, 13.25).first());
        assertEquals(13.4, Divergence.compare(a, b, 13.5).first().time(), 1e-12);
    }

    @Test
    void describe_groupOnlyInOneRun_saysThereIsNoSuchGroupInTheOther() {
        GroupFates a = fates();
        GroupFates b = fates();
        sameStart(a, G1, "A:takhar/1#1");
        sameStart(b, G1, "A:takhar/1#1");
        b.on(new GroupArrived(2, G2, "A:khatlon/1#1", "iju", Intent.TRANSIT, 3, "khatlon", 2, 60, 0, 0));

        assertEquals("First divergence, hour 2, S3: group A:khatlon/1#1 arrived in B; no such group in A",
                text(a, b, 5));
    }

    @Test
    void compare_tiesAtTheSameTime_areCountedAndTheFirstIdNamed() {
        GroupFates a = fates();
        GroupFates b = fates();
        for (GroupFates f : List.of(a, b)) {
            sameStart(f, G1, "W:x/1#2");
            sameStart(f, G2, "W:x/1#1");
        }
        a.on(new GroupLeaked(20, G1, 8, 16, 0, 0));
        a.on(new GroupLeaked(20, G2, 8, 16, 0, 0));

        String text = text(a, b, 21);

        assertEquals("First divergence, hour 20, S17: group W:x/1#1 leaked in A; not leaked in B so far "
                + "(and 1 other group at the same time)", text);
    }

    @Test
    void hours_areWrittenWithoutTrailingZeros() {
        assertEquals("14", Divergence.hours(14));
        assertEquals("14.5", Divergence.hours(14.5));
        assertEquals("14.25", Divergence.hours(14.25));
        assertEquals("0.13", Divergence.hours(0.125));
    }
}
