package dev.panj.sim.detect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExposureTest {
    @Test
    void against_straightPassThroughRange_givesChordTime() {
        Track t = new Track();
        t.begin(0, -10, 0.3);
        t.lineTo(1, 10, 0.3);
        Exposure e = new Exposure().against(t, 0, 0, 0.5);
        assertEquals(1, e.intervals());
        // chord half-length sqrt(0.25 - 0.09) = 0.4 km at 20 km/h
        assertEquals(0.8 / 20, e.totalTime(), 1e-12);
        assertEquals(0.5 - 0.4 / 20, e.start(0), 1e-12);
    }

    @Test
    void against_passBetweenTickEnds_isNotMissed() {
        // Both tick ends are 10 km away; the closest approach (0.1 km) lies between them.
        Track t = new Track();
        t.begin(0, -10, 0.1);
        t.lineTo(0.25, 10, 0.1);
        assertEquals(1, new Exposure().against(t, 0, 0, 0.2).intervals());
    }

    @Test
    void against_passOutsideRange_givesNothing() {
        Track t = new Track();
        t.begin(0, -10, 0.6);
        t.lineTo(1, 10, 0.6);
        assertEquals(0, new Exposure().against(t, 0, 0, 0.5).intervals());
    }

    @Test
    void between_headOnMovers_meetAtTheRightTime() {
        Track a = new Track();
        a.begin(0, 0, 0);
        a.lineTo(1, 10, 0);
        Track b = new Track();
        b.begin(0, 10, 0.5);
        b.lineTo(0.5, 5, 0.5);
        b.lineTo(1, 0, 0.5);
        Exposure e = new Exposure().between(a, b, 1.0);
        assertEquals(1, e.intervals());
        // relative closing speed 20 km/h, lateral 0.5: in range while |dx| <= sqrt(0.75)
        double half = Math.sqrt(0.75) / 20;
        assertEquals(0.5 - half, e.start(0), 1e-12);
        assertEquals(0.5 + half, e.end(0), 1e-12);
    }

    @Test
    void against_stationaryMoverInRange_isInRangeAllTick() {
        Track t = new Track();
        t.begin(2, 0.1, 0.1);
        t.lineTo(2.25, 0.1, 0.1);
        Exposure e = new Exposure().against(t, 0, 0, 0.5);
        assertEquals(0.25, e.totalTime(), 1e-12);
    }
}
