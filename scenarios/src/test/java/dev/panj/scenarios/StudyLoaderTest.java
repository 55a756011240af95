package dev.panj.scenarios;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Study files are checked like scenarios: file, line, path, expected, found, did-you-mean. */
class StudyLoaderTest {
    private static final String GOOD = """
            name: t
            base: baseline
            levers:
              - {path: "posts[tj-post-west].spacing", range: [10 km, 40 km]}
              - {path: "patrols[tj-vehicle].count", count: [1, 6]}
              - {path: engagement.mode, choices: [stochastic, deterministic]}
              - name: help
                options:
                  none: {}
                  fast: {csto.decisionDelay: 12 h}
            uncertainties:
              - {path: csto.decisionDelay, triangular: [24 h, 72 h, 240 h], name: delay}
              - {path: "arrivals[0].rate", range: [0.1 /day, 1 /day]}
            objectives:
              - {metric: interdiction_rate, threshold: 0.6}
              - {metric: cost}
            constraints:
              - {metric: cost, max: 5e7}
            """;

    private static List<Problem> problems(String text) {
        return assertThrows(ScenarioException.class, () -> StudyLoader.parse(text, "s.yaml", null)).problems();
    }

    @Test
    void goodStudy_loadsWithLeversUncertaintiesAndDirections() throws Exception {
        Study s = StudyLoader.parse(GOOD, "s.yaml", null);
        assertEquals(4, s.levers().size());
        assertEquals(StudyLever.Kind.RANGE, s.levers().get(0).kind());
        assertEquals(StudyLever.Kind.COUNT, s.levers().get(1).kind());
        assertEquals(6, s.levers().get(1).levels());
        assertEquals("deterministic", s.levers().get(2).at(0.9).text());
        assertEquals("20 km", s.levers().get(0).at(1.0 / 3).text());
        assertEquals(List.of(new ScenarioOverride("csto.decisionDelay", "12 h")), s.levers().get(3).at(0.99).overrides());
        assertTrue(s.objectives().get(0).maximize(), "interdiction is better high");
        assertTrue(!s.objectives().get(1).maximize(), "cost is better low");
        assertEquals(72.0, s.uncertainties().get(0).at(48.0 / 216).number(), 1e-6);
        assertEquals(1, s.constraints().size());
        assertEquals(1.0, s.constraints().get(0).violation(5e7 + 1), 1e-9);
    }

    @Test
    void misspeltKeyAndMetric_reportLineAndSuggestion() {
        List<Problem> p = problems(GOOD.replace("constraints:", "constrains:"));
        assertTrue(p.stream().anyMatch(x -> x.line() == 17 && x.message().contains("did you mean 'constraints'")), p.toString());
        p = problems(GOOD.replace("- {metric: cost}", "- {metric: csot}"));
        assertTrue(p.stream().anyMatch(x -> x.line() == 16 && x.path().equals("objectives[1].metric")
                && x.message().contains("did you mean 'cost'")), p.toString());
    }

    @Test
    void badPathAndValues_areProblemsAtTheirLines() {
        List<Problem> p = problems(GOOD.replace("posts[tj-post-west].spacing\"", "posts[tj-post-west].spacin\"")
                .replace("count: [1, 6]", "count: [6, 1]").replace("0.1 /day", "0.1 km"));
        assertTrue(p.stream().anyMatch(x -> x.line() == 4 && x.path().equals("levers[0].path")
                && x.message().contains("spacing")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.line() == 5 && x.message().contains("low end below the high end")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.line() == 13 && x.path().equals("uncertainties[1].range")), p.toString());
        assertTrue(p.stream().allMatch(x -> x.file().equals("s.yaml")), p.toString());
    }

    @Test
    void missingObjectivesAndUnknownBase_areReported() {
        List<Problem> p = problems("name: t\nbase: baselin\nlevers: []\n");
        assertTrue(p.stream().anyMatch(x -> x.line() == 2 && x.path().equals("base")), p.toString());
    }

    @Test
    void builtInStudies_load() throws Exception {
        for (String name : List.of("choose-arrangement", "verify-sensor-lines")) {
            Study s = StudyLoader.parse(StudyLoader.builtIn(name), name + ".yaml", null);
            assertTrue(!s.levers().isEmpty() && !s.objectives().isEmpty(), name);
        }
    }
}
