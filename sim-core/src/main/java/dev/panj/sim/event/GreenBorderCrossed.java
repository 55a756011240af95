package dev.panj.sim.event;

import dev.panj.sim.config.CivilianKind;

/** Civilians of one kind finished crossing the green border during a tick (summed over their parties). */
public record GreenBorderCrossed(double time, CivilianKind kind, int parties, int people) implements ModelEvent {
}
