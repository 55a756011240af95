package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.scenarios.ParameterSources.Kind;
import dev.panj.scenarios.ParameterSources.ParameterSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number that drives outcomes lives in a scenario file with its source, or marked notional: for every
 * built-in scenario (and the abstract base), every parameter has a citation or a notional mark, no number that
 * the model reads is left to a non-zero default hidden in the code, and no source entry covers nothing.
 */
class BuiltInSourcesTest {

    /** Parameters that are names, not numbers or choices of the model. */
    private static final Pattern NOT_A_PARAMETER = Pattern.compile("name|description|timeline\\[\\d+]\\.label");

    private static final Pattern NUMBER = Pattern.compile("(-?[0-9.]+(?:E-?\\d+)?)( .*)?");

    static Stream<String> builtIns() {
        List<String> names = new ArrayList<>(ScenarioLibrary.builtIns().stream().map(BuiltInScenario::name).toList());
        names.add("base");
        return names.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everyParameter_hasASourceOrANotionalMark(String name) throws Exception {
        List<String> missing = ScenarioLibrary.resolve(name).sources().parameters().stream()
                .filter(p -> p.kind() == Kind.NONE && !NOT_A_PARAMETER.matcher(p.path()).matches())
                .map(p -> p.path() + " = " + p.value() + " (" + p.setIn() + ")").toList();
        assertEquals(List.of(), missing, name + ": parameters with neither a source nor a notional mark");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void noNumberTheModelReads_isLeftToANonZeroDefault(String name) throws Exception {
        List<ParameterSource> parameters = ScenarioLibrary.resolve(name).sources().parameters();
        Map<String, String> values = new java.util.HashMap<>();
        parameters.forEach(p -> values.put(p.path(), p.value()));
        List<String> hidden = parameters.stream()
                .filter(p -> p.isDefault() && isNonZeroNumber(p.value()) && !unread(p.path(), values))
                .map(p -> p.path() + " = " + p.value()).toList();
        assertEquals(List.of(), hidden, name + ": numbers left to a default in the code; set them in the file");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everySourceEntry_coversSomething(String name) throws Exception {
        assertEquals(List.of(), ScenarioLibrary.resolve(name).sources().unusedPatterns(), name);
    }

    private static boolean isNonZeroNumber(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() && Double.parseDouble(m.group(1)) != 0;
    }

    /**
     * Defaults the model does not read given the scenario's other values: a section switched off, the search
     * leg and depth of a patrol that is not random, the bribe limit of an incorruptible detector, the reporting
     * factor of co-operation that is not improved.
     */
    private static boolean unread(String path, Map<String, String> values) {
        String section = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        if ("false".equals(values.get(section + ".enabled"))) {
            return true;
        }
        if (path.equals("cooperation.improvedReportDelayFactor")) {
            return !"true".equals(values.get("cooperation.improved"));
        }
        Matcher item = Pattern.compile("(patrols\\[\\d+])\\.(depth|meanLeg)").matcher(path);
        if (item.matches()) {
            return !"random".equals(values.get(item.group(1) + ".pattern"));
        }
        Matcher bribe = Pattern.compile("(.*)\\.bribeMaxGroupSize").matcher(path);
        if (bribe.matches()) {
            String corruption = values.get(bribe.group(1) + ".corruption");
            return corruption == null || Double.parseDouble(corruption) == 0;
        }
        return false;
    }
}
