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
import java.util.function.Function;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws an {@link AgentView} as a marker of constant size on screen, filled with the view's colour and
 * outlined, with its trail, its line to a target and its label when the view has them. Markers keep their
 * pixel size when the user zooms, so that zooming separates crowded agents instead of enlarging them.
 */
final class MarkerPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color OUTLINE = new Color(0x202020);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke TRAIL = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke TASK = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final Stroke FLASH = new BasicStroke(4f);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final transient Function<AgentView, Marker> shape;
    private final double size;

    MarkerPortrayal(Marker marker, double size) {
        this(v -> marker, size);
    }

    /** A portrayal whose marker shape depends on the view (posts and sensors, kinds of places). */
    MarkerPortrayal(Function<AgentView, Marker> shape, double size) {
        this.shape = shape;
        this.size = size;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        AgentView view = (AgentView) object;
        double x = info.draw.x;
        double y = info.draw.y;
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
            drawQueue(g, x, y, q.queue());
        }
        if (view instanceof AgentView.Flashing f) {
            g.setColor(f.ring());
            g.setStroke(FLASH);
            g.draw(new Ellipse2D.Double(x - size / 2, y - size / 2, size, size));
        } else {
            Shape s = shape.apply(view).at(x, y, size);
            g.setColor(view.colour());
            g.fill(s);
            g.setColor(OUTLINE);
            g.setStroke(THIN);
            g.draw(s);
        }
        if (view instanceof AgentView.Labelled l && l.label() != null) {
            g.setFont(LABEL);
            g.setColor(Palette.TEXT);
            if (view instanceof AgentView.Queued q) {
                // Above the queue's bar, clear of the crossing's own name on the right.
                float w = g.getFontMetrics().stringWidth(l.label());
                g.drawString(l.label(), (float) (x - w / 2), (float) (y - size / 2 - queueHeight(q.queue()) - 3));
            } else {
                g.drawString(l.label(), (float) (x + size / 2 + 3), (float) (y + 4));
            }
        }
    }

    /** A bar above the marker, 4 px per square root of the people waiting (100 waiting: 40 px), at most 80 px. */
    private void drawQueue(Graphics2D g, double x, double y, int waiting) {
        double h = queueHeight(waiting);
        Shape bar = new java.awt.geom.Rectangle2D.Double(x - 4, y - size / 2 - h, 8, h);
        g.setColor(Palette.QUEUE);
        g.fill(bar);
        g.setColor(OUTLINE);
        g.setStroke(THIN);
        g.draw(bar);
    }

    private static double queueHeight(int waiting) {
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
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
            g.setStroke(TRAIL);
            g.draw(path);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = size / 2 + 2;
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
