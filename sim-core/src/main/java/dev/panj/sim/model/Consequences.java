package dev.panj.sim.model;

import dev.panj.sim.config.AttackConfig;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.event.AttackCarriedOut;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a leaked group costs: a group that reaches an objective with an {@link AttackConfig} attacks it with the
 * configured probability, and the attack's casualties are a Poisson draw with mean casualties per attacker times the
 * group's size at arrival. Both draws are keyed by the group, so adding a system moves no one else's draws.
 */
final class Consequences implements GroupMovement.Objectives {
    private static final long PURPOSE_ATTACK = RandomStreams.key("attack");
    private static final long PURPOSE_CASUALTIES = RandomStreams.key("attack-casualties");

    private final ModelContext ctx;
    private final Map<Point, ObjectiveConfig> objectives = new LinkedHashMap<>();

    Consequences(ModelContext ctx) {
        this.ctx = ctx;
        for (ObjectiveConfig o : ctx.config().objectives()) {
            if (o.attack() != null) {
                objectives.putIfAbsent(ctx.world().resolve(o.location()), o);
            }
        }
    }

    @Override
    public void reached(MilitantGroup g, double time) {
        ObjectiveConfig o = objectives.get(g.objective());
        if (o == null) {
            return;
        }
        AttackConfig attack = o.attack();
        if (ctx.keyed().uniform(g.uid(), PURPOSE_ATTACK, 0) >= attack.probability()) {
            return;
        }
        double mean = attack.casualtiesPerAttacker() * g.size();
        int casualties = CivilianHarm.poissonQuantile(mean, ctx.keyed().uniform(g.uid(), PURPOSE_CASUALTIES, 0));
        Point at = g.objective();
        ctx.publish(new AttackCarriedOut(time, g.uid(), o.id(), attack.kind(), g.size(), casualties, at.x(), at.y()));
    }
}
