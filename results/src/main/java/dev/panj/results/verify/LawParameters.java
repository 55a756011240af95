package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reading a case's {@code verification.parameters}: which of a law's required ones are unset. */
final class LawParameters {
    private LawParameters() {
    }

    /** The names among {@code required} whose value is unset (NaN or an empty list), in the given order. */
    static List<String> missing(LawParametersConfig parameters, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            Object value = value(parameters, name);
            boolean unset = value == null
                    || value instanceof Double d && Double.isNaN(d)
                    || value instanceof Collection<?> c && c.isEmpty();
            if (unset) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** g, or 1 (a perfect definite-range sensor) when unset. */
    static double probabilityOrOne(LawParametersConfig parameters) {
        return Double.isNaN(parameters.probability()) ? 1 : parameters.probability();
    }

    private static Object value(LawParametersConfig parameters, String name) {
        for (RecordComponent component : LawParametersConfig.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(parameters);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read parameter " + name, e);
                }
            }
        }
        throw new IllegalArgumentException("no law parameter named " + name);
    }
}
