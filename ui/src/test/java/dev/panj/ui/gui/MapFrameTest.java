package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.geo.Point;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

class MapFrameTest {
    private final MapFrame frame = MapFrame.around(List.of(new Point(0, 0), new Point(100, 0), new Point(50, 20)));

    @Test
    void around_wideExtent_hasTheMapsAspectRatio() {
        assertEquals(MapFrame.ASPECT, frame.width() / frame.height(), 1e-12);
    }

    @Test
    void around_points_keepsAMarginAroundThem() {
        // 8 % of the 100 km side plus 5 km on either side.
        assertEquals(126, frame.width(), 1e-9);
        assertTrue(frame.contains(new Point(-12, 0)));
        assertFalse(frame.contains(new Point(-14, 0)));
    }

    @Test
    void toField_north_isUpOnScreen() {
        Double2D south = frame.toField(new Point(50, 0));
        Double2D north = frame.toField(new Point(50, 20));

        assertEquals(20, south.y - north.y, 1e-9);
        assertEquals(south.x, north.x, 1e-9);
    }

    @Test
    void toModel_ofToField_isTheSamePoint() {
        Point p = new Point(37.5, 12.25);
        Double2D f = frame.toField(p);

        Point back = frame.toModel(f.x, f.y);

        assertEquals(p.x(), back.x(), 1e-9);
        assertEquals(p.y(), back.y(), 1e-9);
    }
}
