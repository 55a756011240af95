package dev.panj.ui.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF built in memory with the JDK's own GIF writer: each frame is reduced to the writer's 256-colour
 * palette, shown for a fixed time, and the first frame carries the Netscape 2.0 application extension that makes
 * viewers loop the animation for ever. Frames wider than {@link #MAX_WIDTH} pixels are scaled down to it, so that
 * the file stays fit to send (the PNG frames keep the full size).
 */
final class AnimatedGif implements AutoCloseable {
    /** Widest frame the GIF holds, in pixels. */
    static final int MAX_WIDTH = 1400;
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private final int delayCentiseconds;
    private int frames;
    private boolean finished;

    /** @param delayCentiseconds how long each frame shows, in hundredths of a second */
    AnimatedGif(int delayCentiseconds) throws IOException {
        if (delayCentiseconds <= 0) {
            throw new IllegalArgumentException("a frame must show for a positive time");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        this.writer = writers.next();
        this.delayCentiseconds = delayCentiseconds;
        this.stream = ImageIO.createImageOutputStream(bytes);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Appends a frame, shown for {@code hold} times the usual delay. */
    void add(BufferedImage image, int hold) throws IOException {
        BufferedImage frame = fit(image);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds * Math.max(1, hold)));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1: loop count, little-endian; 0 means for ever.
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(frame, null, meta), param);
        frames++;
    }

    int frames() {
        return frames;
    }

    /** Ends the animation and returns the GIF's bytes. */
    byte[] finish() throws IOException {
        if (!finished) {
            writer.endWriteSequence();
            stream.flush();
            finished = true;
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        writer.dispose();
        stream.close();
    }

    private static BufferedImage fit(BufferedImage image) {
        if (image.getWidth() <= MAX_WIDTH) {
            return image;
        }
        double f = (double) MAX_WIDTH / image.getWidth();
        int w = MAX_WIDTH;
        int h = (int) Math.round(image.getHeight() * f);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return small;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
