package dev.panj.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * Changes applied together under one name: by default all the changes of one top-level item (a unit, a link, a
 * timeline entry) or one parameter, named by its path; or what a {@link ChangeGroup} took, under its name.
 *
 * @param changes the numbers of the changes in {@link ChangeSet#changes()}, ascending
 * @param source  {@code item} for a default change, else where its group was written ({@code --group}, a file)
 */
public record NamedChange(String name, List<Integer> changes, String source) {
    /** The source of the changes that no group took: one per top-level item. */
    public static final String ITEM = "item";

    public NamedChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("change " + name + " takes no change");
        }
    }
}
