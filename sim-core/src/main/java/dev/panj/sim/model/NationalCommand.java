package dev.panj.sim.model;

import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.geo.Point;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A country's command: keeps a track for each group it has been told about (active or lost, where it was last
 * known, which units are after it), and knows which of its units it can send where. {@link Reporting} opens
 * and updates the tracks, {@link Dispatch} assigns units to them, {@link TrackLoss} and {@link Combat} lose them.
 */
public final class NationalCommand {
    private final CommandConfig config;
    private final List<ReactionUnit> units = new ArrayList<>();
    private final Map<Long, GroupTrack> tracks = new LinkedHashMap<>();

    NationalCommand(CommandConfig config) {
        this.config = config;
    }

    void add(ReactionUnit unit) {
        units.add(unit);
    }

    void remove(ReactionUnit unit) {
        units.remove(unit);
    }

    public CommandConfig config() {
        return config;
    }

    public String country() {
        return config.country();
    }

    public List<ReactionUnit> units() {
        return List.copyOf(units);
    }

    /** The units, without copying (for the model's hot path). */
    List<ReactionUnit> unitsView() {
        return units;
    }

    /** Updates (or opens) the track of a group; returns true when the command had never heard of it. */
    boolean report(MilitantGroup group, Point position) {
        GroupTrack t = tracks.get(group.uid());
        boolean first = t == null;
        if (first) {
            t = new GroupTrack(group);
            tracks.put(group.uid(), t);
        }
        t.active = true;
        t.lastKnown = position;
        return first;
    }

    GroupTrack track(MilitantGroup group) {
        return tracks.get(group.uid());
    }

    boolean tracking(MilitantGroup group) {
        GroupTrack t = tracks.get(group.uid());
        return t != null && t.active;
    }

    /** Active tracks that want another unit (fewer assigned than allowed), oldest first. */
    List<GroupTrack> wanting() {
        List<GroupTrack> out = new ArrayList<>();
        for (GroupTrack t : tracks.values()) {
            if (t.active && t.decided && !t.group.state().terminal() && t.assigned.size() < config.maxUnitsPerGroup()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Tracks the command currently holds. */
    List<GroupTrack> activeTracks() {
        List<GroupTrack> out = new ArrayList<>();
        for (GroupTrack t : tracks.values()) {
            if (t.active) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the command's units can reach the group: it is in the command's country or heading there. */
    boolean canReach(MilitantGroup g) {
        if (g.state().terminal()) {
            return false;
        }
        return country().equals(g.country()) || country().equals(g.nextCountry());
    }

    /** Whether its units can make contact: the group is in the command's country, or on a river into it. */
    boolean canEngage(MilitantGroup g) {
        if (g.state().terminal()) {
            return false;
        }
        return country().equals(g.country()) || country().equals(g.enteringCountry());
    }

    /**
     * Where a unit after the group should head: the group itself while the command tracks it in its own
     * country (which updates the last known position), its crossing point while it is still across, the last
     * known position once the track is lost.
     */
    Point aimPoint(MilitantGroup g) {
        GroupTrack t = track(g);
        if (t == null || !t.active) {
            return t == null ? g.crossingPoint() : t.lastKnown;
        }
        if (!country().equals(g.country())) {
            return g.crossingPoint();
        }
        t.lastKnown = g.position();
        return t.lastKnown;
    }

    /** Takes a unit off the track of the group it was sent after. */
    void release(ReactionUnit u) {
        MilitantGroup g = u.target();
        if (g != null && track(g) != null) {
            track(g).assigned.remove(u);
        }
    }

    /** Loses the active track of a group where it is now; false when the command held no active track of it. */
    boolean lose(MilitantGroup g) {
        GroupTrack t = track(g);
        if (t == null || !t.active) {
            return false;
        }
        t.active = false;
        t.lastKnown = g.position();
        return true;
    }

    /** Forgets groups that are finished, so the track table stays small in long runs. */
    void prune() {
        tracks.values().removeIf(t -> t.group.state().terminal() && t.assigned.isEmpty());
    }

    /** What the command knows of one group. */
    static final class GroupTrack {
        final MilitantGroup group;
        final List<ReactionUnit> assigned = new ArrayList<>();
        boolean active;
        boolean decided;
        Point lastKnown;

        GroupTrack(MilitantGroup group) {
            this.group = group;
        }
    }
}
