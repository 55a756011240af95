package dev.panj.sim.combat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Worked numbers from analytic-limits.md section 2.1. */
class LanchesterTest {
    @Test
    void squareLaw_halfwayToAnnihilation_matchesWorkedNumbers() {
        double[] s = Lanchester.squareLaw(100, 150, 0.10, 0.05, 24.929 / 2);
        assertEquals(35.355, s[0], 2e-3);
        assertEquals(70.711, s[1], 2e-3);
    }

    @Test
    void timeToFall_annihilation_matchesClosedForm() {
        double t = Lanchester.timeToFall(100, 150, 0.10, 0.05, 0, 0, 1000);
        assertEquals(24.929, t, 1e-3);
        assertEquals(50.0, Lanchester.squareLaw(100, 150, 0.10, 0.05, t)[1], 1e-6);
    }

    @Test
    void timeToFall_breakpoints_matchWorkedTable() {
        assertEquals(4.641, Lanchester.timeToFall(100, 150, 0.10, 0.05, 70, 0, 1000), 1e-3);
        assertEquals(8.719, Lanchester.timeToFall(100, 150, 0.10, 0.05, 50, 0, 1000), 1e-3);
        assertEquals(14.038, Lanchester.timeToFall(100, 150, 0.10, 0.05, 30, 0, 1000), 1e-3);
    }

    @Test
    void survivors_matchInvariant() {
        assertEquals(34.641, Lanchester.survivors(60, 40, 0.02, 0.03)[0], 1e-3);
        assertEquals(22.361, Lanchester.survivors(30, 20, 0.05, 0.05)[0], 1e-3);
    }
}
