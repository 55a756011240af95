package dev.panj.results.gis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * A layer as an RFC 7946 GeoJSON FeatureCollection: WGS84 longitude/latitude with six decimals (about 0.1 m), no
 * {@code crs} member (RFC 7946 drops it), geometries written by JTS's {@link GeoJsonWriter}, the attributes and
 * the collection through Jackson. Objects are indented and arrays kept on one line, so a file diffs feature by
 * feature; the same layer gives the same bytes.
 */
public final class GeoJsonFile {
    /** Decimals of a coordinate: 1e-6 degree is 0.1 m, far below the model's resolution. */
    static final int DECIMALS = 6;
    static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonFile() {
    }

    public static String text(GisLayer layer) {
        GeoJsonWriter geometry = new GeoJsonWriter(DECIMALS);
        geometry.setEncodeCRS(false);
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.put("name", layer.name());
        collection.put("title", layer.title());
        collection.set("panj", layer.about());
        ArrayNode features = collection.putArray("features");
        try {
            for (GisFeature f : layer.features()) {
                ObjectNode feature = features.addObject();
                feature.put("type", "Feature");
                feature.put("id", f.id());
                JsonNode shape = JSON.readTree(geometry.write(f.geometry()));
                feature.set("geometry", shape);
                ObjectNode properties = feature.putObject("properties");
                properties.put("name", f.name());
                properties.setAll(f.properties());
            }
            return JSON.writer(printer()).writeValueAsString(collection) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // JTS writes valid JSON; Jackson writes its own tree
        }
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter());
    }
}
