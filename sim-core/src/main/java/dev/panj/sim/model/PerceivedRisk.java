package dev.panj.sim.model;

import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.ModelEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * What each organisation has learnt about the danger of each sector: an interdiction of one of its
 * groups adds to the sector's risk, and the memory decays exponentially with the configured half-life.
 * It learns from the event stream: every {@link GroupInterdicted}, whoever interdicted the group.
 */
public final class PerceivedRisk implements EventListener {
    private final int sectors;
    private final double increment;
    private final double decayPerHour;
    private final Map<String, double[]> values = new HashMap<>();
    private final Map<String, double[]> updated = new HashMap<>();

    public PerceivedRisk(int sectors, double increment, double halfLifeHours) {
        this.sectors = sectors;
        this.increment = increment;
        this.decayPerHour = Math.log(2) / halfLifeHours;
    }

    /** The organisation's perceived risk of a sector at {@code time}. */
    public double of(String organisation, int sector, double time) {
        double[] v = values.get(organisation);
        if (v == null) {
            return 0;
        }
        return v[sector] * Math.exp(-decayPerHour * (time - updated.get(organisation)[sector]));
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof GroupInterdicted e) {
            interdicted(e.organisation(), e.sector(), e.time());
        }
    }

    /** Records an interdiction of one of the organisation's groups in a sector. */
    public void interdicted(String organisation, int sector, double time) {
        double current = of(organisation, sector, time);
        values.computeIfAbsent(organisation, k -> new double[sectors])[sector] = current + increment;
        updated.computeIfAbsent(organisation, k -> new double[sectors])[sector] = time;
    }
}
