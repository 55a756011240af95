package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
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
     * Builds the GUI and its Console and starts the first run paused at time 0.
     *
     * @param visible  whether the Console and its windows are shown
     * @param onClosed called when the user closes the Console
     */
    static GuiSession open(LoadedScenario scenario, long seed, double hours, boolean visible, Runnable onClosed)
            throws Exception {
        BorderGui gui = new BorderGui(scenario, ScenarioLibrary.geoData(), seed, hours, visible);
        return onSwing(() -> {
            Console console = new Console(gui);
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
                // Each step runs the model's events of one time, then the map's refresh.
            }
            return null;
        });
    }

    /**
     * Plays the run with the Console's own play thread, as a user does, until the Console stops it at its
     * length (the run's hours), and counts the frames the map window drew meanwhile.
     */
    Timing playLive() throws Exception {
        long steps0 = gui.state.schedule.getSteps();
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
        return new Timing(gui.state.schedule.getTime(), gui.state.schedule.getSteps() - steps0,
                gui.framesDrawn() - frames0, seconds, map.getVisibleRect().width, map.getVisibleRect().height);
    }

    void writeSnapshot(Path file) throws IOException {
        MapPicture.write(gui.picture(), file);
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
