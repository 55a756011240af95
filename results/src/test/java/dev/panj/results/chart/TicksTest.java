package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void covering_unitRange_stepsOfTwoTenths() {
        Ticks ticks = Ticks.covering(0, 1, 6);

        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), ticks.values());
        assertEquals("0.4", ticks.label(0.4));
    }

    @Test
    void covering_negativeToPositive_enclosesTheDataOnTicks() {
        Ticks ticks = Ticks.covering(-9.48, 14.09, 7);

        assertTrue(ticks.lower() <= -9.48 && ticks.upper() >= 14.09, ticks.toString());
        assertEquals(5.0, ticks.step());
        assertEquals("\u221210", ticks.label(-10));
    }

    @Test
    void covering_fractionalStep_labelsWithEnoughDecimals() {
        Ticks ticks = Ticks.covering(0, 0.05, 6);

        assertEquals(0.01, ticks.step(), 1e-12);
        assertEquals("0.03", ticks.label(0.03));
        Ticks quarters = Ticks.covering(0, 10, 5);
        assertEquals(2.5, quarters.step());
        assertEquals("2.5", quarters.label(2.5));
    }

    @Test
    void covering_emptyRange_widened() {
        Ticks ticks = Ticks.covering(3, 3, 5);

        assertTrue(ticks.lower() < 3 && ticks.upper() > 3, ticks.toString());
    }

    @Test
    void covering_neverMoreTicksThanAsked() {
        for (double high : new double[] {0.7, 3, 17, 260, 1339.83, 8705}) {
            Ticks ticks = Ticks.covering(0, high, 6);
            assertTrue(ticks.values().size() <= 7, high + ": " + ticks.values());
            assertTrue(ticks.upper() >= high, high + ": " + ticks);
        }
    }
}
