package dev.panj.ui.gui;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JLabel;
import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * The Console tab's "Random Number Seed" field, which MASON gives to the model at every start. MASON 18 has
 * no method to set it, so the field is found by its label and set through its public API; the Model tab
 * and the Scenario menu then change the same seed the Console shows.
 */
final class ConsoleSeed {
    private static final String LABEL = "Random Number Seed";

    private final PropertyField field;

    private ConsoleSeed(PropertyField field) {
        this.field = field;
    }

    /** The seed field of this Console, or null if this MASON version lays its Console out differently. */
    static ConsoleSeed of(Console console) {
        PropertyField f = find(console.getContentPane());
        return f == null ? null : new ConsoleSeed(f);
    }

    private static PropertyField find(Container c) {
        Component[] children = c.getComponents();
        for (int i = 0; i < children.length; i++) {
            if (children[i] instanceof JLabel l && l.getText() != null && LABEL.equals(l.getText().strip())) {
                for (int j = i + 1; j < children.length; j++) {
                    PropertyField f = first(children[j]);
                    if (f != null) {
                        return f;
                    }
                }
            }
            if (children[i] instanceof Container inner) {
                PropertyField f = find(inner);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static PropertyField first(Component c) {
        if (c instanceof PropertyField f) {
            return f;
        }
        if (c instanceof Container inner) {
            for (Component child : inner.getComponents()) {
                PropertyField f = first(child);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    long get() {
        return Long.parseLong(field.getValue().strip());
    }

    /** Sets the seed the Console will give the next run; {@code newValue} is where the Console takes it. */
    void set(long seed) {
        field.setValue(field.newValue(Long.toString(seed)));
    }
}
