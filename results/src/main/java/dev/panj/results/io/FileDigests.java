package dev.panj.results.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SHA-256 of the finished files of an output folder, recorded in its manifest and checked when they are read. */
public final class FileDigests {
    private FileDigests() {
    }

    /** The lowercase hex SHA-256 of {@code file}. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = OutputFolder.io("read", file, () -> Files.newInputStream(file))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of each of {@code names} in {@code dir}, in that order. */
    public static Map<String, String> of(Path dir, List<String> names) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : names) {
            digests.put(name, sha256(dir.resolve(name)));
        }
        return digests;
    }

    /**
     * Checks each recorded file against its SHA-256.
     *
     * @throws OutputDirectoryException ({@link OutputDirectoryException.Kind#DAMAGED}) naming the first file that is
     *                                  missing or changed
     */
    public static void check(Path dir, Map<String, String> recorded, String manifest, String redo)
            throws OutputDirectoryException, IOException {
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                throw JsonFiles.damaged(file, "is missing, though " + manifest + " lists it; " + redo);
            }
            if (!sha256(file).equals(e.getValue())) {
                throw JsonFiles.damaged(file, "has changed since Panj wrote it (its SHA-256 differs from the one in "
                        + manifest + "); " + redo);
            }
        }
    }
}
