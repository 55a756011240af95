package dev.panj.results.attribute;

import dev.panj.scenarios.ScenarioChange;
import java.util.List;
import java.util.Objects;

/**
 * One change of an attribution: what is applied together and gets one share of the difference. By default the
 * differences of one top-level item of the scenario (a unit, a link, a timeline entry) or one parameter; or a group
 * the user asked for; or changes that had to be applied together because one is not a valid scenario without the
 * other ({@code merged} says why).
 *
 * @param parts  the scenario differences it applies, in the order {@code panj scenarios diff} lists them
 * @param source {@code item} for a default change, else where its group was written ({@code --group}, a file), or
 *               {@value #MERGED}
 * @param merged why the changes were merged, or empty
 */
public record Change(String name, List<ScenarioChange> parts, String source, String merged) {
    /** The source of changes that were merged because one is not valid without the other. */
    public static final String MERGED = "merged";

    public Change {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(merged, "merged");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("change " + name + " has no part");
        }
    }

    /** The change in a few words: its single difference, or how many differences it applies. */
    public String summary() {
        if (parts.size() == 1) {
            ScenarioChange part = parts.get(0);
            return switch (part.kind()) {
                case ADDED -> "added " + part.to();
                case REMOVED -> "removed " + part.from();
                case REORDERED -> "reordered: " + part.from() + " → " + part.to();
                case CHANGED -> part.from() + " → " + part.to();
            };
        }
        return parts.size() + " differences";
    }
}
