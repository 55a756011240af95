package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.panj.sim.config.ScenarioConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference is generated from the records, and the committed copy in docs/ is the generated text. */
class ReferenceDocTest {

    private static final String FILE = "docs/scenario-reference.md";
    private static final String REGENERATE = "./panj scenarios reference --out " + FILE;

    @Test
    void reference_committedFile_isUpToDate() throws IOException {
        Path file = repositoryRoot().resolve(FILE);
        String generated = ScenarioLibrary.reference();
        if (!Files.exists(file)) {
            fail(FILE + " is missing; generate it with: " + REGENERATE);
        }
        List<String> committed = Files.readString(file).lines().toList();
        List<String> fresh = generated.lines().toList();
        for (int i = 0; i < Math.max(committed.size(), fresh.size()); i++) {
            String a = i < committed.size() ? committed.get(i) : "(end of file)";
            String b = i < fresh.size() ? fresh.get(i) : "(end of file)";
            if (!a.equals(b)) {
                fail(FILE + " is out of date (the configuration records changed); regenerate it with: " + REGENERATE
                        + "\nfirst difference at line " + (i + 1) + ":\n  committed: " + a + "\n  generated: " + b);
            }
        }
    }

    @Test
    void reference_everyKeyOfEveryRecord_hasARowInItsSection() {
        String markdown = ScenarioLibrary.reference();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ScenarioConfig.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            int section = markdown.indexOf("\n## " + type.getSimpleName() + "\n");
            assertTrue(section >= 0, "no section for " + type.getSimpleName());
            int end = markdown.indexOf("\n## ", section + 1);
            String body = markdown.substring(section, end < 0 ? markdown.length() : end);
            for (ParamSpec spec : RecordSchema.of(type).components()) {
                assertTrue(body.contains("\n| `" + spec.name() + "` | "), type.getSimpleName() + "." + spec.name());
                if (spec.type().isRecord()) {
                    todo.add(spec.type());
                } else if (spec.isList() && spec.elementType().isRecord()) {
                    todo.add(spec.elementType());
                }
            }
        }
    }

    /** The repository's root: the nearest folder above the working folder that holds {@code docs/}. */
    private static Path repositoryRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("docs"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no folder with docs/ above " + Path.of("").toAbsolutePath());
    }
}
