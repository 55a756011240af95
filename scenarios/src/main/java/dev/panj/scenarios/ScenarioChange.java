package dev.panj.scenarios;

import java.util.Objects;

/**
 * One difference between two resolved scenarios that can be applied on its own: a value changed, set or unset,
 * a list item added or removed, or the items of a list put in another order. Applying any set of changes to the
 * first scenario gives a tree that is checked like a scenario file (see {@link ChangeSet#apply}).
 *
 * @param path where the change is, as {@code panj scenarios diff} names it: {@code cooperation.improved},
 *             {@code posts[tj-post-west].sensor.range}, {@code bilateralHelp[requester=TJK,provider=RUS]}; items of
 *             lists without an identity are numbered by their position in the scenario that has them (the target's
 *             position for an added or changed item, the base's for a removed one)
 * @param kind what happened there
 * @param item the top-level item the change belongs to: the outermost list item on the path (a unit, a link, a
 *             timeline entry), or for a value outside any list item, the path itself (a parameter)
 * @param from the value in the base scenario as the resolved YAML writes it ({@code (unset)}, or {@code (none)} for
 *             an item the base does not have)
 * @param to   the value in the target scenario, written the same way
 */
public record ScenarioChange(String path, Kind kind, String item, String from, String to) {
    /** What a change does. */
    public enum Kind {
        /** A value differs, or is set on one side only. */
        CHANGED,
        /** A list item that only the target has. */
        ADDED,
        /** A list item that only the base has. */
        REMOVED,
        /** The items both scenarios have stand in another order in the target's list. */
        REORDERED;

        /** Lowercase, as outputs write it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ScenarioChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The change as {@code panj scenarios diff} prints a difference: {@code path: from → to}. */
    public String line() {
        return path + ": " + from + " → " + to;
    }
}
