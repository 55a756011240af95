package dev.panj.sim.model;

import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.event.UnitAdded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of battle: the reaction units, the national commands, and which command each unit serves. Units
 * join during a run as reinforcements and CSTO contingents, and move between commands as bilateral help.
 */
final class Forces implements Coalition.Units, Timeline.Reinforcements {
    private final ModelContext ctx;
    private final List<ReactionUnit> units = new ArrayList<>();
    private final List<ReactionUnit> unitsView = Collections.unmodifiableList(units);
    private final Map<String, NationalCommand> commands = new LinkedHashMap<>();
    private final Collection<NationalCommand> commandsView = Collections.unmodifiableCollection(commands.values());

    /** One command per configured country; no units yet. */
    Forces(ModelContext ctx, List<CommandConfig> commands) {
        this.ctx = ctx;
        for (CommandConfig c : commands) {
            this.commands.put(c.country(), new NationalCommand(c));
        }
    }

    /** Puts a unit at its base under {@code command} (which may have no command of its own: then it idles). */
    ReactionUnit deploy(ReactionUnitConfig config, String command) {
        ReactionUnit unit = new ReactionUnit(config, ctx.world().resolve(config.base()), ctx.world());
        unit.serve(command);
        units.add(unit);
        NationalCommand cmd = commands.get(command);
        if (cmd != null) {
            cmd.add(unit);
        }
        return unit;
    }

    /** A unit arrives during the run (a reinforcement, a CSTO contingent's unit): deployed, and announced. */
    @Override
    public void add(ReactionUnitConfig unit, String command) {
        ReactionUnit u = deploy(unit, command);
        ctx.publish(new UnitAdded(ctx.now(), u.id(), command));
    }

    @Override
    public int transfer(String provider, String requester, List<String> only) {
        int moved = 0;
        for (ReactionUnit u : units) {
            if (u.config().country().equals(provider) && u.command().equals(provider)
                    && (only.isEmpty() || only.contains(u.id()))) {
                NationalCommand old = commands.get(provider);
                if (old != null) {
                    old.remove(u);
                }
                u.serve(requester);
                NationalCommand cmd = commands.get(requester);
                if (cmd != null) {
                    cmd.add(u);
                }
                ctx.publish(new UnitAdded(ctx.now(), u.id(), requester));
                moved++;
            }
        }
        return moved;
    }

    /** Every unit, in the order deployed, as a live read-only view. */
    List<ReactionUnit> units() {
        return unitsView;
    }

    /** The commands in the scenario's order. */
    Collection<NationalCommand> commands() {
        return commandsView;
    }

    /** The command of a country, or null when the scenario gives it none. */
    NationalCommand command(String country) {
        return commands.get(country);
    }

    /** Units out of base: mobilising, en route, engaged or returning. */
    int deployed() {
        int n = 0;
        for (ReactionUnit u : units) {
            if (out(u)) {
                n++;
            }
        }
        return n;
    }

    /** Personnel-hours of the sorties still under way at {@code end} (force-hours not yet counted at a return). */
    double outstandingHours(double end) {
        double hours = 0;
        for (ReactionUnit u : units) {
            if (out(u)) {
                hours += u.sortieHours(end);
            }
        }
        return hours;
    }

    private static boolean out(ReactionUnit u) {
        return u.state() != UnitState.READY && u.state() != UnitState.RESTING;
    }
}
