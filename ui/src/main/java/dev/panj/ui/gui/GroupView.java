package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import dev.panj.sim.model.GroupState;
import dev.panj.sim.model.MilitantGroup;
import java.awt.Color;
import java.util.Locale;

/** A militant group on the map, coloured by what the security forces know of it. */
public final class GroupView implements AgentView {
    /** What the map distinguishes; the model's states are finer. */
    enum Status {
        UNDETECTED(Palette.GROUP_UNDETECTED),
        DETECTED(Palette.GROUP_DETECTED),
        ENGAGED(Palette.GROUP_ENGAGED),
        INTERDICTED(Palette.GROUP_INTERDICTED),
        LEAKED(Palette.GROUP_LEAKED),
        TURNED_BACK(Palette.GROUP_TURNED_BACK);

        final Color colour;

        Status(Color colour) {
            this.colour = colour;
        }

        static Status of(MilitantGroup g) {
            GroupState s = g.state();
            if (s == GroupState.ENGAGED) {
                return ENGAGED;
            } else if (s == GroupState.INTERDICTED) {
                return INTERDICTED;
            } else if (s == GroupState.LEAKED) {
                return LEAKED;
            } else if (s == GroupState.TURNED_BACK) {
                return TURNED_BACK;
            }
            return Double.isNaN(g.firstDetectedAt()) ? UNDETECTED : DETECTED;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private final MilitantGroup group;
    private final TimeText time;

    GroupView(MilitantGroup group, TimeText time) {
        this.group = group;
        this.time = time;
    }

    @Override
    public Point position() {
        return group.position();
    }

    @Override
    public Color colour() {
        return Status.of(group).colour;
    }

    public String getId() {
        return group.id();
    }

    public String getStatus() {
        return Status.of(group).label();
    }

    public String getState() {
        return group.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String getOrganisation() {
        return group.organisation();
    }

    public String getIntent() {
        return group.intent().name().toLowerCase(Locale.ROOT);
    }

    public int getSize() {
        return group.size();
    }

    public double getStrength() {
        return group.strength();
    }

    public String getFirstDetected() {
        return time.at(group.firstDetectedAt());
    }

    public String getLastDetectedBy() {
        return group.lastDetector().isEmpty() ? "nobody" : group.lastDetector();
    }

    public String getCrossingPoint() {
        return "sector " + group.sector().id() + " at " + TimeText.position(group.crossingPoint());
    }

    public String getCrossed() {
        return time.at(group.crossedAt());
    }

    public String getObjective() {
        return TimeText.position(group.objective());
    }

    public String getPosition() {
        return TimeText.position(group.position());
    }

    @Override
    public String toString() {
        return "Group " + group.id();
    }
}
