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
 * Resolves what a user typed after {@code --scenario}: a built-in name first (so a stray file in the working
 * folder cannot shadow one), else a path that must exist. An unknown name gets a suggestion among the built-ins.
 */
final class ScenarioFinder {

    private final BuiltInCatalog catalog;
    private final ScenarioLoader loader;

    ScenarioFinder(BuiltInCatalog catalog, ScenarioLoader loader) {
        this.catalog = catalog;
        this.loader = loader;
    }

    LoadedScenario load(String nameOrPath) throws ScenarioException {
        List<String> names = catalog.names();
        if (names.contains(nameOrPath)) {
            return loader.parse(catalog.text(nameOrPath).orElseThrow(), BuiltInCatalog.origin(nameOrPath));
        }
        Path path = existing(nameOrPath);
        if (path == null) {
            String listed = names.isEmpty() ? "there are none" : String.join(", ", names);
            throw single(nameOrPath, "expected the name of a built-in scenario (" + listed + ") or the path of an "
                    + "existing file, found " + Nodes.quote(nameOrPath) + KeySuggester.suffix(nameOrPath, names));
        }
        return loader.parse(read(path, nameOrPath), nameOrPath);
    }

    private static Path existing(String nameOrPath) {
        try {
            Path path = Path.of(nameOrPath);
            return Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String read(Path path, String origin) throws ScenarioException {
        try {
            if (!Files.isRegularFile(path)) {
                throw single(origin, "expected a scenario file, found a directory or special file");
            }
            long size = Files.size(path);
            if (size > SafeYamlReader.MAX_BYTES) {
                throw single(origin, "expected a file of at most 2 MB, found " + size + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw single(origin, "expected UTF-8 text, found bytes that are not UTF-8");
        } catch (IOException e) {
            throw single(origin, "expected a readable file, found an error: " + e.getMessage());
        }
    }

    private static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, 0, "", message)));
    }
}
