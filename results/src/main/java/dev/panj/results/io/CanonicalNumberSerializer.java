package dev.panj.results.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a double as its {@link CanonicalNumber} ({@code 48}, not {@code 48.0}), NaN as null. */
public final class CanonicalNumberSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    public CanonicalNumberSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator json, SerializerProvider provider) throws IOException {
        JsonText.writeNumber(json, value);
    }
}
