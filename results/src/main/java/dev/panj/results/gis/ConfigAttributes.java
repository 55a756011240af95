package dev.panj.results.gis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's configuration record as flat attributes, named as in the scenario file ({@code sensor.range} becomes
 * {@code sensor_range}), in the model's units (km, hours, per hour); an unset number (NaN) is null, a list is its
 * items joined by commas. Locations are left out: the geometry is where the thing is.
 */
final class ConfigAttributes {
    private static final Set<String> LOCATIONS = Set.of("location", "base");

    private ConfigAttributes() {
    }

    /** Enums as the scenario files spell them: lower case, '-' for '_'. */
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Enum.class, new StdSerializer<Enum>(Enum.class) {
                @Override
                public void serialize(Enum value, JsonGenerator json, SerializerProvider provider) throws IOException {
                    json.writeString(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }));

    /** Adds the record's components; a name already there (e.g. {@code kind}) keeps its value. */
    static void put(ObjectNode properties, Object record) {
        put(properties, "", MAPPER.valueToTree(record));
    }

    private static void put(ObjectNode properties, String prefix, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (properties.has(name)) {
                continue;
            }
            if (prefix.isEmpty() && LOCATIONS.contains(e.getKey())) {
                if (value.hasNonNull("place")) {
                    properties.put(name + "_place", value.get("place").asText());
                }
                continue;
            }
            if (value.isObject()) {
                put(properties, name + "_", value);
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.isValueNode() ? v.asText() : v.toString()));
                properties.put(name, String.join(",", items));
            } else if (value.isNumber()) {
                Attributes.number(properties, name, value.doubleValue());
            } else if (value.isNull()) {
                properties.putNull(name);
            } else if (value.isBoolean()) {
                properties.put(name, value.booleanValue());
            } else {
                properties.put(name, value.asText());
            }
        }
    }
}
