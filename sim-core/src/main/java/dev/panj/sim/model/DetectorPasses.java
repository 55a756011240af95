package dev.panj.sim.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A group's memory of each detector it has come within range of: how many passes so far (which keys the draw
 * of each pass) and whether it was still in range at the end of the last tick (then the next tick's first
 * interval continues that pass). The group carries it, so it goes when the group retires.
 */
final class DetectorPasses {
    private final Map<Long, Pass> passes = new HashMap<>();

    /** The memory of one detector, created on first contact. */
    Pass of(long detectorUid) {
        return passes.computeIfAbsent(detectorUid, k -> new Pass());
    }

    /** Passes past one detector. */
    static final class Pass {
        boolean inRange;
        int passes;
    }
}
