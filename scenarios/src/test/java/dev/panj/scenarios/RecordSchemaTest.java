package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.Param;
import dev.panj.sim.config.ScenarioConfig;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
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
        List<String> names = RecordSchema.of(ScenarioConfig.class).names();
        assertEquals(List.of("name", "description", "simulation", "geography"), names.subList(0, 4));
        assertTrue(names.indexOf("detection") < names.indexOf("engagement"), names.toString());
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
