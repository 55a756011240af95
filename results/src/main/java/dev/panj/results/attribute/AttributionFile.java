package dev.panj.results.attribute;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.panj.results.io.CanonicalNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@value AttributionLayout#ATTRIBUTION_JSON}: everything an attribution found, in one file, bound to and from these
 * records by Jackson. The charts and the report read this file alone, so they can be drawn again without rerunning.
 * Numbers are written in their canonical text ({@link CanonicalNumber}); a number without a value is {@code null}.
 * {@code shown} lists the metrics the console and the report show (the file holds every metric).
 */
public record AttributionFile(String kind, String version, ScenarioRef base, ScenarioRef target, long seed, String seedRule,
                       Double hours, int replications, DesignRef design, List<ChangeRef> changes, List<String> merges,
                       List<CellRef> cells, int failedRuns, List<String> shown, Map<String, String> method,
                       Map<String, MetricRef> metrics) {
    static final String KIND = "attribution";

    /** A scenario at one end. */
    public record ScenarioRef(String name, String origin, String sha256) {
    }

    /** The design: factorial or sampled orders (each a list of change numbers from 0, in pairs order–reverse). */
    public record DesignRef(String kind, int changes, int cells, Integer permutations, List<List<Integer>> orders) {
    }

    /** A change and the scenario differences it applies. */
    public record ChangeRef(String name, String source, String merged, List<PartRef> parts) {
    }

    public record PartRef(String path, String kind, String item, String from, String to) {
    }

    /**
     * A cell: which changes it applies ({@code applied} has a 1 or 0 per change, in change order), its hours and the
     * SHA-256 of its resolved scenario ({@code cells/cell-N.yaml}).
     */
    public record CellRef(int cell, String applied, List<String> changes, Double hours, String sha256, String file) {
    }

    /** One metric's attribution ({@link MetricAttribution}). */
    public record MetricRef(int replications, boolean unchanged, Double baseMean, Double targetMean, EstimateRef difference,
                     Double shapleySum, Double residual, List<ShapleyRef> shapley, List<TermRef> terms) {
    }

    /** A change's Shapley value, its share of the difference, the sampling error and its effect applied last. */
    public record ShapleyRef(String change, EstimateRef value, Double share, Double samplingSe, EstimateRef last) {
    }

    /** A factorial term: its changes, its order, its effect from the base and averaged over the others. */
    public record TermRef(List<String> changes, int order, EstimateRef fromBase, EstimateRef averaged) {
    }

    public record EstimateRef(int n, Double mean, Double sd, Double ciLow, Double ciHigh, Double p, Double holmP,
                       boolean significant, boolean identical) {
        static EstimateRef of(Estimate e) {
            return new EstimateRef(e.n(), e.mean(), e.sd(), e.ciLow(), e.ciHigh(), e.p(), e.holmP(), e.significant(),
                    e.identical());
        }

        /** The mean, NaN for none. */
        public double value() {
            return mean == null ? Double.NaN : mean;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("canonical-numbers")
                    .addSerializer(Double.class, new CanonicalDouble())
                    .addSerializer(Double.TYPE, new CanonicalDouble()));

    /** A value's JSON text, pretty-printed in the project's layout ("\n" line ends, trailing newline). */
    static String json(Object value) {
        try {
            return writer().writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file back. */
    public static AttributionFile read(Path file) throws IOException {
        return MAPPER.readValue(Files.readString(file), AttributionFile.class);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return MAPPER.writer(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /** Numbers as {@link CanonicalNumber} writes them; NaN and infinities (no value) as null. */
    private static final class CanonicalDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator json, SerializerProvider provider) throws IOException {
            String text = value == null ? "" : CanonicalNumber.format(value);
            if (text.isEmpty()) {
                json.writeNull();
            } else {
                json.writeNumber(text);
            }
        }
    }

    /** A number of the file, NaN when it has none. */
    public static double value(Double d) {
        return d == null ? Double.NaN : d;
    }
}
