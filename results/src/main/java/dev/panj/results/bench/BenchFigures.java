package dev.panj.results.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.panj.results.io.CanonicalNumber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The figures of one {@code panj bench} run, as its JSON file holds them (Jackson data binding, snake_case keys).
 * Maps are keyed by the number of agents; a figure not measured is null.
 *
 * @param interactingNsPerAgentStep median nanoseconds per interacting agent-step of the model, by agents
 * @param masonNsPerAgentStep the same workload as a plain MASON model, by agents
 * @param groupNsPerStep median nanoseconds per militant group-step
 * @param heapBytesPerAgent heap per interacting agent of the model, by agents
 * @param batchSpeedup2Threads replications per second on 2 threads over those on 1
 */
@JsonPropertyOrder({"schema_version", "interacting_ns_per_agent_step", "mason_ns_per_agent_step", "group_ns_per_step",
        "heap_bytes_per_agent", "batch_speedup_2_threads", "machine"})
public record BenchFigures(int schemaVersion, Map<String, Double> interactingNsPerAgentStep,
                           Map<String, Double> masonNsPerAgentStep, Double groupNsPerStep,
                           Map<String, Double> heapBytesPerAgent, @JsonProperty("batch_speedup_2_threads") Double batchSpeedup2Threads,
                           Machine machine) {
    public static final int SCHEMA_VERSION = 2;

    /**
     * Where it ran: cores, the JVM's largest heap, the Java version, and the system load average when the
     * measurements began and ended (a loaded machine gives slower, noisier figures; ratios hold up better).
     */
    public record Machine(int cores, long maxHeapBytes, String java, Double loadAtStart, Double loadAtEnd) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new SimpleModule("canonical-numbers")
                    .addSerializer(Double.class, new CanonicalDouble())
                    .addSerializer(Double.TYPE, new CanonicalDouble()));

    /** The JSON text: two-space indent, "\n" line ends, a trailing newline. */
    public String json() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        try {
            return MAPPER.writer(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                    .withArrayIndenter(indenter)).writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BenchFigures read(Path file) throws IOException {
        return MAPPER.readValue(Files.readString(file), BenchFigures.class);
    }

    /** Numbers as {@link CanonicalNumber} writes them; NaN (not measured) as null. */
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
}
