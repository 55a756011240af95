package dev.panj.sim.model;

import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CostsConfig;
import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.ContingentArrived;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.HelpGranted;
import dev.panj.sim.event.ModelEvent;

/**
 * What a run's arrangement costs under the scenario's {@code costs:}: the standing forces (posts, km of sensor line,
 * patrols by platform, the reaction units at the start by readiness, screening officers) for the whole horizon, plus
 * bilateral help from each decision and CSTO contingents from their arrival to the horizon, as the events say. The
 * cost is fixed by the deployment and the coalition's decisions; no response outcome enters it.
 */
final class CostAccount implements EventListener {
    private final ScenarioConfig config;
    private final CostsConfig costs;
    private final double horizon;
    private final double standing;
    private double called;

    CostAccount(ScenarioConfig config, Deployment deployment, double horizon) {
        this.config = config;
        this.costs = config.costs();
        this.horizon = horizon;
        double total = costs.posts().cost(deployment.posts().size(), horizon);
        total += costs.sensorLines().cost(deployment.sensorLineKm(), horizon);
        for (PatrolConfig p : config.patrols()) {
            total += costs.patrols().of(p.kind()).cost(p.count(), horizon);
        }
        for (ReactionUnitConfig u : config.reactionUnits()) {
            total += costs.reactionUnits().cost(u.strength(), u.readiness(), horizon);
        }
        for (OfficialCrossingConfig c : config.civilians().crossings()) {
            total += costs.screeningOfficers().cost(c.officers(), horizon);
        }
        this.standing = total;
    }

    @Override
    public void on(ModelEvent event) {
        double left = Math.max(0, horizon - event.time());
        if (event instanceof HelpGranted e && !Coalition.CSTO.equals(e.provider())) {
            called += costs.bilateralHelp().cost(helpPersonnel(e.requester(), e.provider()), left);
        } else if (event instanceof ContingentArrived e) {
            called += costs.csto().cost(e.personnel(), left);
        }
    }

    /** The strength of the provider's units a help arrangement sends (those it lists, or all of the provider's). */
    private double helpPersonnel(String requester, String provider) {
        for (BilateralHelpConfig b : config.bilateralHelp()) {
            if (b.requester().equals(requester) && b.provider().equals(provider)) {
                double soldiers = 0;
                for (ReactionUnitConfig u : config.reactionUnits()) {
                    if (u.country().equals(provider) && (b.units().isEmpty() || b.units().contains(u.id()))) {
                        soldiers += u.strength();
                    }
                }
                return soldiers;
            }
        }
        return 0;
    }

    /** The run's cost so far: the standing forces over the horizon plus the help and contingents called. */
    double total() {
        return standing + called;
    }
}
