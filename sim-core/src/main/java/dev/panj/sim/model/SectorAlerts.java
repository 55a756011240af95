package dev.panj.sim.model;

import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.event.SectorAlerted;

/**
 * Alert levels of sectors raised by SCO RATS warnings: a warned sector and its neighbours multiply their
 * sensors' detection by the alert factor until the alert expires.
 */
final class SectorAlerts {
    private final double[] until;
    private final double[] factor;

    SectorAlerts(int sectors) {
        this.until = new double[sectors];
        this.factor = new double[sectors];
    }

    /** The alert multiplier of a sector at a time (1 when not alerted). */
    double level(int sector, double time) {
        return time < until[sector] ? factor[sector] : 1.0;
    }

    /** Raises the alert of a sector of a border (global indices first..last) and its neighbours. */
    void warn(ModelContext ctx, ScoConfig sco, int sector, int first, int last) {
        double now = ctx.now();
        double end = now + sco.alertDuration();
        for (int s = Math.max(first, sector - sco.alertNeighbours()); s <= Math.min(last, sector + sco.alertNeighbours()); s++) {
            until[s] = Math.max(until[s], end);
            factor[s] = Math.max(factor[s], sco.alertFactor());
            ctx.publish(new SectorAlerted(now, s, sco.alertFactor(), end));
        }
    }
}
