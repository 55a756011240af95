package dev.panj.results.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Pretty-printed JSON in one fixed layout: two-space indent, {@code "key": value}, "\n" line ends, trailing newline. */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one JSON value through {@code body}. */
    public interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    public static String of(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(prettyPrinter());
            body.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }

    /** Writes a metric value: the canonical number, or null when there is none (NaN). */
    public static void writeNumber(JsonGenerator json, double value) throws IOException {
        String text = CanonicalNumber.format(value);
        if (text.isEmpty()) {
            json.writeNull();
        } else {
            json.writeNumber(text);
        }
    }

    /**
     * An object mapper writing in the same layout, for manifests bound to records; it reads leniently (unknown fields
     * are ignored, so a newer minor schema can still be read).
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .setDefaultPrettyPrinter(prettyPrinter())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** {@code value} as text in this layout, with a trailing newline. */
    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e); // records of strings and numbers always serialize
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Explicit "\n": the default indenter uses the platform line separator.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
