package dev.panj.sim.event;

/** Civilians reached an official crossing; {@code diverted}: they went to an informal ford instead. */
public record CiviliansArrived(double time, String crossing, int people, boolean diverted) implements ModelEvent {
}
