package dev.panj.ui.gui;

import dev.panj.results.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --frames DIR}: the map as it stands at every whole simulated hour, one PNG each ({@code hour-0000.png},
 * {@code hour-0001.png}, ...), and all of them as one looping animated GIF ({@code run.gif}), so that a run can be
 * shown where there is no display to play it on. Every file is written atomically; the folder must be new or
 * empty, so that nothing Panj did not write is ever replaced.
 */
final class FrameRecorder implements AutoCloseable {
    static final String GIF = "run.gif";
    /** A frame shows this long in the GIF: five simulated hours a second. */
    static final int DELAY_CENTISECONDS = 20;
    /** The last frame stays this many times longer before the GIF starts again. */
    static final int LAST_HOLD = 10;

    private final Path dir;
    private final AnimatedGif gif;
    private final List<Path> written = new ArrayList<>();
    private BufferedImage last;

    /** @param dir a folder that exists and is empty */
    FrameRecorder(Path dir) throws IOException {
        this.dir = dir;
        this.gif = new AnimatedGif(DELAY_CENTISECONDS);
    }

    /** The name of the frame of hour {@code hour}. */
    static String name(int hour) {
        return String.format(Locale.ROOT, "hour-%04d.png", hour);
    }

    /** Writes the frame of hour {@code hour} and queues it for the GIF. */
    void add(int hour, BufferedImage image) throws IOException {
        Path file = dir.resolve(name(hour));
        MapPicture.write(image, file);
        written.add(file);
        if (last != null) {
            gif.add(last, 1);
        }
        last = image;
    }

    /** Writes the GIF, the last frame held longer; returns every file written, the GIF last. */
    List<Path> finish() throws IOException {
        if (last != null) {
            gif.add(last, LAST_HOLD);
            last = null;
        }
        Path file = dir.resolve(GIF);
        AtomicFiles.write(file, gif.finish());
        written.add(file);
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        gif.close();
    }

    /**
     * What keeps {@code dir} from taking the frames, in words, or null if nothing does: it must be an empty folder,
     * or a new one in an existing folder. Changes nothing.
     */
    static String problem(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return absolute + " is a file, not a folder";
        }
        if (Files.isDirectory(absolute)) {
            try (var entries = Files.list(absolute)) {
                return entries.findAny().isPresent()
                        ? "folder " + absolute + " is not empty: give a new or empty folder for the frames" : null;
            }
        }
        Path parent = absolute.getParent();
        return parent == null || !Files.isDirectory(parent) ? "folder " + parent + " does not exist" : null;
    }

    /** Creates {@code dir} if it does not exist yet (after {@link #problem} found nothing wrong). */
    static void create(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectory(dir);
        }
    }
}
