package dev.panj.sim.event;

/** SCO RATS warned of a planned incursion: the sector's detection is multiplied by {@code factor} until then. */
public record SectorAlerted(double time, int sector, double factor, double until) implements ModelEvent {
}
