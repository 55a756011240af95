package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** {@code --frames}: a PNG per simulated hour and a looping animated GIF of them, played as the snapshot plays. */
class FrameRecorderTest {
    @TempDir
    Path tmp;

    /** The frames of a played GUI, hour 0 to {@code hours}, as the command records them. */
    private static List<Path> record(BorderGui gui, Path dir, int hours) throws Exception {
        try (FrameRecorder frames = new FrameRecorder(dir)) {
            for (int h = 0; h <= hours; h++) {
                Played.play(gui, h);
                frames.add(h, gui.picture());
            }
            return frames.finish();
        }
    }

    private static int[] pixels(BufferedImage i) {
        return i.getRGB(0, 0, i.getWidth(), i.getHeight(), null, 0, i.getWidth());
    }

    @Test
    void frames_threeHours_writeFourPngsThatAreThePicturesOfEachHourAndAGif() throws Exception {
        BorderGui gui = Played.started(List.of(Played.guiStraight()), 4, 3, false);

        List<Path> written = record(gui, tmp, 3);

        assertEquals(List.of(tmp.resolve("hour-0000.png"), tmp.resolve("hour-0001.png"), tmp.resolve("hour-0002.png"),
                tmp.resolve("hour-0003.png"), tmp.resolve("run.gif")), written);
        try (var files = Files.list(tmp)) {
            assertEquals(5, files.count(), "nothing else is left in the folder (no temporary files)");
        }
        BufferedImage hour2 = ImageIO.read(tmp.resolve("hour-0002.png").toFile());
        BorderGui again = Played.started(List.of(Played.guiStraight()), 4, 3, false);
        Played.play(again, 2);
        BufferedImage played = again.picture();
        assertArrayEquals(pixels(played), pixels(hour2), "hour 2's frame is the picture of the run at hour 2");
    }

    @Test
    void gif_hasAFramePerHourLoopsForEverAndHoldsTheLastFrame() throws Exception {
        BorderGui gui = Played.started(List.of(Played.guiStraight()), 4, 3, false);
        record(gui, tmp, 3);

        try (ImageInputStream in = ImageIO.createImageInputStream(tmp.resolve("run.gif").toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                delays.add(Integer.parseInt(child(root, "GraphicControlExtension").getAttribute("delayTime")));
                BufferedImage frame = reader.read(i);
                assertEquals(MapPicture.WIDTH, frame.getWidth());
                assertEquals(MapPicture.HEIGHT, frame.getHeight());
            }
            assertEquals(List.of(20, 20, 20, 200), delays);
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode) child(first, "ApplicationExtensions").getFirstChild();
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            assertEquals("2.0", loop.getAttribute("authenticationCode"));
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) loop.getUserObject(), "loop count 0: for ever");
        }
    }

    @Test
    void gif_ofAComparison_isScaledToFourteenHundredPixels() throws Exception {
        BufferedImage wide = new BufferedImage(2820, 900, BufferedImage.TYPE_INT_RGB);
        byte[] bytes;
        try (AnimatedGif gif = new AnimatedGif(20)) {
            gif.add(wide, 1);
            bytes = gif.finish();
        }
        BufferedImage frame = ImageIO.read(new java.io.ByteArrayInputStream(bytes));

        assertEquals(AnimatedGif.MAX_WIDTH, frame.getWidth());
        assertEquals(Math.round(900 * 1400 / 2820.0), frame.getHeight());
    }

    @Test
    void problem_nonEmptyFolderFileOrMissingParent_isNamed_newOrEmptyFolderIsFine() throws Exception {
        Path full = Files.createDirectory(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        Path file = Files.writeString(tmp.resolve("file.png"), "x");

        assertTrue(FrameRecorder.problem(full).contains("is not empty"), FrameRecorder.problem(full));
        assertTrue(FrameRecorder.problem(file).contains("is a file"));
        assertTrue(FrameRecorder.problem(tmp.resolve("no/such/dir")).contains("does not exist"));
        assertNull(FrameRecorder.problem(tmp.resolve("new")));
        assertNull(FrameRecorder.problem(Files.createDirectory(tmp.resolve("empty"))));
        assertEquals("mine", Files.readString(full.resolve("notes.txt")), "a user's file is never touched");
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (IIOMetadataNode) n;
            }
        }
        throw new AssertionError("no " + name);
    }
}
