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

/** {@code panj gui}: the interactive map, or a snapshot of it after some hours, or a frame-rate measurement. */
@Command(name = "gui",
        description = {
            "Opens MASON's Console with the map of the scenario, live charts and inspectors.",
            "With --snapshot, runs the map for --hours simulated hours, writes it as a PNG and exits. "
                    + "Needs a display: on a machine without one, run it under xvfb-run."
        })
public final class GuiCommand implements Callable<Integer> {
    static final String NO_DISPLAY = "no display: set DISPLAY or run under xvfb-run";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Master random seed of the first run (default: ${DEFAULT-VALUE}).")
    private long seed;

    private Double hours;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Run without showing windows for --hours hours, write the map as a "
                    + MapPicture.WIDTH + "x" + MapPicture.HEIGHT + " PNG and exit.")
    private Path snapshot;

    @Option(names = "--fps",
            description = "Play --hours hours in the window as the Console plays them (as fast as it can), print "
                    + "the frames per second the map drew and exit.")
    private boolean fps;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours of a run (default: the scenario's simulation.duration).")
    private void setHours(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ParameterException(spec.commandLine(), "--hours must be a positive number of hours, but was "
                    + value);
        }
        hours = value;
    }

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = load(scenario);
        double runHours = hours != null ? hours : loaded.config().simulation().duration();
        if (snapshot != null) {
            Path dir = snapshot.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new UserError("cannot write the snapshot: folder " + dir + " does not exist");
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError(NO_DISPLAY);
        }
        try {
            if (snapshot != null || fps) {
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

    private int interactive(LoadedScenario loaded, double runHours) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        GuiSession.open(loaded, seed, runHours, true, closed::countDown);
        closed.await();
        return ExitCode.OK;
    }

    private int batch(LoadedScenario loaded, double runHours) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GuiSession session = GuiSession.open(loaded, seed, runHours, fps, () -> { });
        try {
            if (fps) {
                GuiSession.Timing t = session.playLive();
                out.println(String.format(Locale.ROOT,
                        "%s: %d frames in %.2f s = %.1f frames/s at %dx%d, %.1f simulated hours/s (%d model steps)",
                        loaded.name(), t.frames(), t.seconds(), t.framesPerSecond(), t.width(), t.height(),
                        t.hoursPerSecond(), t.steps()));
            } else {
                session.play(runHours);
            }
            if (snapshot != null) {
                session.writeSnapshot(snapshot);
                out.println("wrote " + snapshot);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the snapshot " + snapshot + ": " + e.getMessage(), e);
        } finally {
            session.close();
        }
        out.flush();
        return ExitCode.OK;
    }
}
