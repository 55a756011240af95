package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.scenarios.ParameterSources.Kind;
import dev.panj.scenarios.ParameterSources.ParameterSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code panj scenarios sources}: every parameter with its value, where it is set and its source. */
class ParameterSourcesTest {

    @TempDir
    Path folder;

    @Test
    void baseline_inlandDetectionRate_isSetInBaseAndMarkedNotional() throws Exception {
        ParameterSource p = find(ScenarioLibrary.resolve("baseline").sources(), "commands[0].inlandDetectionRate");
        assertEquals("0.02 /h", p.value());
        assertTrue(p.setIn().matches("parent base:\\d+"), p.setIn());
        assertEquals(Kind.NOTIONAL, p.kind());
        assertTrue(p.source().startsWith("notional"), p.source());
    }

    @Test
    void baseline_startDate_isCitedToTheArticle() throws Exception {
        ParameterSource p = find(ScenarioLibrary.resolve("baseline").sources(), "simulation.start");
        assertEquals("\"2015-07-01T00:00\"", p.value());
        assertEquals(Kind.CITED, p.kind());
        assertTrue(p.source().startsWith("[K&L] ISAF ended combat operations on 31 Dec 2014"), p.source());
        assertEquals("base: simulation.start", p.citedBy());
    }

    @Test
    void baseline_mostSpecificPatternWins_identityOverSection() throws Exception {
        ParameterSources sources = ScenarioLibrary.resolve("baseline").sources();
        assertTrue(find(sources, "stagingAreas[3].id").source().contains("Sughd and Khatlon"));
        assertTrue(find(sources, "stagingAreas[0].id").source().startsWith("[DATA] Kunduz"));
        assertEquals("base: reactionUnits[*].base", find(sources, "reactionUnits[2].base.place").citedBy());
        assertEquals("base: reactionUnits", find(sources, "reactionUnits[2].strength").citedBy());
    }

    @Test
    void baseline_referencesSpellOutTheTags() throws Exception {
        ParameterSources sources = ScenarioLibrary.resolve("baseline").sources();
        assertTrue(sources.references().get("K&L").contains("Islamist Threats to Central Asia"));
    }

    @Test
    void childValue_withoutItsOwnSource_hasNone_evenIfTheParentCitedIt() throws Exception {
        Path child = write("child.yaml", "extends: baseline\nname: child\nsimulation: {start: 2015-08-01T00:00}\n");
        ParameterSources sources = ScenarioLibrary.resolve(child.toString()).sources();
        ParameterSource p = find(sources, "simulation.start");
        assertEquals(Kind.NONE, p.kind());
        assertEquals("", p.source());
        assertTrue(p.setIn().endsWith("child.yaml:3"), p.setIn());
        // what the child inherits keeps the parent's source
        assertEquals(Kind.NOTIONAL, find(sources, "simulation.tick").kind());
    }

    @Test
    void childValue_withItsOwnSource_byIdentityOrPosition() throws Exception {
        Path child = write("child.yaml", """
                extends: baseline
                name: child
                commands+: [{country: TJK, inlandDetectionRate: 0.01 /h}]
                posts+: [{id: tj-post-east, garrison: 30}]
                sources:
                  commands[TJK].inlandDetectionRate: my survey of 2015
                  posts[2]: notional (reinforced)
                """);
        ParameterSources sources = ScenarioLibrary.resolve(child.toString()).sources();
        assertEquals("my survey of 2015", find(sources, "commands[0].inlandDetectionRate").source());
        assertEquals(Kind.CITED, find(sources, "commands[0].inlandDetectionRate").kind());
        assertEquals(Kind.NOTIONAL, find(sources, "posts[2].garrison").kind());
        assertEquals("30", find(sources, "posts[2].garrison").value());
        // the post's other values are still base's, with base's source
        assertTrue(find(sources, "posts[2].spacing").citedBy().startsWith("base: posts"));
    }

    @Test
    void defaultValue_isShownAsDefault_withTheSourceOfTheSectionHoldingIt() throws Exception {
        ParameterSources sources = ScenarioLibrary.resolve("baseline").sources();
        ParameterSource p = find(sources, "sco.leadTime");
        assertEquals("24 h", p.value());
        assertEquals(ParameterSources.DEFAULT, p.setIn());
        assertTrue(p.isDefault());
        assertEquals("base: sco", p.citedBy());
    }

    @Test
    void unknownKeyInAPattern_isAProblemWithASuggestion() throws Exception {
        Path child = write("child.yaml", "extends: baseline\nname: child\nsources:\n  posts[*].garison: notional\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLibrary.resolve(child.toString()));
        Problem problem = e.problems().get(0);
        assertEquals(4, problem.line());
        assertEquals("sources.posts[*].garison", problem.path());
        assertTrue(problem.message().contains("did you mean 'garrison'?"), problem.message());
    }

    @Test
    void malformedPatternsAndValues_areProblems() throws Exception {
        Path a = write("a.yaml", ScenarioText.MINIMAL + "sources:\n  posts..garrison: notional\n");
        assertTrue(message(a).contains("expected a parameter path such as posts[*].garrison"), message(a));
        Path b = write("b.yaml", ScenarioText.MINIMAL + "sources:\n  posts.garrison: notional\n");
        assertTrue(message(b).contains("expected an item in brackets after the list posts"), message(b));
        Path c = write("c.yaml", ScenarioText.MINIMAL + "sources: notional\n");
        assertTrue(message(c).contains("expected a mapping of parameter paths to sources"), message(c));
    }

    @Test
    void patternThatCoversNothing_isReported() throws Exception {
        Path child = write("child.yaml", "extends: baseline\nname: child\nsources:\n  posts[no-such-post]: notional\n");
        assertEquals(List.of("posts[no-such-post]"),
                ScenarioLibrary.resolve(child.toString()).sources().unusedPatterns());
    }

    @Test
    void sourcesAreNotPartOfTheResolvedScenario() throws Exception {
        Path plain = write("plain.yaml", ScenarioText.MINIMAL);
        Path cited = write("cited.yaml", ScenarioText.MINIMAL + "references: {X: a book}\nsources: {name: '[X] p. 1'}\n");
        assertEquals(ScenarioLibrary.load(plain.toString()).sha256(), ScenarioLibrary.load(cited.toString()).sha256());
        assertEquals(Kind.CITED, find(ScenarioLibrary.resolve(cited.toString()).sources(), "name").kind());
    }

    private String message(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.resolve(file.toString()));
        return e.getMessage();
    }

    static ParameterSource find(ParameterSources sources, String path) {
        return sources.parameters().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + path));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
