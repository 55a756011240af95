package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws an {@link AgentView} as a marker of constant size on screen, filled with the view's colour and
 * outlined, with its trail, its line to a target and its queue when the view has them. Markers keep their
 * pixel size when the user zooms, so that zooming separates crowded agents instead of enlarging them. Names
 * are written by the {@link LabelLayer}, above every marker, not here.
 *
 * <p>A portrayal can draw its markers hollow (outline only, in the view's colour): run B's agents when a
 * comparison overlays the two runs on one map.
 */
final class MarkerPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color OUTLINE = new Color(0x202020);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke HOLLOW_EDGE = new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke HOLLOW = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke TRAIL = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke TASK = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final Stroke FLASH = new BasicStroke(4f);
    private static final Font QUEUE_COUNT = new Font(Font.SANS_SERIF, Font.BOLD, 10);

    private final transient Function<AgentView, Marker> shape;
    private final transient ToDoubleFunction<AgentView> size;
    private final transient BooleanSupplier hollow;

    MarkerPortrayal(Marker marker, double size) {
        this(v -> marker, v -> size, () -> false);
    }

    /**
     * A portrayal whose marker shape and size depend on the view (posts and sensors, kinds of places), drawn hollow
     * while {@code hollow} says so.
     */
    MarkerPortrayal(Function<AgentView, Marker> shape, ToDoubleFunction<AgentView> size, BooleanSupplier hollow) {
        this.shape = shape;
        this.size = size;
        this.hollow = hollow;
    }

    /** The marker of {@code view}. */
    Marker marker(AgentView view) {
        return shape.apply(view);
    }

    /** The size of {@code view}'s marker, in pixels. */
    double size(AgentView view) {
        return size.applyAsDouble(view);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        AgentView view = (AgentView) object;
        double x = info.draw.x;
        double y = info.draw.y;
        double px = size(view);
        Point here = view.position();
        if (view instanceof AgentView.Trailed t) {
            drawTrail(g, info, here, t, view.colour());
        }
        if (view instanceof AgentView.Tasked t && t.target() != null) {
            g.setColor(view.colour());
            g.setStroke(TASK);
            Point to = t.target();
            g.draw(new Line2D.Double(x, y, x + (to.x() - here.x()) * info.draw.width,
                    y - (to.y() - here.y()) * info.draw.height));
        }
        if (view instanceof AgentView.Queued q && q.queue() > 0) {
            drawQueue(g, x, y, px, q.queue());
        }
        if (view instanceof AgentView.Flashing f) {
            g.setColor(f.ring());
            g.setStroke(FLASH);
            g.draw(new Ellipse2D.Double(x - px / 2, y - px / 2, px, px));
        } else if (hollow.getAsBoolean()) {
            Shape s = marker(view).at(x, y, px);
            g.setColor(OUTLINE);
            g.setStroke(HOLLOW_EDGE);
            g.draw(s);
            g.setColor(view.colour());
            g.setStroke(HOLLOW);
            g.draw(s);
        } else {
            Shape s = marker(view).at(x, y, px);
            g.setColor(view.colour());
            g.fill(s);
            g.setColor(OUTLINE);
            g.setStroke(THIN);
            g.draw(s);
        }
    }

    /**
     * A bar above the marker, 4 px per square root of the people waiting (100 waiting: 40 px), at most 80 px, with
     * the number waiting above it.
     */
    private static void drawQueue(Graphics2D g, double x, double y, double px, int waiting) {
        double h = queueHeight(waiting);
        double top = y - px / 2 - h;
        Shape bar = new Rectangle2D.Double(x - 4, top, 8, h);
        g.setColor(Palette.QUEUE);
        g.fill(bar);
        g.setColor(OUTLINE);
        g.setStroke(THIN);
        g.draw(bar);
        String n = Integer.toString(waiting);
        g.setFont(QUEUE_COUNT);
        float w = g.getFontMetrics().stringWidth(n);
        TextHalo.draw(g, n, (float) (x - w / 2), (float) (top - 3), Palette.QUEUE);
    }

    static double queueHeight(int waiting) {
        return waiting <= 0 ? 0 : Math.min(80, 4 * Math.sqrt(waiting));
    }

    private static void drawTrail(Graphics2D g, DrawInfo2D info, Point here, AgentView.Trailed t, Color colour) {
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (Point p : t.trail()) {
            double px = info.draw.x + (p.x() - here.x()) * info.draw.width;
            double py = info.draw.y - (p.y() - here.y()) * info.draw.height;
            if (first) {
                path.moveTo(px, py);
                first = false;
            } else {
                path.lineTo(px, py);
            }
        }
        if (!first) {
            path.lineTo(info.draw.x, info.draw.y);
            g.setColor(Palette.withAlpha(colour, 110));
            g.setStroke(TRAIL);
            g.draw(path);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = size((AgentView) object) / 2 + 2;
        return range.clip.intersects(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        return new TickInspector(wrapper.getObject(), gui, "Properties");
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
