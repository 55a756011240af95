package dev.panj.results.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every Panj manifest says about its folder, whatever its kind: the kind, the status (and why it failed), how
 * many replications it records, the command of its last session, and the SHA-256 of its finished files. Read before
 * anything else in a folder is trusted ({@code report}, {@code --resume}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManifestView(String kind, Integer schemaVersion, String status, String failure, Integer replications,
                           String command, List<Session> sessions, Map<String, String> sha256) {
    private static final ObjectMapper MAPPER = JsonText.mapper();

    /** A session as every manifest lists it; only the command matters here. */
    public record Session(String command) {
    }

    /**
     * Reads the manifest of {@code dir}.
     *
     * @throws OutputDirectoryException if there is none (exit 2: not a Panj output) or it is damaged (exit 65)
     */
    public static ManifestView read(Path dir) throws OutputDirectoryException, IOException {
        Path file = dir.resolve(OutputDirectory.MARKER);
        if (!Files.isDirectory(dir)) {
            throw new OutputDirectoryException("folder " + dir + (Files.exists(dir) ? " is a file, not a folder"
                    : " does not exist"));
        }
        if (!Files.isRegularFile(file)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + OutputDirectory.MARKER
                    + ", so it is not a Panj output");
        }
        ManifestView view = JsonFiles.read(MAPPER, file, ManifestView.class);
        if (view.kind() == null) {
            // The manifests of run and verify, written once when they end, name no kind: their command does.
            String[] words = view.command() == null ? new String[0] : view.command().split(" ");
            if (words.length < 2 || !words[0].equals("panj")) {
                throw JsonFiles.damaged(file, "is damaged: it names neither a kind nor a command");
            }
            return new ManifestView(words[1], view.schemaVersion(), view.status() == null ? "complete" : view.status(),
                    view.failure(), view.replications(), view.command(), view.sessions(), view.sha256());
        }
        if (view.status() == null) {
            throw JsonFiles.damaged(file, "is damaged: it has no status");
        }
        return view;
    }

    /** The SHA-256 of the finished files, by name; empty for folders written before they were recorded. */
    public Map<String, String> digests() {
        return sha256 == null ? Map.of() : sha256;
    }

    /** The command line of the last session, as the user typed it ({@code panj ...}). */
    public String lastCommand() {
        if (sessions != null && !sessions.isEmpty() && sessions.get(sessions.size() - 1).command() != null) {
            return sessions.get(sessions.size() - 1).command();
        }
        return command == null ? "panj " + kind : command;
    }

    /** The last command with {@code --resume} (and without {@code --overwrite}). */
    public String resumeCommand() {
        String base = lastCommand().replace(" --overwrite", "");
        return base.contains(" --resume") ? base : base + " --resume";
    }

    /** The last command with {@code --overwrite} (and without {@code --resume}). */
    public String overwriteCommand() {
        String base = lastCommand().replace(" --resume", "");
        return base.contains(" --overwrite") ? base : base + " --overwrite";
    }

    /** What to do when a finished file is damaged: run it again; the same seed gives the same results. */
    public String rerunHint() {
        return "run `" + overwriteCommand() + "` to run it again (the same seed gives the same results)";
    }
}
