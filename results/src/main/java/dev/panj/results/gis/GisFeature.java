package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GIS layer: a stable id, a display name, its geometry in WGS84 longitude/latitude degrees
 * (x = longitude, y = latitude) and its attributes, flat (one value each) so that QGIS and Google Earth show
 * them as columns; {@code properties.kind} groups features into KML folders. {@code colour} (null: the colour of
 * its kind) colours the feature in KML; {@code when} (null: timeless), an ISO 8601 date-time, is its KML time stamp,
 * which Google Earth's time slider plays.
 */
public record GisFeature(String id, String name, Geometry geometry, ObjectNode properties, Color colour,
                         String when) {
    public GisFeature(String id, String name, Geometry geometry, ObjectNode properties) {
        this(id, name, geometry, properties, null, null);
    }

    public GisFeature(String id, String name, Geometry geometry, ObjectNode properties, Color colour) {
        this(id, name, geometry, properties, colour, null);
    }
}
