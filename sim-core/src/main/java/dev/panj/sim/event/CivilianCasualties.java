package dev.panj.sim.event;

/** Civilians near a fight were killed or wounded. */
public record CivilianCasualties(double time, long group, int people) implements ModelEvent {
}
