package dev.panj.sim.model;

import dev.panj.sim.event.ModelEvent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An event as one line of text: its type, then each component as {@code name=value}. Doubles are written from
 * their exact binary value rounded to 17 significant digits, which identifies every double and, unlike
 * {@code Double.toString}, reads the same on every JDK.
 */
final class EventText {
    private static final MathContext SIGNIFICANT = new MathContext(17);

    private EventText() {
    }

    static String of(ModelEvent event) {
        StringBuilder line = new StringBuilder(event.getClass().getSimpleName());
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            line.append(' ').append(c.getName()).append('=').append(value(component(event, c)));
        }
        return line.toString();
    }

    private static Object component(ModelEvent event, RecordComponent c) {
        try {
            return c.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + event, e);
        }
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            BigDecimal exact = new BigDecimal(d).round(SIGNIFICANT);
            return exact.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
