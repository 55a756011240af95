package dev.panj.scenarios;

import static dev.panj.scenarios.ScenarioText.MINIMAL;
import static dev.panj.scenarios.ScenarioText.onlyProblem;
import static dev.panj.scenarios.ScenarioText.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed and hostile YAML becomes problems with a place, never an exception or a long wait. */
class SafeYamlTest {

    @Test
    void parse_syntaxError_givesOneProblemWithLineAndColumn() {
        String yaml = """
                name: t
                geography: {border: straight, length: 50 km}
                simulation:
                  tick: 15 min
                  duration: 3 d: 4
                """;
        List<Problem> problems = problems(yaml);
        assertEquals(1, problems.size());
        assertEquals(5, problems.get(0).line());
        assertEquals("test.yaml:5:16: mapping values are not allowed here", problems.get(0).format());
    }

    @Test
    void parse_unclosedFlowList_namesWhereItStarted() {
        String problem = onlyProblem("name: t\nposts: [a, b\ngeography: {}\n");
        assertTrue(problem.startsWith("test.yaml:3:10: expected ',' or ']', but got :"), problem);
        assertTrue(problem.endsWith("(while parsing a flow sequence that started at line 2, column 8)"), problem);
    }

    @Test
    void parse_tabIndentation_isASyntaxProblem() {
        assertTrue(onlyProblem("name: t\n\tgeography: {}\n").startsWith("test.yaml:2:1: "));
    }

    @Test
    void parse_duplicateKey_isReportedAtTheSecondWithTheFirstLine() {
        assertEquals("test.yaml:3:1: name: expected each key once, found 'name' again (first at line 1)",
                onlyProblem(MINIMAL + "name: u\n"));
    }

    @Test
    void parse_billionLaughs_isRejectedQuicklyAsAProblem() {
        StringBuilder yaml = new StringBuilder("name: t\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String alias = "*l" + (i - 1);
            yaml.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", List.of(alias, alias, alias, alias, alias, alias, alias, alias, alias)))
                    .append("]\n");
        }
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> problems(yaml.toString()));
        assertEquals("test.yaml: expected at most 50 aliases of lists or mappings, found more (an alias bomb?)",
                problems.get(0).format());
    }

    @Test
    void parse_deepNesting_isRejected() {
        String yaml = MINIMAL + "x: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertEquals("test.yaml: expected lists and mappings nested at most 50 deep, found deeper nesting",
                onlyProblem(yaml));
    }

    @Test
    void parse_textOverTwoMegabytes_isRejectedBeforeParsing() {
        String yaml = MINIMAL + "# " + "x".repeat(2 * 1024 * 1024) + "\n";
        assertTrue(onlyProblem(yaml).startsWith("test.yaml: expected a file of at most 2 MB, found "));
    }

    @Test
    void parse_javaTypeTag_isRejected() {
        String problem = onlyProblem(MINIMAL + "description: !!javax.script.ScriptEngineManager [x]\n");
        assertTrue(problem.startsWith("test.yaml:3:14: "), problem);
    }

    @Test
    void parse_localTag_isRejectedButBindingGoesOn() {
        List<Problem> problems = problems(MINIMAL + "description: !secret text\nsimulation: {tick: 15}\n");
        assertEquals(2, problems.size());
        assertEquals("test.yaml:3:14: expected plain YAML without type tags, found tag '!secret'",
                problems.get(0).format());
        assertEquals("simulation.tick", problems.get(1).path());
    }

    @Test
    void parse_twoDocuments_isASyntaxProblem() {
        assertTrue(onlyProblem(MINIMAL + "---\nname: u\n").contains("expected a single document in the stream"));
    }

    @Test
    void parse_emptyText_saysAMappingWasExpected() {
        assertEquals("test.yaml:1:1: expected a mapping of scenario keys (name, simulation, geography, ...), "
                + "found an empty file", onlyProblem("# nothing\n"));
    }

    @Test
    void parse_listAtTopLevel_saysAMappingWasExpected() {
        assertTrue(onlyProblem("- a\n- b\n").startsWith("test.yaml:1:1: expected a mapping with keys name, "));
    }

    @Test
    void parse_recursiveAlias_doesNotLoop() {
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> problems(MINIMAL + "posts: &p [*p]\nsimulation: &s {tick: *s}\n"));
        assertEquals(List.of("posts[0]", "simulation.tick"), problems.stream().map(Problem::path).toList());
    }

    @Test
    void parse_byteOrderMark_isIgnored() throws Exception {
        assertEquals("t", ScenarioText.config("\uFEFF" + MINIMAL).name());
    }
}
