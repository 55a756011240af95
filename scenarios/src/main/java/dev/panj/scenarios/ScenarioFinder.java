package dev.panj.scenarios;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the file a name refers to: what a user typed after a command, or what a file names in {@code extends}.
 * A built-in name comes first (so a stray file in the working folder cannot shadow one), else a path that must
 * exist. An unknown name gets a suggestion among the built-ins.
 */
final class ScenarioFinder {

    private final BuiltInCatalog catalog;

    ScenarioFinder(BuiltInCatalog catalog) {
        this.catalog = catalog;
    }

    BuiltInCatalog catalog() {
        return catalog;
    }

    /** The scenario a user named; a problem is reported against what the user typed. */
    SourceFile find(String nameOrPath) throws ScenarioException {
        try {
            return locate(nameOrPath, null, false);
        } catch (InvalidValueException e) {
            throw new ScenarioException(List.of(new Problem(nameOrPath, 0, 0, "", e.getMessage())));
        }
    }

    /** The scenario that {@code child} extends: a built-in name, or a path relative to the child's folder. */
    SourceFile findParent(String reference, SourceFile child) throws InvalidValueException {
        return locate(reference, child.folder(), child.builtIn());
    }

    private SourceFile locate(String reference, Path folder, boolean onlyBuiltIns) throws InvalidValueException {
        List<String> names = catalog.names();
        if (names.contains(reference)) {
            return SourceFile.builtIn(reference, catalog.text(reference).orElseThrow());
        }
        String listed = names.isEmpty() ? "there are none" : String.join(", ", names);
        if (onlyBuiltIns) {
            throw new InvalidValueException("expected the name of a built-in scenario (" + listed + "), found "
                    + Nodes.quote(reference) + KeySuggester.suffix(reference, names));
        }
        Path path = existing(reference, folder);
        if (path == null) {
            throw new InvalidValueException("expected the name of a built-in scenario (" + listed + ") or the path "
                    + "of an existing file" + (folder == null ? "" : " (relative to " + folder + ")") + ", found "
                    + Nodes.quote(reference) + KeySuggester.suffix(reference, names));
        }
        return SourceFile.file(path, folder == null ? reference : path.toString(), read(path));
    }

    private static Path existing(String reference, Path folder) {
        try {
            Path path = folder == null ? Path.of(reference) : folder.resolve(reference).normalize();
            return !reference.isEmpty() && Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String read(Path path) throws InvalidValueException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InvalidValueException("expected a scenario file, found a directory or special file");
            }
            long size = Files.size(path);
            if (size > SafeYamlReader.MAX_BYTES) {
                throw new InvalidValueException("expected a file of at most 2 MB, found " + size + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("expected UTF-8 text, found bytes that are not UTF-8");
        } catch (IOException e) {
            throw new InvalidValueException("expected a readable file, found an error: " + e.getMessage());
        }
    }
}
