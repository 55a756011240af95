package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A set of features written as one GeoJSON file and one KML file of the same name: {@code name} is the file name
 * without extension, {@code title} what a GIS shows for the layer, {@code about} what the attributes mean (the
 * scenario, replications, confidence-interval methods), written as the foreign member {@code panj} of the
 * FeatureCollection and as the KML document's description.
 */
public record GisLayer(String name, String title, List<GisFeature> features, ObjectNode about) {
    public GisLayer {
        features = List.copyOf(features);
    }
}
