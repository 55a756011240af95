package dev.panj.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * A user's request to treat several changes as one, or to take part of an item's changes out as a change of its
 * own: a name and the changes it takes, by pattern. A pattern is a change's path ({@code cooperation.improved},
 * {@code bilateralHelp[requester=TJK,provider=RUS]}) or the start of paths, ending before a {@code .} or
 * {@code [} ({@code bilateralHelp} takes every bilateral-help item, {@code posts[a]} every change inside post
 * {@code a}); {@code *} stands for any text ({@code cooperation.links[*]}).
 *
 * @param source where the request was written, for messages: {@code --group} or a file
 * @param line   the line in {@code source} (from 1), 0 for an option
 * @param column the column in {@code source} (from 1), 0 for an option
 */
public record ChangeGroup(String name, List<String> patterns, String source, int line, int column) {
    public ChangeGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        patterns = List.copyOf(patterns);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a group needs a name");
        }
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("group " + name + " needs at least one pattern");
        }
    }
}
