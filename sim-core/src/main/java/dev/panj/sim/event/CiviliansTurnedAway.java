package dev.panj.sim.event;

/** A closing crossing turned away people still waiting; they divert to informal fords and cross there. */
public record CiviliansTurnedAway(double time, String crossing, int people) implements ModelEvent {
}
