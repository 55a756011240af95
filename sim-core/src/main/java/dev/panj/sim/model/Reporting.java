package dev.panj.sim.model;

import dev.panj.sim.detect.Detector;
import dev.panj.sim.event.ReportReceived;
import dev.panj.sim.geo.Point;

import java.util.function.BiConsumer;

/**
 * How a detection becomes a report. A detector's report leaves when it sees the group and reaches its
 * country's command after the detector's report delay (shortened under improved cooperation); an inland
 * sighting's after the command's inland delay. The command opens or updates its track of the group; a group
 * in the command's own territory counts towards its requests for help; the command passes its own reports on
 * along its sharing links. On its first report of a group the command decides after its processing delay and
 * sends units; a later report of a group it has decided on calls for more units at once.
 */
final class Reporting implements Detection.Reports, InlandSightings.Reports {

    /** What reporting needs from the co-operation between countries. */
    interface Cooperation {
        /** Multiplier on detectors' report delays. */
        double reportDelayFactor();

        double processingDelay(NationalCommand command);

        /** Passes a command's own report on; {@code deliver(country, afterHours)} sends it. */
        void share(String from, MilitantGroup group, BiConsumer<String, Double> deliver);

        /** A command learnt of a group in its own territory. */
        void detectedInTerritory(String country, MilitantGroup group);
    }

    /** Where a command's decision goes: units are sent after the group of a track. */
    interface Decisions {
        void send(NationalCommand command, NationalCommand.GroupTrack track, double now);
    }

    private final ModelContext ctx;
    private final Forces forces;
    private final Cooperation cooperation;
    private final Decisions decisions;

    Reporting(ModelContext ctx, Forces forces, Cooperation cooperation, Decisions decisions) {
        this.ctx = ctx;
        this.forces = forces;
        this.cooperation = cooperation;
        this.decisions = decisions;
    }

    @Override
    public void detected(Detector detector, MilitantGroup group, Point where, double time) {
        String country = detector.country();
        double delay = detector.reportDelay() * cooperation.reportDelayFactor();
        ctx.at(time + delay, () -> receive(country, group, where, false));
    }

    @Override
    public void sighted(String country, MilitantGroup group, Point where, double arrives) {
        ctx.at(arrives, () -> receive(country, group, where, false));
    }

    private void receive(String country, MilitantGroup g, Point where, boolean shared) {
        NationalCommand cmd = forces.command(country);
        double now = ctx.now();
        if (cmd == null) {
            return;
        }
        boolean first = cmd.report(g, where);
        ctx.publish(new ReportReceived(now, g.uid(), country, first));
        if (country.equals(g.country()) || country.equals(g.enteringCountry())) {
            cooperation.detectedInTerritory(country, g);
        }
        if (!shared) {
            cooperation.share(country, g, (to, after) -> ctx.at(now + after, () -> receive(to, g, where, true)));
        }
        NationalCommand.GroupTrack t = cmd.track(g);
        if (first) {
            ctx.at(now + cooperation.processingDelay(cmd), () -> {
                t.decided = true;
                decisions.send(cmd, t, ctx.now());
            });
        } else if (t.decided) {
            decisions.send(cmd, t, now);
        }
    }
}
