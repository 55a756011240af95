package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Enum constants as scenario files write them: {@code LOWLAND_RIVER} is {@code lowland-river}. */
final class EnumSpelling {

    private EnumSpelling() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> choices(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(of((Enum<?>) constant));
        }
        return names;
    }

    static Object parse(Class<?> enumType, String text) throws InvalidValueException {
        for (Object constant : enumType.getEnumConstants()) {
            if (of((Enum<?>) constant).equals(text)) {
                return constant;
            }
        }
        List<String> choices = choices(enumType);
        throw new InvalidValueException("expected one of " + String.join(", ", choices) + ", found " + Nodes.quote(text)
                + KeySuggester.suffix(text, choices));
    }
}
