package dev.panj.ui;

import dev.panj.results.MetricsTable;
import dev.panj.results.gis.GisFiles;
import dev.panj.results.experiment.MemoryEstimate;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.EventLog;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.io.RunProvenance;
import dev.panj.results.io.RunWriter;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.RunProgress;
import dev.panj.sim.Simulation;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code panj run}: one replication of one scenario. */
@Command(name = "run",
        description = {
            "Runs one replication of a scenario and prints its metrics.",
            "With --out, also writes the metrics, the hourly time series, the per-sector counts, "
                    + "the resolved scenario and a manifest into DIR."
        })
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Master random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    private Double hours;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run's files into this folder (created if missing). Without it nothing is written.")
    private Path out;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Also write the run's event log into FILE as CSV: replication, time_h, event, agent, place, "
                    + "x_km, y_km, lon, lat, details (one row per event, in the model's order).")
    private Path events;

    @Option(names = "--quiet", description = "No progress (a bar on a terminal, else a line every 10 s on stderr).")
    private boolean quiet;

    @Option(names = "--overwrite",
            description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours (default: the scenario's simulation.duration).")
    private void setHours(double value) {
        hours = Limits.hours(spec, value);
    }

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = ScenarioArgument.load(scenario);
        double runHours = hours != null ? hours : loaded.config().simulation().duration();
        String what = "scenario " + loaded.name() + " for " + CanonicalNumber.format(runHours) + " h";
        MemoryEstimate memory = MemoryEstimate.of(loaded.config(), runHours, 1);
        MemoryShortage.check(what, memory);
        // Before the run, so that a folder we must not use fails in a second rather than after the model.
        try (OutputFolder folder = Folders.take(out, overwrite, false, spec)) {
            return run(loaded, runHours, what, memory);
        }
    }

    private int run(LoadedScenario loaded, double runHours, String what, MemoryEstimate memory)
            throws IOException, MemoryShortage {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("scenario %s | seed %d | %s h | panj %s%n",
                loaded.name(), seed, CanonicalNumber.format(runHours), Version.current());
        stdout.flush();

        Instant started = now();
        RunResult result;
        RunProgressDisplay progress = RunProgressDisplay.forConsole(quiet, spec.commandLine().getErr(), runHours);
        RunProgress shown = progress == null ? RunProgress.NONE : progress;
        try {
            World world = WorldBuilder.build(loaded.config(), ScenarioLibrary.geoData());
            if (events == null) {
                result = Simulation.run(world, loaded.config(), seed, runHours, List.of(), shown);
            } else {
                Path absolute = events.toAbsolutePath();
                Files.createDirectories(absolute.getParent());
                Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
                try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                     EventLog log = new EventLog(w, world, loaded.config(), 0, true)) {
                    result = Simulation.run(world, loaded.config(), seed, runHours, List.of(log), shown);
                }
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (OutOfMemoryError e) {
            throw MemoryShortage.during(what, memory, e);
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        Instant finished = now();

        stdout.print(MetricsTable.format(result.metrics()));
        if (events != null) {
            stdout.println("wrote " + events);
        }
        if (out != null) {
            RunProvenance provenance = new RunProvenance(loaded.name(), loaded.origin(), loaded.resolvedYaml(),
                    loaded.sha256(), ShellCommand.text(spec), started, finished);
            RunWriter.write(out, result, provenance);
            if (events != null) {
                GisFiles.writeEvents(out, events, loaded.name(), loaded.config());
            }
            stdout.println("wrote " + out);
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
