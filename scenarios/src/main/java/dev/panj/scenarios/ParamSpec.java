package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import java.lang.reflect.Method;

/**
 * One record component as the binder sees it: its key, its Java type, the element type of a list, and the
 * {@link Param} annotation that says what the key means.
 *
 * @param elementType the list's element type, or null when {@code type} is not a list
 */
record ParamSpec(String name, Class<?> type, Class<?> elementType, Param param, Method accessor) {

    boolean isList() {
        return elementType != null;
    }

    boolean isRequired() {
        return Param.REQUIRED.equals(param.def());
    }

    boolean isUnsetByDefault() {
        return Param.UNSET.equals(param.def());
    }
}
