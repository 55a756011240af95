package dev.panj.scenarios;

import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.CiviliansConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.config.TerrainBandConfig;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.config.TerrainZoneConfig;
import dev.panj.sim.config.TimelineEventConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cross-field checks of positions and stretches: a location given in exactly one way, stretches that run
 * forwards, post series that are complete, months that exist and, on a straight border of known length,
 * chainages that lie on it.
 *
 * <p>A location's {@code offset} may be written with any form but must be 0 unless the location is a chainage:
 * a non-zero offset from a place or a longitude/latitude would be silently meaningless.
 */
final class GeometryChecks {

    private final CheckContext context;
    private final double borderLength;

    /** {@code borderLength} is the straight border's length, or NaN when it is not known before projection. */
    GeometryChecks(CheckContext context, double borderLength) {
        this.context = context;
        this.borderLength = borderLength;
    }

    void check(ScenarioConfig config) {
        for (int i = 0; i < config.stagingAreas().size(); i++) {
            location(CheckContext.path("stagingAreas", i, "location"), config.stagingAreas().get(i).location());
        }
        for (int i = 0; i < config.objectives().size(); i++) {
            location(CheckContext.path("objectives", i, "location"), config.objectives().get(i).location());
        }
        for (int i = 0; i < config.reactionUnits().size(); i++) {
            location(CheckContext.path("reactionUnits", i, "base"), config.reactionUnits().get(i).base());
        }
        List<OfficialCrossingConfig> crossings = CheckContext.listOf(config.civilians(), CiviliansConfig::crossings);
        for (int i = 0; i < crossings.size(); i++) {
            location(CheckContext.path("civilians.crossings", i, "location"), crossings.get(i).location());
        }
        List<CstoContingentConfig> contingents = CheckContext.listOf(config.csto(), CstoConfig::contingents);
        for (int i = 0; i < contingents.size(); i++) {
            location(CheckContext.path("csto.contingents", i, "airbase"), contingents.get(i).airbase());
        }
        if (config.geography() != null) {
            bands(config.geography().terrainBands());
            zones(config.geography().terrainZones());
        }
        for (int i = 0; i < config.terrains().size(); i++) {
            months(SourceMap.element("terrains", i), config.terrains().get(i));
        }
        for (int i = 0; i < config.arrivals().size(); i++) {
            var arrival = config.arrivals().get(i);
            String path = SourceMap.element("arrivals", i);
            group(SourceMap.child(path, "group"), arrival.group());
            if (!Double.isNaN(arrival.until())) {
                ordered(path, "from", arrival.from(), "until", arrival.until(), " h");
            }
        }
        timeline(config.timeline());
        for (int i = 0; i < config.posts().size(); i++) {
            post(SourceMap.element("posts", i), config.posts().get(i));
        }
        for (int i = 0; i < config.sensorLines().size(); i++) {
            var line = config.sensorLines().get(i);
            stretch(SourceMap.element("sensorLines", i), line.from(), line.to());
            sensor(CheckContext.path("sensorLines", i, "sensor"), line.sensor());
        }
        for (int i = 0; i < config.patrols().size(); i++) {
            var patrol = config.patrols().get(i);
            stretch(SourceMap.element("patrols", i), patrol.from(), patrol.to());
            sensor(CheckContext.path("patrols", i, "sensor"), patrol.sensor());
        }
    }

