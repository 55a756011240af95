package dev.panj.sim.event;

import java.util.ArrayList;
import java.util.List;

/** Delivers each event to every listener, in the order they were added. */
public final class EventBus {
    private final List<EventListener> listeners = new ArrayList<>();

    public void add(EventListener listener) {
        listeners.add(listener);
    }

    public void publish(ModelEvent event) {
        for (EventListener l : listeners) {
            l.on(event);
        }
    }
}
