package dev.panj.sim.event;

/** Receives every event of a run, synchronously and in order. */
@FunctionalInterface
public interface EventListener {
    void on(ModelEvent event);
}
