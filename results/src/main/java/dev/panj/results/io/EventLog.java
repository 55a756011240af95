package dev.panj.results.io;

import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;
import dev.panj.sim.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The event log of a run (MODEL.md section 6) as CSV, one row per event in the order the model published them:
 * {@link #COLUMNS}. {@code agent} is who acted (a group by its readable id, a unit or post, a country);
 * {@code place} where, by name (a detector, a crossing, a staging area or a border sector); {@code x_km, y_km}
 * the position in the model's plane and {@code lon, lat} the same on the map (empty on a synthetic border, which has
 * no coordinates, and for events without a place, such as a report reaching a command). Events that name a
 * crossing take its position, a sector-wide event (an SCO warning) the middle of the sector on its border line.
 * {@code details} holds every other field of the event record as {@code name=value} pairs separated by
 * {@code ;}, so nothing the model said is lost. Numbers are written as {@link CanonicalNumber} writes them.
 */
public final class EventLog implements EventListener, AutoCloseable {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "replication", "time_h", "event", "agent", "place", "x_km", "y_km", "lon", "lat", "details");

    private static final List<String> AGENTS = List.of("group", "unit", "requester", "country", "from");
    private static final List<String> PLACES = List.of("detector", "crossing", "stagingArea", "sector");
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final CSVPrinter csv;
    private final World world;
    private final Map<String, Point> crossings = new LinkedHashMap<>();
    private final Map<Long, String> groupIds = new HashMap<>();
    private final int replication;

    /**
     * A log of one replication written to {@code out}.
     *
     * @param header whether to write the header row first (false when appending a replication to a batch's log)
     */
    public EventLog(Appendable out, World world, ScenarioConfig config, int replication, boolean header) {
        this.world = world;
        this.replication = replication;
        for (OfficialCrossingConfig c : config.civilians().crossings()) {
            crossings.put(c.id(), world.resolve(c.location()));
        }
        try {
            CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator('\n');
            if (header) {
                format.setHeader(COLUMNS.toArray(String[]::new));
            }
            this.csv = new CSVPrinter(out, format.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof GroupArrived a) {
            groupIds.put(a.group(), a.groupId());
        }
        RecordComponent[] components = COMPONENTS.computeIfAbsent(event.getClass(), Class::getRecordComponents);
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            values.put(c.getName(), value(event, c));
        }
        String agent = "";
        for (String name : AGENTS) {
            Object v = values.get(name);
            if (v != null) {
                agent = name.equals("group") ? groupIds.getOrDefault((Long) v, String.valueOf(v)) : String.valueOf(v);
                break;
            }
        }
        String place = "";
        Point position = null;
        for (String name : PLACES) {
            Object v = values.get(name);
            if (v instanceof String s) {
                place = s;
                if (name.equals("crossing")) {
                    position = crossings.get(s);
                }
                break;
            }
            if (v instanceof Integer sector && name.equals("sector")) {
                BorderSector s = sector >= 0 && sector < world.sectors().size() ? world.sectors().get(sector) : null;
                if (s != null) {
                    place = s.id();
                    position = s.midpoint();
                }
                break;
            }
        }
        if (values.get("x") instanceof Double x && values.get("y") instanceof Double y) {
            position = new Point(x, y);
        }
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = e.getKey();
            if (!name.equals("time") && !name.equals("x") && !name.equals("y")) {
                details.add(name + "=" + text(e.getValue()));
            }
        }
        String lon = "";
        String lat = "";
        Projection projection = world.projection();
        if (position != null && projection != null) {
            LonLat ll = projection.unproject(position);
            lon = CanonicalNumber.format(round(ll.lon(), 1e6));
            lat = CanonicalNumber.format(round(ll.lat(), 1e6));
        }
        try {
            csv.printRecord(replication, text(event.time()), event.getClass().getSimpleName(), agent, place,
                    position == null ? "" : CanonicalNumber.format(round(position.x(), 1e3)),
                    position == null ? "" : CanonicalNumber.format(round(position.y(), 1e3)), lon, lat,
                    String.join(";", details));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes the rows written so far (the output itself is closed by whoever opened it). */
    @Override
    public void close() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    private static Object value(ModelEvent event, RecordComponent c) {
        try {
            return c.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + event, e);
        }
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "" : CanonicalNumber.format(d);
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(v);
    }
}
