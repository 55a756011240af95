package dev.panj.sim.event;

/**
 * Civilians who diverted from an official crossing finished crossing at an informal ford ({@code crossed}), or
 * found the river there unfordable this month and stayed on their side ({@code crossed} false, none crossed).
 */
public record CiviliansForded(double time, String crossing, int people, boolean crossed) implements ModelEvent {
}
