package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code panj scenarios show}: the resolved YAML with, after each value, where it came from. */
class ProvenanceTest {

    @TempDir
    Path folder;

    @Test
    void show_valueSetInTheFile_namesTheFileAndLine() throws Exception {
        String shown = show(write("own.yaml", ScenarioText.MINIMAL + "simulation: {tick: 5 min}\n"));
        assertEquals("  tick: 0.08333333333333333 h", before(shown, "own.yaml:3"));
    }

    @Test
    void show_valueNotWritten_isDefault() throws Exception {
        String shown = show(write("own.yaml", ScenarioText.MINIMAL));
        assertTrue(line(shown, "  duration: 720 h").endsWith("# default"), shown);
        assertTrue(line(shown, "description: \"\"").endsWith("# default"), shown);
    }

    @Test
    void show_inheritedFromAFile_namesTheParentByPath() throws Exception {
        write("parent.yaml", ScenarioText.MINIMAL + "detection: {nightFactor: 0.3}\n");
        String shown = show(write("child.yaml", "extends: parent.yaml\nname: child\n"));
        String parent = folder.resolve("parent.yaml").toString();
        assertTrue(line(shown, "  nightFactor: 0.3").endsWith("# parent " + parent + ":3"), shown);
        assertTrue(line(shown, "name: child").endsWith("# " + folder.resolve("child.yaml") + ":2"), shown);
    }

    @Test
    void show_inheritedFromABuiltIn_namesItByName() throws Exception {
        String shown = show(write("child.yaml", "extends: base\nname: child\nsimulation: {duration: 3 d}\n"));
        assertTrue(line(shown, "  duration: 72 h").endsWith("child.yaml:3"), shown);
        assertTrue(line(shown, "  tick: 0.25 h").matches(".*# parent base:\\d+"), shown);
    }

    @Test
    void show_appendedItems_eachNameTheirOwnFile() throws Exception {
        write("parent.yaml", ScenarioText.MINIMAL + "commands: [{country: TJK}]\n");
        String shown = show(write("child.yaml", "extends: parent.yaml\ncommands+: [{country: KGZ}]\n"));
        assertTrue(line(shown, "  - country: TJK").endsWith("parent.yaml:3"), shown);
        assertTrue(line(shown, "  - country: KGZ").endsWith("child.yaml:2"), shown);
    }

    @Test
    void show_header_namesTheChainAndAbstractness() throws Exception {
        write("parent.yaml", "abstract: true\n" + ScenarioText.MINIMAL);
        Path child = write("child.yaml", "extends: parent.yaml\n");
        List<String> childHeader = show(child).lines().limit(3).toList();
        assertEquals("# " + child + " extends " + folder.resolve("parent.yaml"), childHeader.get(2));
        String parent = ScenarioLibrary.resolve(folder.resolve("parent.yaml").toString()).annotatedYaml();
        assertTrue(parent.contains("\n# abstract: a base for other scenarios to extend; it is not run\n"), parent);
    }

    @Test
    void show_everyValueLine_hasAnOrigin() throws Exception {
        String shown = ScenarioLibrary.resolve("baseline").annotatedYaml();
        for (String line : shown.lines().toList()) {
            if (!line.startsWith("#") && !line.endsWith(":")) {
                assertTrue(line.matches(".*  # (builtin/baseline\\.yaml:\\d+|parent base:\\d+|default)"), line);
            }
        }
    }

    @Test
    void resolvedYaml_hasNoOriginComments() throws Exception {
        Path child = write("child.yaml", "extends: base\nname: child\n");
        String resolved = ScenarioLibrary.load(child.toString()).resolvedYaml();
        assertEquals(1, resolved.lines().filter(l -> l.contains("#")).count(), resolved);
        assertFalse(resolved.contains("parent base"), resolved);
    }

    private String show(Path file) throws ScenarioException {
        return ScenarioLibrary.resolve(file.toString()).annotatedYaml();
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The line starting with {@code start}. */
    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    /** The text of the line whose comment ends with {@code origin}, without the comment and padding. */
    private static String before(String text, String origin) {
        String line = text.lines().filter(l -> l.endsWith(origin)).findFirst()
                .orElseThrow(() -> new AssertionError("no value from " + origin + " in\n" + text));
        return line.substring(0, line.indexOf("  #")).stripTrailing();
    }
}
