package dev.panj.ui.gui;

import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What happened to each militant group of one run, in order: its arrival, its first detection, its first crossing
 * and its fate (interdicted, leaked or turned back), each with its time, sector and place. Read from the run's
 * events like every other observer of the model; a comparison's two runs are matched group by group on these
 * milestones ({@link Divergence}). Groups are keyed by the model's uid, which derives from the arrival stream and
 * the group's number in it, so that the same group has the same key in two scenarios on the same seed.
 */
final class GroupFates implements EventListener {
    /** The milestones of a group's path, in the order they can happen. */
    enum Kind {
        ARRIVED("arrived", false),
        DETECTED("detected", false),
        CROSSED("crossed", false),
        INTERDICTED("interdicted", true),
        LEAKED("leaked", true),
        TURNED_BACK("turned back", true);

        /** The past tense, as the status box writes it. */
        final String text;
        /** Whether the group's story ends here. */
        final boolean fate;

        Kind(String text, boolean fate) {
            this.text = text;
            this.fate = fate;
        }
    }

    /** One milestone: what, when (model hours), in which sector (global index, -1 if none) and where (or null). */
    record Milestone(Kind kind, double time, int sector, Point where) {
        boolean sameAs(Milestone other) {
            return kind == other.kind && Math.abs(time - other.time) < 1e-6;
        }
    }

    private final LongFunction<Point> whereIs;
    private final Map<Long, String> ids = new LinkedHashMap<>();
    private final Map<Long, List<Milestone>> milestones = new LinkedHashMap<>();

    /** @param whereIs the position of a group (by uid) while its event is being published, or null if unknown */
    GroupFates(LongFunction<Point> whereIs) {
        this.whereIs = whereIs;
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof GroupArrived e) {
            ids.put(e.group(), e.groupId());
            add(e.group(), Kind.ARRIVED, e.time(), e.sector());
        } else if (event instanceof GroupDetected e) {
            if (e.first() && !e.bribed()) {
                add(e.group(), Kind.DETECTED, e.time(), e.sector());
            }
        } else if (event instanceof GroupCrossed e) {
            if (e.crossing() == 0) {
                add(e.group(), Kind.CROSSED, e.time(), e.sector());
            }
        } else if (event instanceof GroupInterdicted e) {
            add(e.group(), Kind.INTERDICTED, e.time(), e.sector());
        } else if (event instanceof GroupLeaked e) {
            add(e.group(), Kind.LEAKED, e.time(), e.sector());
        } else if (event instanceof GroupTurnedBack e) {
            add(e.group(), Kind.TURNED_BACK, e.time(), e.sector());
        }
    }

    private void add(long group, Kind kind, double time, int sector) {
        milestones.computeIfAbsent(group, g -> new ArrayList<>())
                .add(new Milestone(kind, time, sector, whereIs.apply(group)));
    }

    /** Every group seen so far, in order of arrival. */
    Set<Long> groups() {
        return milestones.keySet();
    }

    /** The group's milestones so far, oldest first; empty for a group this run has not seen. */
    List<Milestone> of(long group) {
        return List.copyOf(milestones.getOrDefault(group, List.of()));
    }

    /** The group's name (e.g. "W:kunduz/1#3"), or null for a group this run has not seen. */
    String id(long group) {
        return ids.get(group);
    }

    /** The group's fate so far, or null while it is on its way (or unseen). */
    Milestone fate(long group) {
        List<Milestone> m = milestones.get(group);
        if (m == null || m.isEmpty()) {
            return null;
        }
        Milestone last = m.get(m.size() - 1);
        return last.kind().fate ? last : null;
    }
}
