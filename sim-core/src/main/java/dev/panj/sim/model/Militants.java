package dev.panj.sim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The militant groups on the move, in the order they appeared. {@link ThreatSource} adds them; as the last
 * phase of each tick, groups that finished (interdicted, turned back, arrived) are retired.
 */
final class Militants implements Steppable {
    private static final long serialVersionUID = 1L;
    private final List<MilitantGroup> groups = new ArrayList<>();
    private final List<MilitantGroup> view = Collections.unmodifiableList(groups);

    void add(MilitantGroup group) {
        groups.add(group);
    }

    /** The groups, finished ones of this tick included, as a live read-only view. */
    List<MilitantGroup> all() {
        return view;
    }

    int size() {
        return groups.size();
    }

    @Override
    public void step(SimState state) {
        groups.removeIf(g -> g.state().terminal());
    }
}
