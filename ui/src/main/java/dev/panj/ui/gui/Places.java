package dev.panj.ui.gui;

import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Place;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The places the map marks: crossing points, bases and towns of the built-in places table that fall on
 * the map, and the scenario's staging areas and objectives. A crossing with a screening point in the scenario
 * is left to the screening point's own marker, which shows whether it is open. Only the first of several places
 * within {@link #LABEL_KM} of each other (or of a screening point) is labelled (a base that is also an objective,
 * a staging area in a town), so that one spot does not carry two names.
 */
final class Places {
    static final double LABEL_KM = 8;
    /** A crossing this close to a screening point is that screening point's crossing. */
    static final double SAME_CROSSING_KM = 1;

    private Places() {
    }

    /** @param screening the positions of the scenario's screening points, labelled by their own markers */
    static List<PlaceView> of(World world, ScenarioConfig config, GeoData geo, MapFrame frame, List<Point> screening) {
        List<PlaceView> views = new ArrayList<>();
        List<Point> labelled = new ArrayList<>(screening);
        for (StagingAreaConfig s : config.stagingAreas()) {
            add(views, labelled, s.id(), s.id(), PlaceView.Role.STAGING, world.resolve(s.location()), frame);
        }
        for (ObjectiveConfig o : config.objectives()) {
            add(views, labelled, o.id(), o.id(), PlaceView.Role.OBJECTIVE, world.resolve(o.location()), frame);
        }
        for (Place p : geo.places().values().stream().sorted(java.util.Comparator.comparing(Place::id)).toList()) {
            PlaceView.Role role = roleOf(p.type());
            Point at = world.places().get(p.id());
            boolean screened = role == PlaceView.Role.CROSSING && at != null
                    && screening.stream().anyMatch(q -> q.distance(at) < SAME_CROSSING_KM);
            if (role != null && at != null && !screened) {
                add(views, labelled, p.id(), p.name(), role, at, frame);
            }
        }
        return views;
    }

    private static PlaceView.Role roleOf(String type) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "crossing":
                return PlaceView.Role.CROSSING;
            case "base":
                return PlaceView.Role.BASE;
            case "town":
                return PlaceView.Role.TOWN;
            default:
                return null;
        }
    }

    private static void add(List<PlaceView> views, List<Point> labelled, String id, String name, PlaceView.Role role,
                            Point at, MapFrame frame) {
        if (!frame.contains(at)) {
            return;
        }
        boolean crowded = labelled.stream().anyMatch(p -> p.distance(at) < LABEL_KM);
        if (!crowded) {
            labelled.add(at);
        }
        String label = crowded ? null : id;
        views.add(new PlaceView(id, name, role, at, label));
    }
}
