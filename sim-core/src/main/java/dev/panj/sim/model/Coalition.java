package dev.panj.sim.model;

import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.ContingentArrived;
import dev.panj.sim.event.CooperationChanged;
import dev.panj.sim.event.HelpGranted;
import dev.panj.sim.event.HelpRequested;
import dev.panj.sim.event.ReportShared;
import dev.panj.sim.random.RandomStreams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Co-operation between countries: improved (exercise) cooperation, which shortens report and processing
 * delays; horizontal sharing of reports between commands (with a probability and a delay, better under
 * improved cooperation); bilateral help (e.g. Russia's 201st base for Tajikistan) and the CSTO collective
 * rapid-reaction force, both requested when the militants a country has detected in its territory reach a
 * threshold, decided after a delay, and carried out on the {@link Units} of the order of battle.
 */
final class Coalition implements Reporting.Cooperation, Timeline.Cooperation {
    static final String CSTO = "CSTO";
    private static final long PURPOSE_SHARE = RandomStreams.key("share");
    private static final long PURPOSE_CSTO_READY = RandomStreams.key("csto-readiness");

    private final ModelContext ctx;
    private final Units forces;
    private final CooperationConfig cooperation;
    private final CstoConfig csto;
    private final List<BilateralHelpConfig> bilateral;
    private final Map<String, Set<Long>> detectedGroups = new HashMap<>();
    private final Map<String, Long> detectedMilitants = new HashMap<>();
    private final Set<String> requested = new HashSet<>();
    private final Map<Long, Integer> shares = new HashMap<>();
    private boolean improved;
    private double cstoActivatedAt = Double.NaN;

    Coalition(ModelContext ctx, Units forces) {
        this.ctx = ctx;
        this.forces = forces;
        this.cooperation = ctx.config().cooperation();
        this.csto = ctx.config().csto();
        this.bilateral = ctx.config().bilateralHelp();
        this.improved = cooperation.improved();
    }

    @Override
    public void setImproved(boolean on) {
        improved = on;
        ctx.publish(new CooperationChanged(ctx.now(), on));
    }

    /** Multiplier on detectors' vertical reporting delays. */
    @Override
    public double reportDelayFactor() {
        return improved ? cooperation.improvedReportDelayFactor() : 1.0;
    }

    @Override
    public double processingDelay(NationalCommand cmd) {
        double better = cmd.config().improvedProcessingDelay();
        return improved && !Double.isNaN(better) ? better : cmd.config().processingDelay();
    }

    /** Passes a command's own report on along its sharing links; {@code deliver(country, afterHours)} sends it. */
    @Override
    public void share(String from, MilitantGroup g, BiConsumer<String, Double> deliver) {
        int n = shares.merge(g.uid(), 1, Integer::sum);
        for (SharingLinkConfig link : cooperation.links()) {
            if (!link.from().equals(from)) {
                continue;
            }
            double p = improved && !Double.isNaN(link.improvedProbability()) ? link.improvedProbability() : link.probability();
            double delay = improved && !Double.isNaN(link.improvedDelay()) ? link.improvedDelay() : link.delay();
            long linkKey = RandomStreams.key("link/" + link.from() + "/" + link.to());
            if (ctx.keyed().uniform(g.uid(), PURPOSE_SHARE ^ linkKey, n) < p) {
                ctx.publish(new ReportShared(ctx.now(), g.uid(), link.from(), link.to()));
                deliver.accept(link.to(), delay);
            }
        }
    }

    /** Counts a group a country's command has learnt of in its own territory, and asks for help when a threshold is passed. */
    @Override
    public void detectedInTerritory(String country, MilitantGroup g) {
        if (!detectedGroups.computeIfAbsent(country, k -> new HashSet<>()).add(g.uid())) {
            return;
        }
        long total = detectedMilitants.merge(country, (long) g.size(), Long::sum);
        for (BilateralHelpConfig b : bilateral) {
            if (b.requester().equals(country) && total >= b.threshold()) {
                requestBilateral(b);
            }
        }
        if (csto.enabled() && csto.threshold() > 0 && csto.members().contains(country) && total >= csto.threshold()) {
            requestCsto(country);
        }
    }

    private void requestBilateral(BilateralHelpConfig b) {
        if (!requested.add(b.requester() + ">" + b.provider())) {
            return;
        }
        ctx.publish(new HelpRequested(ctx.now(), b.requester(), b.provider()));
        ctx.at(ctx.now() + b.decisionDelay(), () -> {
            int moved = forces.transfer(b.provider(), b.requester(), b.units());
            ctx.publish(new HelpGranted(ctx.now(), b.requester(), b.provider(), moved));
        });
    }

    /** A member asks for the CSTO force; the first request that is decided activates it. */
    @Override
    public void requestCsto(String country) {
        if (!requested.add(country + ">" + CSTO)) {
            return;
        }
        ctx.publish(new HelpRequested(ctx.now(), country, CSTO));
        if (!csto.enabled()) {
            return;
        }
        ctx.at(ctx.now() + csto.decisionDelay(), () -> activate(country));
    }

    private void activate(String requester) {
        if (!Double.isNaN(cstoActivatedAt)) {
            return;
        }
        cstoActivatedAt = ctx.now();
        ctx.publish(new HelpGranted(ctx.now(), requester, CSTO, csto.contingents().size()));
        for (CstoContingentConfig c : csto.contingents()) {
            if (c.deployed() <= 0) {
                continue;
            }
            long key = RandomStreams.key("contingent/" + c.country());
            boolean ready = ctx.keyed().uniform(key, PURPOSE_CSTO_READY, 0) < c.readiness();
            double arrival = ctx.now() + c.mobilisationDelay() + (ready ? 0 : c.unreadyDelay()) + c.flightTime();
            if (arrival >= ctx.horizon()) {
                continue;
            }
            ctx.at(arrival, () -> arrive(c, requester));
        }
    }

    private void arrive(CstoContingentConfig c, String requester) {
        int n = (c.deployed() + c.unitSize() - 1) / c.unitSize();
        List<ReactionUnitConfig> units = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int strength = Math.min(c.unitSize(), c.deployed() - k * c.unitSize());
            units.add(new ReactionUnitConfig("csto-" + c.country().toLowerCase() + "-" + (k + 1), c.country(), c.airbase(),
                    strength, 0.5, 1, 0, Transport.ROAD, c.roadSpeed(), c.effectiveness(), 0.3, 1, 2));
        }
        units.forEach(u -> forces.add(u, requester));
        ctx.publish(new ContingentArrived(ctx.now(), c.country(), requester, n, c.deployed()));
    }

    /** When the CSTO force was activated, NaN if never. */
    double cstoActivatedAt() {
        return cstoActivatedAt;
    }

    /** The order of battle, as the coalition acts on it. */
    interface Units {
        /**
         * Puts the units of {@code provider} (those listed in {@code only}, or all when it is empty) that still
         * serve their own country under {@code requester}'s command; returns how many moved.
         */
        int transfer(String provider, String requester, List<String> only);

        /** Creates a unit and puts it under {@code command}. */
        void add(ReactionUnitConfig unit, String command);
    }
}
