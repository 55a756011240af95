package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * A Console with the border GUI in it, created and driven on the Swing thread. The interactive command
 * shows it and waits; snapshots and frame-rate measurements step it themselves, without the Console's
 * play thread, so that they are deterministic.
 */
final class GuiSession {
    /** How playing in the window went, for {@code --fps}. */
    record Timing(double hours, long steps, long frames, double seconds, int width, int height) {
        double framesPerSecond() {
            return seconds > 0 ? frames / seconds : 0;
        }

        double hoursPerSecond() {
            return seconds > 0 ? hours / seconds : 0;
        }
    }

    private final BorderGui gui;
    private final Console console;

    private GuiSession(BorderGui gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    /**
     * Builds the GUI of one scenario, or of two compared on the same seed, and its Console, and starts the first
     * run paused at time 0.
     *
     * @param visible  whether the Console and its windows are shown
     * @param overlay  whether a comparison starts with B's agents over A's map
     * @param onClosed called when the user closes the Console
     */
    static GuiSession open(List<LoadedScenario> scenarios, long seed, double hours, boolean visible, boolean overlay,
                           Runnable onClosed) throws Exception {
        ConsoleNoise.quietPreferences();
        BorderGui gui = new BorderGui(scenarios, ScenarioLibrary.geoData(), seed, hours, visible, overlay);
        return onSwing(() -> {
            Console console = ConsoleNoise.withoutMasonLines(() -> new Console(gui));
            console.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    onClosed.run();
                }
            });
            if (visible) {
                console.setVisible(true);
            }
            console.pressPause();
            return new GuiSession(gui, console);
        });
    }

    BorderGui gui() {
        return gui;
    }

    Console console() {
        return console;
    }

    /** Steps the paused run until {@code hours} on the Swing thread, without drawing: deterministic. */
    void play(double hours) throws Exception {
        onSwing(() -> {
            while (gui.state.schedule.getTime() < hours - 1e-9 && gui.step()) {
                // Each step advances the models to the next tick or hour, then refreshes the maps.
            }
            return null;
        });
    }

    /**
     * Plays the run to {@code hours}, writing the map at every whole hour from 0 into {@code dir} and all of them
     * as an animated GIF; returns the files written, the GIF last.
     */
    List<Path> recordFrames(Path dir, double hours) throws Exception {
        try (FrameRecorder frames = new FrameRecorder(dir)) {
            for (int h = 0; h <= Math.floor(hours + 1e-9); h++) {
                play(h);
                frames.add(h, onSwing(gui::picture));
            }
            return frames.finish();
        }
    }

    /**
     * Plays the run with the Console's own play thread, as a user does, until the Console stops it at its
     * length (the run's hours), and counts the frames the map window drew meanwhile.
     */
    Timing playLive() throws Exception {
        long steps0 = gui.runs().modelSteps();
        long frames0 = gui.framesDrawn();
        long start = System.nanoTime();
        onSwing(() -> {
            // The run is paused at its start; pressing pause again plays it (play would step it once).
            console.pressPause();
            return null;
        });
        while (console.getPlayState() == Console.PS_PLAYING) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        JComponent map = gui.display().insideDisplay;
        return new Timing(gui.state.schedule.getTime(), gui.runs().modelSteps() - steps0,
                gui.framesDrawn() - frames0, seconds, map.getVisibleRect().width, map.getVisibleRect().height);
    }

    /**
     * Writes the map to {@code file} and the live charts beside it ({@code NAME-charts.png} for {@code NAME.png});
     * returns both paths.
     */
    List<Path> writeSnapshot(Path file) throws Exception {
        Path charts = chartsBeside(file);
        List<Path> written = new ArrayList<>();
        onSwing(() -> {
            MapPicture.write(gui.picture(), file);
            written.add(file);
            MapPicture.write(gui.charts().picture(), charts);
            written.add(charts);
            return null;
        });
        return written;
    }

    /** Where the charts of a snapshot go: beside it, {@code map.png} giving {@code map-charts.png}. */
    static Path chartsBeside(Path snapshot) {
        String name = snapshot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".png";
        return snapshot.resolveSibling(stem + "-charts" + ext);
    }

    /** Stops the run and disposes of the windows, without MASON's exit of the whole program. */
    void close() throws Exception {
        onSwing(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
            return null;
        });
    }

    /** Runs {@code task} on the Swing thread and returns its result, rethrowing what it threw. */
    static <T> T onSwing(SwingTask<T> task) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) {
            return task.run();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(task.run());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** A task for the Swing thread that may throw. */
    @FunctionalInterface
    interface SwingTask<T> {
        T run() throws Exception;
    }
}
