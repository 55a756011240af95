package dev.panj.scenarios;

import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.ExtraBorderConfig;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.config.TerrainConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The keys that identify an item of a list, for lists whose items are unique by them: {@code id} wherever a
 * record has one, else the country of a command or contingent, the terrain class of a terrain, the border of an
 * extra border, and the two countries of a sharing link or of bilateral help. A {@code key+:} list in a file that
 * extends another merges an item into the inherited item with the same identity, and {@code panj scenarios diff}
 * matches items by it, so that removing one post does not make every later post look changed.
 */
final class ItemIdentity {

    private static final Map<Class<?>, List<String>> KEYS = Map.of(
            CommandConfig.class, List.of("country"),
            CstoContingentConfig.class, List.of("country"),
            TerrainConfig.class, List.of("terrain"),
            ExtraBorderConfig.class, List.of("borderId"),
            SharingLinkConfig.class, List.of("from", "to"),
            BilateralHelpConfig.class, List.of("requester", "provider"));

    private ItemIdentity() {
    }

    /** The identifying keys of items of this record type; empty when items are told apart only by position. */
    static List<String> keys(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        if (RecordSchema.of(type).find("id").isPresent()) {
            return List.of("id");
        }
        return KEYS.getOrDefault(type, List.of());
    }

    /**
     * The identity of one item as text ({@code tj-post-1}, or {@code from=TJK,to=KGZ} for several keys), or null
     * when a key has no value. {@code value} gives the text of a key of the item, or null.
     */
    static String of(List<String> keys, Function<String, String> value) {
        if (keys.isEmpty()) {
            return null;
        }
        if (keys.size() == 1) {
            return value.apply(keys.get(0));
        }
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            String part = value.apply(key);
            if (part == null) {
                return null;
            }
            text.append(text.length() == 0 ? "" : ",").append(key).append('=').append(part);
        }
        return text.toString();
    }
}
