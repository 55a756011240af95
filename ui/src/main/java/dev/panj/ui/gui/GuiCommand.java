package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.ui.UserError;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code panj gui}: the interactive map of one scenario, or of two compared on the same seed; or a snapshot of
 * it after some hours, its frames hour by hour, or a frame-rate measurement.
 */
@Command(name = "gui",
        description = {
            "Opens MASON's Console with the map of the scenario, live charts and inspectors. With two scenarios, "
                    + "plays both on the same seed on one clock: two maps, both runs in the charts with their "
                    + "difference, and where the two runs first diverge.",
            "With --snapshot or --frames, plays --hours simulated hours without showing windows, writes the "
                    + "pictures and exits. Needs a display: on a machine without one, run it under xvfb-run."
        })
public final class GuiCommand implements Callable<Integer> {
    static final String NO_DISPLAY = "no display: set DISPLAY or run under xvfb-run";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "SCENARIO",
            description = "A built-in scenario name or a scenario file; a second one compares the two (A and B).")
    private List<String> scenarios = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Master random seed of the first run, of both runs in a comparison (default: "
                    + "${DEFAULT-VALUE}).")
    private long seed;

    private Double hours;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Play --hours hours without showing windows, write the map as a PNG ("
                    + MapPicture.WIDTH + "x" + MapPicture.HEIGHT + " a map) and the live charts beside it "
                    + "(FILE-charts.png), and exit.")
    private Path snapshot;

    @Option(names = "--frames", paramLabel = "DIR",
            description = "Play --hours hours without showing windows, write the map at every whole hour into the "
                    + "new or empty folder DIR (hour-0000.png, hour-0001.png, ...) and all of them as an animated "
                    + "GIF (" + FrameRecorder.GIF + "), and exit.")
    private Path frames;

    @Option(names = "--overlay",
            description = "With two scenarios: draw B's agents in outline over A's map instead of two maps side by "
                    + "side (the Model tab switches it too).")
    private boolean overlay;

    @Option(names = "--fps",
            description = "Play --hours hours in the window as the Console plays them (as fast as it can), print "
                    + "the frames per second the map drew and exit.")
    private boolean fps;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours of a run (default: the scenario's simulation.duration; the longer of "
                    + "the two in a comparison).")
    private void setHours(double value) {
        // The same bound as the command line's (dev.panj.ui.Limits), which this package cannot use without a cycle.
        if (!(value > 0) || value > 24 * 3650) {
            throw new ParameterException(spec.commandLine(), "--hours must be a positive number of hours up to 87600 "
                    + "(10 years, the longest simulation.duration), but was " + value);
        }
        hours = value;
    }

    @Override
    public Integer call() throws Exception {
        if (overlay && scenarios.size() < 2) {
            throw new ParameterException(spec.commandLine(), "--overlay needs two scenarios to overlay");
        }
        if (frames != null && fps) {
            throw new ParameterException(spec.commandLine(),
                    "--frames draws its own frames off screen and cannot be combined with --fps");
        }
        List<LoadedScenario> loaded = new ArrayList<>();
        for (String s : scenarios) {
            loaded.add(load(s));
        }
        double runHours = hours != null ? hours
                : loaded.stream().mapToDouble(l -> l.config().simulation().duration()).max().orElseThrow();
        if (snapshot != null) {
            Path dir = snapshot.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new UserError("cannot write the snapshot: folder " + dir + " does not exist");
            }
        }
        if (frames != null) {
            String problem = FrameRecorder.problem(frames);
            if (problem != null) {
                throw new UserError("cannot write the frames: " + problem);
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError(NO_DISPLAY);
        }
        if (frames != null) {
            FrameRecorder.create(frames);
        }
        try {
            if (snapshot != null || frames != null || fps) {
                return batch(loaded, runHours);
            }
            return interactive(loaded, runHours);
        } catch (HeadlessException | AWTError e) {
            throw new UserError(NO_DISPLAY, e);
        }
    }

    private static LoadedScenario load(String nameOrPath) throws UserError {
        try {
            return ScenarioLibrary.load(nameOrPath);
        } catch (ScenarioException e) {
            throw UserError.scenario(nameOrPath, e);
        }
    }

    private int interactive(List<LoadedScenario> loaded, double runHours) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        GuiSession.open(loaded, seed, runHours, true, overlay, closed::countDown);
        closed.await();
        return ExitCode.OK;
    }

    private int batch(List<LoadedScenario> loaded, double runHours) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String name = String.join(" vs ", loaded.stream().map(LoadedScenario::name).toList());
        GuiSession session = GuiSession.open(loaded, seed, runHours, fps, overlay, () -> { });
        try {
            if (fps) {
                GuiSession.Timing t = session.playLive();
                out.println(String.format(Locale.ROOT,
                        "%s: %d frames in %.2f s = %.1f frames/s at %dx%d, %.1f simulated hours/s (%d model steps)",
                        name, t.frames(), t.seconds(), t.framesPerSecond(), t.width(), t.height(),
                        t.hoursPerSecond(), t.steps()));
            } else if (frames != null) {
                List<Path> written = session.recordFrames(frames, runHours);
                out.println(String.format(Locale.ROOT, "wrote %d frames (%s to %s) and %s in %s",
                        written.size() - 1, FrameRecorder.name(0), written.get(written.size() - 2).getFileName(),
                        FrameRecorder.GIF, frames));
            } else {
                session.play(runHours);
            }
            if (snapshot != null) {
                for (Path p : session.writeSnapshot(snapshot)) {
                    out.println("wrote " + p);
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + (snapshot != null ? snapshot : frames) + ": " + e.getMessage(), e);
        } finally {
            session.close();
        }
        out.flush();
        return ExitCode.OK;
    }
}
