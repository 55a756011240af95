package dev.panj.scenarios;

import static dev.panj.scenarios.ScenarioText.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {

    private static final BuiltInCatalog TEST_CATALOG = new BuiltInCatalog("dev/panj/scenarios/testbuiltin/");

    /** Loads by name or path with the test catalogue of built-ins. */
    private static LoadedScenario testLoad(String nameOrPath) throws ScenarioException {
        ScenarioFinder finder = new ScenarioFinder(TEST_CATALOG);
        return new ScenarioLoader(ScenarioLibrary.geoData(), finder).load(finder.find(nameOrPath));
    }

    @Test
    void builtIns_testCatalogue_sortedWithInheritedDescriptionsSkippingMissingAndAbstract() {
        assertEquals(List.of(new BuiltInScenario("alpha", "The first test scenario"),
                new BuiltInScenario("derived", "Shared ground"), new BuiltInScenario("escapee", ""),
                new BuiltInScenario("zulu", "")), TEST_CATALOG.list());
    }

    @Test
    void builtIns_missingIndex_isEmpty() {
        assertEquals(List.of(), new BuiltInCatalog("dev/panj/scenarios/nowhere/").list());
    }

    @Test
    void builtIns_everyShippedScenario_loadsWithoutProblems() {
        for (BuiltInScenario builtIn : ScenarioLibrary.builtIns()) {
            LoadedScenario loaded = assertDoesNotThrow(() -> ScenarioLibrary.load(builtIn.name()), builtIn.name());
            assertEquals(BuiltInCatalog.origin(builtIn.name()), loaded.origin());
        }
    }

    @Test
    void load_builtInName_reportsAgainstBuiltinOrigin() throws Exception {
        LoadedScenario loaded = testLoad("alpha");
        assertEquals("alpha", loaded.name());
        assertEquals("builtin/alpha.yaml", loaded.origin());
    }

    @Test
    void load_misspeltBuiltInName_suggestsClosestAndAsksForAnExistingPath() {
        var e = assertThrows(ScenarioException.class, () -> testLoad("alpah"));
        assertEquals("alpah: expected the name of a built-in scenario (alpha, derived, escapee, foundation, zulu) or the path of "
                + "an existing file, "
                + "found 'alpah'; did you mean 'alpha'?", e.report());
    }

    @Test
    void load_listedBuiltInWithoutFile_isUnknown() {
        var e = assertThrows(ScenarioException.class, () -> testLoad("ghost"));
        assertEquals("ghost: expected the name of a built-in scenario (alpha, derived, escapee, foundation, zulu) or "
                + "the path of an existing file, found 'ghost'", e.report());
    }

    @Test
    void load_unknownNameWithNoBuiltIns_saysThereAreNone() {
        var e = assertThrows(ScenarioException.class, () -> new ScenarioFinder(
                new BuiltInCatalog("dev/panj/scenarios/nowhere/")).find("baseline"));
        assertEquals("baseline: expected the name of a built-in scenario (there are none) or the path of an existing "
                + "file, found 'baseline'", e.report());
    }

    @Test
    void load_filePath_reportsAgainstThePathAsGiven(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, MINIMAL + "simulation: {tick: 15}\n");
        var e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        assertEquals(file.toString(), e.problems().get(0).file());
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void load_validFile_givesTheConfig(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, MINIMAL);
        LoadedScenario loaded = ScenarioLibrary.load(file.toString());
        assertEquals("t", loaded.name());
        assertEquals(file.toString(), loaded.origin());
    }

    @Test
    void load_directory_isAProblem(@TempDir Path folder) {
        var e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(folder.toString()));
        assertEquals(folder + ": expected a scenario file, found a directory or special file", e.report());
    }

    @Test
    void load_bytesThatAreNotUtf8_isAProblem(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.yaml");
        Files.write(file, "name: Kulob\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        assertEquals(file + ": expected UTF-8 text, found bytes that are not UTF-8", e.report());
    }

    @Test
    void load_fileOverTwoMegabytes_isRejectedWithoutReading(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("big.yaml");
        Files.write(file, new byte[2 * 1024 * 1024 + 1]);
        var e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        assertEquals(file + ": expected a file of at most 2 MB, found 2097153 bytes", e.report());
    }
    @Test
    void builtIns_shipped_listEveryIndexedNameExceptAbstractBases() {
        List<String> listed = ScenarioLibrary.builtIns().stream().map(BuiltInScenario::name).toList();
        List<String> indexed = new BuiltInCatalog(BuiltInCatalog.DEFAULT_BASE).names();
        assertTrue(listed.contains("baseline"), listed.toString());
        assertFalse(listed.contains("base"), listed.toString());
        assertTrue(indexed.contains("base"), indexed.toString());
        assertEquals(indexed.stream().filter(n -> !n.equals("base")).toList(), listed);
    }

    @Test
    void builtIns_shipped_everyOneHasADescription() {
        for (BuiltInScenario builtIn : ScenarioLibrary.builtIns()) {
            assertFalse(builtIn.description().isBlank(), builtIn.name());
        }
    }

    @Test
    void builtIns_everyShippedScenario_extendsTheCommonBase() throws Exception {
        for (BuiltInScenario builtIn : ScenarioLibrary.builtIns()) {
            List<String> files = ScenarioLibrary.resolve(builtIn.name()).files();
            assertEquals("builtin/base.yaml", files.get(files.size() - 1), builtIn.name() + ": " + files);
        }
    }

    @Test
    void load_abstractBuiltIn_isRefusedButResolves() throws Exception {
        var e = assertThrows(ScenarioException.class, () -> testLoad("foundation"));
        assertEquals("builtin/foundation.yaml:1:11: abstract: expected a scenario that can run, found one marked "
                + "abstract (a base for other scenarios to extend)", e.report());
        ScenarioFinder finder = new ScenarioFinder(TEST_CATALOG);
        ResolvedScenario resolved = new ScenarioLoader(ScenarioLibrary.geoData(), finder)
                .check(finder.find("foundation"), false);
        assertTrue(resolved.isAbstract());
    }

    @Test
    void load_childOfAbstractBuiltIn_isConcreteAndInherits() throws Exception {
        LoadedScenario loaded = testLoad("derived");
        assertEquals("derived", loaded.name());
        assertEquals("Shared ground", loaded.config().description());
        assertEquals(40, loaded.config().geography().length());
    }

    @Test
    void load_builtInExtendingAPath_isAProblem() {
        var e = assertThrows(ScenarioException.class, () -> testLoad("escapee"));
        assertEquals("builtin/escapee.yaml:1:10: extends: expected the name of a built-in scenario (alpha, derived, "
                + "escapee, foundation, zulu), found '../rich.yaml'", e.report());
    }

    @Test
    void load_base_isRefusedAsAbstract() {
        var e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load("base"));
        assertEquals(1, e.problems().size());
        assertEquals("abstract", e.problems().get(0).path());
    }

    @Test
    void resolve_baseline_isTheBaseWithTheCalibratedThreat() throws Exception {
        ResolvedScenario base = ScenarioLibrary.resolve("base");
        ResolvedScenario baseline = ScenarioLibrary.resolve("baseline");
        List<String> differences = ScenarioLibrary.differences(base.scenario().config(), baseline.scenario().config());
        assertEquals("militants.breakpoint: 0.5 → 0.85", differences.get(0));
        assertEquals(15, differences.size(), differences.toString());
        assertTrue(differences.subList(1, 15).stream().allMatch(d -> d.startsWith("arrivals[")), differences.toString());
        assertEquals(List.of("builtin/baseline.yaml", "builtin/base.yaml"), baseline.files());
    }
}
