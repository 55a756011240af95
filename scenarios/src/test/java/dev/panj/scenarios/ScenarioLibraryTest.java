package dev.panj.scenarios;

import static dev.panj.scenarios.ScenarioText.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {

    private static ScenarioFinder testFinder() {
        return new ScenarioFinder(new BuiltInCatalog("dev/panj/scenarios/testbuiltin/"),
                new ScenarioLoader(ScenarioLibrary.geoData()));
    }

    @Test
    void builtIns_testCatalogue_sortedWithDescriptionsSkippingMissingFiles() {
        assertEquals(List.of(new BuiltInScenario("alpha", "The first test scenario"), new BuiltInScenario("zulu", "")),
                new BuiltInCatalog("dev/panj/scenarios/testbuiltin/").list());
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
        LoadedScenario loaded = testFinder().load("alpha");
        assertEquals("alpha", loaded.name());
        assertEquals("builtin/alpha.yaml", loaded.origin());
    }

    @Test
    void load_misspeltBuiltInName_suggestsClosestAndAsksForAnExistingPath() {
        var e = assertThrows(ScenarioException.class, () -> testFinder().load("alpah"));
        assertEquals("alpah: expected the name of a built-in scenario (alpha, zulu) or the path of an existing file, "
                + "found 'alpah'; did you mean 'alpha'?", e.report());
    }

    @Test
    void load_listedBuiltInWithoutFile_isUnknown() {
        var e = assertThrows(ScenarioException.class, () -> testFinder().load("ghost"));
        assertEquals("ghost: expected the name of a built-in scenario (alpha, zulu) or the path of an existing file, "
                + "found 'ghost'", e.report());
    }

    @Test
    void load_unknownNameWithNoBuiltIns_saysThereAreNone() {
        var e = assertThrows(ScenarioException.class, () -> new ScenarioFinder(
                new BuiltInCatalog("dev/panj/scenarios/nowhere/"), new ScenarioLoader(ScenarioLibrary.geoData()))
                .load("baseline"));
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
}
