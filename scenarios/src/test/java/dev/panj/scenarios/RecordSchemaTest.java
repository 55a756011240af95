package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.Param;
import dev.panj.sim.config.ScenarioConfig;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configuration records and the binder agree: every type is supported and every default parses. */
class RecordSchemaTest {

    @Test
    void schema_everyConfigRecord_isSupportedAndAllDefaultsParse() {
        Set<Class<?>> seen = reachableRecords();
        assertTrue(seen.size() >= 20, "records reached: " + seen);
        for (Class<?> type : seen) {
            for (ParamSpec spec : RecordSchema.of(type).components()) {
                String def = spec.param().def();
                if (!def.equals(Param.REQUIRED) && !def.equals(Param.UNSET)) {
                    assertDoesNotThrow(() -> ScalarConverter.convert(spec.type(), spec.param(), def),
                            type.getSimpleName() + "." + spec.name());
                }
            }
        }
    }

    @Test
    void schema_names_followComponentOrder() {
        assertEquals("name", RecordSchema.of(ScenarioConfig.class).names().get(0));
        assertEquals("engagement", RecordSchema.of(ScenarioConfig.class).names().get(16));
    }

    private static Set<Class<?>> reachableRecords() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(ScenarioConfig.class);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (ParamSpec spec : RecordSchema.of(type).components()) {
                if (spec.type().isRecord()) {
                    todo.add(spec.type());
                } else if (spec.isList() && spec.elementType().isRecord()) {
                    todo.add(spec.elementType());
                }
            }
        }
        return seen;
    }
}
