package dev.panj.ui;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.gis.GeoJsonFile;
import dev.panj.results.gis.GisFiles;
import dev.panj.results.gis.GisLayer;
import dev.panj.results.gis.KmlFile;
import dev.panj.results.report.DeploymentChart;
import dev.panj.scenarios.BuiltInScenario;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ResolvedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code panj scenarios}: the built-in scenarios, a scenario as resolved (with where each value came from),
 * checking files, comparing two scenarios, the scenario file reference, and a scenario's deployment as a map. The work is done in the scenarios
 * module; these commands only print it.
 */
@Command(name = "scenarios",
        description = "Lists, shows, validates, compares and maps scenarios, says where each value comes from, and "
                + "writes the scenario file reference.",
        subcommands = {
            ScenariosCommand.ListCommand.class,
            ScenariosCommand.ShowCommand.class,
            SourcesCommand.class,
            ScenariosCommand.ValidateCommand.class,
            ScenariosCommand.DiffCommand.class,
            ScenariosCommand.ReferenceCommand.class,
            ScenariosCommand.MapCommand.class,
        })
final class ScenariosCommand {

    private ScenariosCommand() {
    }

    /** {@code panj scenarios list}. */
    @Command(name = "list", description = "Lists the built-in scenarios with their descriptions.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            List<BuiltInScenario> builtIns = ScenarioLibrary.builtIns();
            int width = builtIns.stream().mapToInt(b -> b.name().length()).max().orElse(0);
            PrintWriter out = spec.commandLine().getOut();
            for (BuiltInScenario builtIn : builtIns) {
                out.println((builtIn.name() + " ".repeat(width - builtIn.name().length() + 2)
                        + builtIn.description()).stripTrailing());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code panj scenarios show}. */
    @Command(name = "show", description = {
        "Prints a scenario fully resolved, every default filled in, with where each value came from:",
        "FILE:LINE in the scenario's own file, parent NAME:LINE in a scenario it extends, or default."})
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
        private String scenario;

        @Override
        public Integer call() throws UserError {
            ResolvedScenario resolved = ScenarioArgument.resolve(scenario);
            PrintWriter out = spec.commandLine().getOut();
            out.print(resolved.annotatedYaml());
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code panj scenarios validate}. */
    @Command(name = "validate", description = {
        "Checks scenario files and reports every problem in each of them.",
        "Exit code 0 when all are valid, 2 when any has a problem."})
    static final class ValidateCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (or built-in names).")
        private List<String> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int invalid = 0;
            for (String file : files) {
                try {
                    ResolvedScenario resolved = ScenarioLibrary.resolve(file);
                    out.println(file + ": valid" + (resolved.isAbstract() ? " (abstract)" : ""));
                } catch (ScenarioException e) {
                    invalid++;
                    out.println(UserError.describe(file, e));
                }
            }
            out.flush();
            if (invalid == 0) {
                return ExitCode.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + invalid + " of " + files.size()
                    + (files.size() == 1 ? " scenario has" : " scenarios have") + " problems");
            err.flush();
            return ExitCode.USAGE;
        }
    }

    /** {@code panj scenarios diff}. */
    @Command(name = "diff", description = {
        "Lists the parameters that differ between two scenarios after resolution, one per line: PATH: A → B.",
        "List items with an id (or a command's country, ...) are matched by it; name and description are left out.",
        "Like diff(1), exits with 0 when no parameter differs and 1 when some do."})
    static final class DiffCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "A built-in scenario name or a scenario file.")
        private String first;

        @Parameters(index = "1", paramLabel = "B", description = "A built-in scenario name or a scenario file.")
        private String second;

        @Override
        public Integer call() throws UserError {
            ResolvedScenario a = ScenarioArgument.resolve(first);
            ResolvedScenario b = ScenarioArgument.resolve(second);
            List<String> differences = ScenarioLibrary.differences(a.scenario().config(), b.scenario().config());
            PrintWriter out = spec.commandLine().getOut();
            if (differences.isEmpty()) {
                out.println("no parameters differ");
            }
            differences.forEach(out::println);
            out.flush();
            // Like diff(1): 0 when the scenarios are the same, 1 when they differ, 2 when one cannot be read.
            return differences.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    /** {@code panj scenarios reference}. */
    @Command(name = "reference", description = {
        "Writes the scenario file reference (Markdown), generated from the configuration records:",
        "every key with its type, unit, default, range and meaning."})
    static final class ReferenceCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Write the reference to FILE (e.g. docs/scenario-reference.md) instead of printing it.")
        private Path out;

        @Override
        public Integer call() throws IOException, UserError {
            if (out != null && Files.isDirectory(out)) {
                throw new UserError("--out " + out + " is a folder; give the file to write, e.g. "
                        + out.resolve("scenario-reference.md"));
            }
            String markdown = ScenarioLibrary.reference();
            PrintWriter stdout = spec.commandLine().getOut();
            if (out == null) {
                stdout.print(markdown);
            } else {
                write(out, markdown);
                stdout.println("wrote " + out);
            }
            stdout.flush();
            return ExitCode.OK;
        }

        /** A failure goes on as the IOException: the command line names path, operation and cause (exit 74). */
        private static void write(Path file, String text) throws IOException {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** {@code panj scenarios map}. */
    @Command(name = "map", description = {
        "Writes the deployment of a scenario as a map without running it, to check a scenario before a long batch:",
        "FILE.geojson (RFC 7946, WGS84 lon/lat: posts, sensors, sensor lines, patrol stretches, crossings, bases,",
        "staging areas and objectives with their parameters), FILE.kml (the same for Google Earth) or FILE.png",
        "(Panj's map: every border's sectors by terrain cover, and the deployment over them)."})
    static final class MapCommand implements Callable<Integer> {
        static final List<String> EXTENSIONS = List.of("geojson", "kml", "png");

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
        private String scenario;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "The map to write: FILE.geojson, FILE.kml or FILE.png.")
        private Path out;

        @Override
        public Integer call() throws UserError {
            String extension = extension(out);
            LoadedScenario loaded = ScenarioArgument.load(scenario);
            ScenarioConfig config = loaded.config();
            GeoData geo = ScenarioLibrary.geoData();
            try {
                Path folder = out.toAbsolutePath().getParent();
                if (folder != null) {
                    Files.createDirectories(folder);
                }
                if (extension.equals("png")) {
                    Chart chart = DeploymentChart.of("deployment", config, geo).orElseThrow(() -> offMap(config));
                    ChartFiles.writePng(out, chart);
                } else {
                    GisLayer layer = GisFiles.deployment(config, geo).orElseThrow(() -> offMap(config));
                    Files.writeString(out, extension.equals("kml") ? KmlFile.text(layer) : GeoJsonFile.text(layer),
                            StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UserError("cannot map scenario '" + scenario + "': its geography cannot be built ("
                        + e.getMessage() + ")", e);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("wrote " + out);
            stdout.flush();
            return ExitCode.OK;
        }

        /** The extension of FILE, which must be one of {@link #EXTENSIONS}. */
        static String extension(Path file) throws UserError {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            if (!EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
                throw new UserError("--out " + file + ": expected a file ending in .geojson, .kml or .png, found "
                        + (extension.isEmpty() ? "no extension" : "'." + extension + "'")
                        + suggestion(name.substring(0, dot < 0 ? name.length() : dot), extension));
            }
            return extension.toLowerCase(Locale.ROOT);
        }

        /** "; did you mean 'map.geojson'?" for the closest extension, when it is closer than the whole typed one. */
        private static String suggestion(String base, String extension) {
            String wanted = extension.toLowerCase(Locale.ROOT);
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String candidate : EXTENSIONS) {
                int distance = NameSuggestion.distance(wanted, candidate);
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return bestDistance <= 3 && bestDistance < wanted.length()
                    ? "; did you mean '" + base + "." + best + "'?" : "";
        }

        private UserError offMap(ScenarioConfig config) {
            return new UserError("scenario '" + scenario + "' (" + config.name() + ") lies on a synthetic straight "
                    + "border, which is on no map: only scenarios on a natural-earth border can be mapped");
        }
    }
}
