package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

class LiveChartsTest {
    @Test
    void charts_afterSixHours_haveOnePointPerHourFromZero() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 6);

        SwingUtilities.invokeAndWait(() -> { });

        assertEquals(7, gui.charts().points());
    }

    @Test
    void charts_afterRestart_startAgainFromZero() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 6);

        gui.start();
        gui.step();
        SwingUtilities.invokeAndWait(() -> { });

        assertEquals(1, gui.charts().points());
    }
}
