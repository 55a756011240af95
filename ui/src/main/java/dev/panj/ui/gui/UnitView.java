package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import dev.panj.sim.model.MilitantGroup;
import dev.panj.sim.model.ReactionUnit;
import dev.panj.sim.model.UnitState;
import java.awt.Color;
import java.util.Locale;

/** A reaction unit on the map, joined by a line to the group it pursues. */
public final class UnitView implements AgentView, AgentView.Tasked {
    private final ReactionUnit unit;

    UnitView(ReactionUnit unit) {
        this.unit = unit;
    }

    @Override
    public Point position() {
        return unit.position();
    }

    @Override
    public Color colour() {
        return Palette.UNIT;
    }

    @Override
    public Point target() {
        MilitantGroup g = unit.target();
        UnitState s = unit.state();
        boolean out = s == UnitState.MOBILISING || s == UnitState.EN_ROUTE || s == UnitState.ENGAGED;
        return out && g != null ? g.position() : null;
    }

    public String getId() {
        return unit.id();
    }

    public String getCountry() {
        return unit.config().country();
    }

    public String getState() {
        return unit.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public double getStrength() {
        return unit.strength();
    }

    public int getFullStrength() {
        return unit.config().strength();
    }

    public String getTarget() {
        MilitantGroup g = unit.target();
        return g == null || target() == null ? "none" : g.id();
    }

    public String getTransport() {
        return unit.config().transport().name().toLowerCase(Locale.ROOT);
    }

    public double getSpeed() {
        return unit.config().speed();
    }

    public String getBase() {
        return TimeText.position(unit.base());
    }

    public String getPosition() {
        return TimeText.position(unit.position());
    }

    @Override
    public String toString() {
        return "Unit " + unit.id();
    }
}
