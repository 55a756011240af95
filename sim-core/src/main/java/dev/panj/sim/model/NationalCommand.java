package dev.panj.sim.model;

import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.geo.Point;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A country's command: keeps a track for each group it has been told about, and sends the reaction unit
 * that can intercept soonest. Groups it cannot serve yet wait in a queue, oldest first.
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