    private void timeline(List<TimelineEventConfig> timeline) {
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEventConfig event = timeline.get(i);
            if (event.wave() != null) {
                group(CheckContext.path("timeline", i, "wave.group"), event.wave().group());
            }
            if (event.reinforcement() != null) {
                location(CheckContext.path("timeline", i, "reinforcement.base"), event.reinforcement().base());
            }
        }
    }

    private void location(String path, LocationConfig location) {
        if (location == null || !context.sound(path)) {
            return;
        }
        boolean hasLon = !Double.isNaN(location.lon());
        boolean hasLat = !Double.isNaN(location.lat());
        if (hasLon != hasLat) {
            String given = hasLon ? "lon" : "lat";
            context.report(SourceMap.child(path, given), "expected lon and lat together, found only " + given);
            return;
        }
        List<String> ways = new ArrayList<>();
        if (location.place() != null) {
            ways.add("place");
        }
        if (hasLon) {
            ways.add("lon and lat");
        }
        if (!Double.isNaN(location.chainage())) {
            ways.add("chainage");
        }
        if (ways.size() != 1) {
            context.report(path, "expected exactly one of place, lon and lat, or chainage, found "
                    + (ways.isEmpty() ? "none" : String.join(" and ", ways)));
            return;
        }
        if (location.offset() != 0 && Double.isNaN(location.chainage())) {
            context.report(SourceMap.child(path, "offset"), "expected offset 0 for a location given by " + ways.get(0)
                    + " (an offset applies only to a chainage), found " + CheckContext.km(location.offset()));
        }
        if (location.place() != null) {
            place(SourceMap.child(path, "place"), location.place());
        } else if (!Double.isNaN(location.chainage())) {
            onBorder(SourceMap.child(path, "chainage"), location.chainage());
        }
    }

    private void place(String path, String place) {
        if (context.geo().places().containsKey(place)) {
            return;
        }
        TreeSet<String> ids = new TreeSet<>(context.geo().places().keySet());
        context.report(path, "expected a built-in place (" + String.join(", ", ids) + "), found " + Nodes.quote(place)
                + KeySuggester.suffix(place, ids));
    }

    private void bands(List<TerrainBandConfig> bands) {
        List<Integer> forward = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            String path = "geography.terrainBands[" + i + "]";
            TerrainBandConfig band = bands.get(i);
            if (stretch(path, band.from(), band.to())) {
                forward.add(i);
            }
        }
        forward.sort(Comparator.comparingDouble(i -> bands.get(i).from()));
        for (int k = 1; k < forward.size(); k++) {
            TerrainBandConfig previous = bands.get(forward.get(k - 1));
            TerrainBandConfig band = bands.get(forward.get(k));
            if (band.from() < previous.to()) {
                context.report("geography.terrainBands[" + forward.get(k) + "]", "expected bands that do not overlap, "
                        + "found " + CheckContext.km(band.from()) + " to " + CheckContext.km(band.to()) + " overlapping "
                        + "geography.terrainBands[" + forward.get(k - 1) + "] (" + CheckContext.km(previous.from())
                        + " to " + CheckContext.km(previous.to()) + ")");
            }
        }
    }

    private void zones(List<TerrainZoneConfig> zones) {
        for (int i = 0; i < zones.size(); i++) {
            String path = "geography.terrainZones[" + i + "]";
            TerrainZoneConfig zone = zones.get(i);
            ordered(path, "lonMin", zone.lonMin(), "lonMax", zone.lonMax(), "");
            ordered(path, "latMin", zone.latMin(), "latMax", zone.latMax(), "");
        }
    }

    private void months(String path, TerrainConfig terrain) {
        monthList(SourceMap.child(path, "fordableMonths"), terrain.fordableMonths());
        monthList(SourceMap.child(path, "snowboundMonths"), terrain.snowboundMonths());
    }

    private void monthList(String path, List<Integer> months) {
        for (int j = 0; j < months.size(); j++) {
            String item = SourceMap.element(path, j);
            int month = months.get(j);
            if ((month < 1 || month > 12) && context.sound(item)) {
                context.report(item, "expected a month from 1 to 12, found " + month);
            }
        }
    }

    private void group(String path, GroupConfig group) {
        if (group == null) {
            return;
        }
        if (group.sizeMax() < group.sizeMin() && context.sound(path + ".sizeMin", path + ".sizeMax")) {
            context.report(path + ".sizeMax", "expected sizeMax at least sizeMin (" + group.sizeMin() + "), found "
                    + group.sizeMax());
        }
        if (!Double.isNaN(group.crossingFrom()) && !Double.isNaN(group.crossingTo())) {
            ordered(path, "crossingFrom", group.crossingFrom(), "crossingTo", group.crossingTo(), " km");
        }
        if (!Double.isNaN(group.crossingFrom())) {
            onBorder(path + ".crossingFrom", group.crossingFrom());
        }
        if (!Double.isNaN(group.crossingTo())) {
            onBorder(path + ".crossingTo", group.crossingTo());
        }
    }

    private void post(String path, BorderPostConfig post) {
        sensor(path + ".sensor", post.sensor());
        List<String> series = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("from", "to", "spacing")) {
            double value = switch (key) {
                case "from" -> post.from();
                case "to" -> post.to();
                default -> post.spacing();
            };
            (Double.isNaN(value) ? missing : series).add(key);
        }
        if (!context.sound(path + ".location", path + ".from", path + ".to", path + ".spacing")) {
            return;
        }
        if (post.location() != null && !series.isEmpty()) {
            context.report(path, "expected either location or from, to and spacing, found location and "
                    + String.join(", ", series));
        } else if (post.location() == null && series.isEmpty()) {
            context.report(path, "expected either location (a single post) or from, to and spacing (a series), "
                    + "found neither");
        } else if (post.location() == null && !missing.isEmpty()) {
            context.report(path, "expected from, to and spacing for a series of posts, found no "
                    + String.join(" and no ", missing));
        } else if (post.location() == null) {
            stretch(path, post.from(), post.to());
        } else {
            location(path + ".location", post.location());
        }
    }

    private void sensor(String path, SensorConfig sensor) {
        if (sensor != null && sensor.model() == SensorModel.GLIMPSE_RATE && sensor.glimpseRate() == 0
                && context.sound(path + ".model", path + ".glimpseRate")) {
            context.report(path + ".glimpseRate", "expected a glimpseRate above 0 /h with model glimpse-rate, "
                    + "found 0 /h (the sensor would never detect)");
        }
    }

    /** Checks from &lt; to and that both lie on the border; true when the stretch runs forwards. */
    private boolean stretch(String path, double from, double to) {
        boolean forward = ordered(path, "from", from, "to", to, " km");
        onBorder(path + ".from", from);
        onBorder(path + ".to", to);
        return forward;
    }

    private boolean ordered(String path, String lowKey, double low, String highKey, double high, String unit) {
        String lowPath = SourceMap.child(path, lowKey);
        String highPath = SourceMap.child(path, highKey);
        if (!context.sound(lowPath, highPath) || Double.isNaN(low) || Double.isNaN(high)) {
            return false;
        }
        if (high <= low) {
            context.report(highPath, "expected " + highKey + " greater than " + lowKey + " (" + DecimalText.brief(low)
                    + unit + "), found " + DecimalText.brief(high) + unit);
            return false;
        }
        return true;
    }

    private void onBorder(String path, double chainage) {
        if (!Double.isNaN(borderLength) && chainage > borderLength && context.sound(path)) {
            context.report(path, "expected a chainage on the border (0 to " + CheckContext.km(borderLength)
                    + "), found " + CheckContext.km(chainage));
        }
    }
}
