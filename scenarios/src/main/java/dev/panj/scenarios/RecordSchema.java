package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys of one configuration record, read once by reflection. Unsupported component types fail here, at
 * first use, as programming errors: the config records and this loader must agree.
 */
final class RecordSchema {

    private static final ClassValue<RecordSchema> CACHE = new ClassValue<>() {
        @Override
        protected RecordSchema computeValue(Class<?> type) {
            return new RecordSchema(type);
        }
    };

    private final Class<?> type;
    private final List<ParamSpec> components;
    private final List<String> names;
    private final Constructor<?> constructor;

    private RecordSchema(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.type = type;
        RecordComponent[] parts = type.getRecordComponents();
        List<ParamSpec> specs = new ArrayList<>();
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            specs.add(spec(type, parts[i]));
            types[i] = parts[i].getType();
        }
        this.components = List.copyOf(specs);
        this.names = specs.stream().map(ParamSpec::name).toList();
        try {
            this.constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type, e);
        }
    }

    static RecordSchema of(Class<?> type) {
        return CACHE.get(type);
    }

    Class<?> type() {
        return type;
    }

    List<ParamSpec> components() {
        return components;
    }

    /** The keys in declaration order. */
    List<String> names() {
        return names;
    }

    Optional<ParamSpec> find(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Calls the canonical constructor; a constructor's own check surfaces as IllegalArgumentException. */
    Object construct(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    private static ParamSpec spec(Class<?> owner, RecordComponent part) {
        Param param = part.getAnnotation(Param.class);
        if (param == null) {
            throw new IllegalStateException(owner.getSimpleName() + "." + part.getName() + " has no @Param");
        }
        Class<?> elementType = null;
        if (part.getType() == List.class) {
            elementType = elementType(owner, part.getGenericType(), part.getName());
        } else if (!isScalar(part.getType()) && !part.getType().isRecord()) {
            throw new IllegalStateException(owner.getSimpleName() + "." + part.getName() + ": unsupported type "
                    + part.getType().getName());
        }
        return new ParamSpec(part.getName(), part.getType(), elementType, param, part.getAccessor());
    }

    private static Class<?> elementType(Class<?> owner, Type generic, String name) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> element
                && (element.isRecord() || isScalar(element))) {
            return element;
        }
        throw new IllegalStateException(owner.getSimpleName() + "." + name + ": unsupported list type " + generic);
    }

    static boolean isScalar(Class<?> type) {
        return type == double.class || type == Double.class || type == int.class || type == Integer.class
                || type == long.class || type == Long.class || type == boolean.class || type == Boolean.class
                || type == String.class || type.isEnum();
    }
}
