package dev.panj.sim.civil;

/**
 * People arriving together at a crossing: a civilian family or, with {@code militant} set, a group of
 * militants hidden in the flow. {@code key} identifies the party for keyed random draws.
 */
public record Party(long key, int people, boolean militant, boolean watchListed) {
}
