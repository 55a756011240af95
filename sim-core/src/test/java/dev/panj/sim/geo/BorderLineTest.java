package dev.panj.sim.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BorderLineTest {
    @Test
    void straight_chainageAndOffset_areXAndY() {
        BorderLine b = BorderLine.straight(50);
        assertEquals(new Point(12, 3), b.at(12, 3));
        assertArrayEquals(new double[] {12, -3}, b.locate(new Point(12, -3)), 1e-12);
        assertEquals(50, b.length(), 1e-12);
    }

    @Test
    void polyline_offsetIsToTheLeftOfWestToEast() {
        BorderLine b = BorderLine.through(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10)));
        assertEquals(20, b.length(), 1e-12);
        Point p = b.at(15, 1);
        // second segment runs north; its left is west
        assertEquals(9, p.x(), 1e-12);
        assertEquals(5, p.y(), 1e-12);
        assertArrayEquals(new double[] {15, 1}, b.locate(p), 1e-12);
    }

    @Test
    void projection_roundTrips() {
        Projection pr = Projection.centralAsia();
        LonLat ll = new LonLat(68.86, 36.73);
        LonLat back = pr.unproject(pr.project(ll));
        assertEquals(ll.lon(), back.lon(), 1e-12);
        assertEquals(ll.lat(), back.lat(), 1e-12);
    }

    @Test
    void projection_oneDegreeOfLatitude_isAbout111Km() {
        Projection pr = Projection.centralAsia();
        assertEquals(111.19, pr.project(71, 39).distance(pr.project(71, 38)), 0.01);
    }
}
