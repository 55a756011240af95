package dev.panj.results.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON file Panj wrote into a record; a damaged file is a message naming it and the damage, not a trace. */
public final class JsonFiles {
    private JsonFiles() {
    }

    /**
     * Reads {@code file} as {@code type}.
     *
     * @throws OutputDirectoryException ({@link OutputDirectoryException.Kind#DAMAGED}) if it is empty, cut short or
     *                                  not valid JSON of that shape
     */
    public static <T> T read(ObjectMapper mapper, Path file, Class<T> type)
            throws OutputDirectoryException, IOException {
        byte[] bytes = OutputFolder.io("read", file, () -> Files.readAllBytes(file));
        if (bytes.length == 0) {
            throw damaged(file, "is empty: it was not written completely");
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw damaged(file, "holds no JSON object");
            }
            return value;
        } catch (JsonEOFException e) {
            throw damaged(file, "is cut short at line " + line(e) + ": it was not written completely");
        } catch (MismatchedInputException e) {
            throw damaged(file, "is not what Panj writes: at line " + line(e) + " it holds a value of another kind than "
                    + "Panj writes there");
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                throw damaged(file, "is cut short at line " + line(e) + ": it was not written completely");
            }
            throw damaged(file, "is not valid at line " + line(e) + ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse(""));
        }
    }

    private static int line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? 0 : location.getLineNr();
    }

    /** A damaged file: exit code 65. */
    public static OutputDirectoryException damaged(Path file, String what) {
        return new OutputDirectoryException(file + " " + what, OutputDirectoryException.Kind.DAMAGED);
    }
}
