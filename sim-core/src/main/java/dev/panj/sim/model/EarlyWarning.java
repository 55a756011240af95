package dev.panj.sim.model;

import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.Border;

/**
 * SCO RATS early warning: RATS warns of a share ({@code sco.warningShare}) of planned incursions, and the
 * warned sector and its neighbours go on alert ({@link SectorAlerts}). A scripted wave is warned of
 * {@code leadTime} before its release (not before the start), naming the sector its groups would most likely
 * choose then; a group of an arrival stream is warned of as it appears, naming its crossing sector. Whether a
 * wave or a group is warned of is a draw keyed by the wave or the group.
 */
final class EarlyWarning {
    private static final long PURPOSE_WARN = RandomStreams.key("sco-warning");

    private final ModelContext ctx;
    private final ScoConfig sco;
    private final SectorAlerts alerts;
    private final SectorChooser chooser;

    EarlyWarning(ModelContext ctx, SectorAlerts alerts, SectorChooser chooser) {
        this.ctx = ctx;
        this.sco = ctx.config().sco();
        this.alerts = alerts;
        this.chooser = chooser;
    }

    /** A wave ({@code key} names it) of such groups from {@code staging} to {@code objective} is released at {@code at}. */
    void wavePlanned(String key, double at, GroupConfig group, Border first, Point staging, Point objective) {
        if (sco.enabled() && ctx.keyed().uniform(RandomStreams.key(key), PURPOSE_WARN, 0) < sco.warningShare()) {
            double warnAt = Math.max(0, at - sco.leadTime());
            ctx.at(warnAt, () -> {
                int sector = chooser.mostLikely(first, group, staging, objective, ctx.now());
                if (sector >= 0) {
                    warn(first, sector);
                }
            });
        }
    }

    /** A group of an arrival stream appeared, heading for {@code sector} of {@code first}. */
    void groupArrived(long uid, Border first, int sector) {
        if (sco.enabled() && ctx.keyed().uniform(uid, PURPOSE_WARN, 0) < sco.warningShare()) {
            warn(first, sector);
        }
    }

    private void warn(Border border, int sector) {
        alerts.warn(ctx, sco, sector, border.sectors().get(0).index(),
                border.sectors().get(border.sectors().size() - 1).index());
    }
}
