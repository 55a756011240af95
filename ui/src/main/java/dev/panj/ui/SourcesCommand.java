package dev.panj.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.panj.scenarios.ParameterSources;
import dev.panj.scenarios.ParameterSources.Kind;
import dev.panj.scenarios.ParameterSources.ParameterSource;
import dev.panj.scenarios.ResolvedScenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code panj scenarios sources}: every parameter of a resolved scenario with its value and its source. */
@Command(name = "sources", description = {
    "Prints every parameter of a scenario, fully resolved, with its value, where it is set (FILE:LINE, parent",
    "NAME:LINE, or default (not set by the scenario)) and its source: a citation, notional (an assumption of",
    "ours), or none. A file's sources: mapping gives them (docs/scenario-reference.md, \"Sources\")."})
final class SourcesCommand implements Callable<Integer> {

    /** How the table is written. */
    enum Format { text, csv, json }

    static final List<String> COLUMNS = List.of("parameter", "value", "set_in", "kind", "source");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
    private Format format = Format.text;

    /** The JSON document: the scenario, the counts by kind, the references and the parameters. */
    record Document(String scenario, Map<String, Long> counts, Map<String, String> references,
                    List<Row> parameters) {
    }

    /** One parameter in JSON. */
    record Row(String parameter, String value, String setIn, String kind, String source) {
    }

    @Override
    public Integer call() throws UserError {
        ResolvedScenario resolved = ScenarioArgument.resolve(scenario);
        ParameterSources sources = resolved.sources();
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> text(resolved.scenario().name(), sources);
            case csv -> csv(sources);
            case json -> json(resolved.scenario().name(), sources);
        });
        out.flush();
        return ExitCode.OK;
    }

    static String text(String name, ParameterSources sources) {
        List<ParameterSource> rows = sources.parameters();
        int path = Math.max(9, rows.stream().mapToInt(r -> r.path().length()).max().orElse(0));
        int value = Math.min(24, Math.max(5, rows.stream().mapToInt(r -> r.value().length()).max().orElse(0)));
        int setIn = Math.max(6, rows.stream().mapToInt(r -> r.setIn().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        Map<Kind, Long> counts = sources.counts();
        out.append("# ").append(name).append(": ").append(rows.size()).append(" parameters; ")
                .append(counts.get(Kind.CITED)).append(" cited, ").append(counts.get(Kind.NOTIONAL))
                .append(" notional, ").append(counts.get(Kind.NONE)).append(" without a source; ")
                .append(rows.stream().filter(ParameterSource::isDefault).count())
                .append(" left to their defaults\n");
        String format = "%-" + path + "s  %-" + value + "s  %-" + setIn + "s  %s%n";
        out.append(String.format(format, "parameter", "value", "set in", "source"));
        for (ParameterSource r : rows) {
            String source = r.kind() == Kind.NONE ? "(none)" : r.source();
            out.append(String.format(format, r.path(), r.value(), r.setIn(), source.replace('\n', ' '))
                    .stripTrailing()).append('\n');
        }
        if (!sources.references().isEmpty()) {
            out.append("\nreferences:\n");
            sources.references().forEach((tag, ref) -> out.append("  [").append(tag).append("] ").append(ref)
                    .append('\n'));
        }
        for (String unused : sources.unusedPatterns()) {
            out.append("note: sources.").append(unused).append(" covers no parameter this file sets\n");
        }
        return out.toString();
    }

    static String csv(ParameterSources sources) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            csv.printRecord(COLUMNS);
            for (ParameterSource r : sources.parameters()) {
                csv.printRecord(r.path(), r.value(), r.setIn(), r.kind().label(), r.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String json(String name, ParameterSources sources) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        sources.counts().forEach((k, v) -> counts.put(k.label(), v));
        List<Row> rows = sources.parameters().stream()
                .map(r -> new Row(r.path(), r.value(), r.setIn(), r.kind().label(), r.source())).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new Document(name, counts, sources.references(), rows)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a table of strings always serialises", e);
        }
    }
}
