package dev.mandel.json;

import dev.mandel.session.Session;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.mandel.io.AtomicFile;
import dev.mandel.io.BoundedRead;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Saves a {@link Session} as pretty-printed JSON and loads one back.
 *
 * <p>Writing is atomic (no half-written file). Loading checks, in order: the file is readable, it
 * is JSON, it is an object with a {@code formatVersion} this build reads, and every field is
 * present and valid. Each failure is a {@link SessionFormatException} with one line that names the
 * file and the problem, never a Jackson stack trace.
 */
public final class SessionFile {

    /**
     * Larger files are refused while reading, before parsing: a 960-row session is about 100 KiB, so
     * this holds views of over 100,000 rows, and parsing it fits a small heap.
     */
    static final int MAX_BYTES = 16 << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final java.util.regex.Pattern MISSING =
            java.util.regex.Pattern.compile("Missing creator property '([^']*)'");

    private SessionFile() {
    }

    public static void save(Path path, Session session) throws IOException {
        AtomicFile.write(path, out -> write(out, session));
    }

    /** Writes the session's JSON to a stream (one output of a command's transaction). */
    public static void write(OutputStream out, Session session) throws IOException {
        JSON.writeValue(out, session);
    }

    public static Session load(Path path) {
        byte[] bytes = read(path);
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonParseException e) {
            throw bad(path, "not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw bad(path, "not valid JSON (" + e.getMessage() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw bad(path, "not a session (expected a JSON object)");
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw bad(path, "not a session (no formatVersion field)");
        }
        if (version.intValue() != Session.FORMAT_VERSION) {
            throw bad(path, "session format version " + version.intValue() + " is not supported (this build reads "
                    + Session.FORMAT_VERSION + ")");
        }
        try {
            return JSON.treeToValue(tree, Session.class);
        } catch (UnrecognizedPropertyException e) {
            throw bad(path, "unknown field '" + e.getPropertyName() + "' at " + where(e));
        } catch (JacksonException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof IllegalArgumentException iae && cause != e) {
                throw bad(path, iae.getMessage());
            }
            String original = e.getOriginalMessage();
            java.util.regex.Matcher missing = MISSING.matcher(original == null ? "" : original);
            if (missing.find()) {
                throw bad(path, "missing field '" + missing.group(1) + "' in " + where(e).replaceAll("\\[\"[^\"]*\"\\]$", ""));
            }
            throw bad(path, original + " at " + where(e));
        } catch (IllegalArgumentException e) {
            throw bad(path, e.getMessage());
        }
    }

    private static byte[] read(Path path) {
        try {
            return BoundedRead.bytes(path, MAX_BYTES);
        } catch (IOException e) {
            throw new SessionFormatException(e.getMessage());
        }
    }

    private static String where(JacksonException e) {
        String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
        return path == null || path.isEmpty() ? "the top level" : path.replace("dev.mandel.session.", "");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static SessionFormatException bad(Path path, String problem) {
        String line = problem == null ? "invalid" : problem.replace('\n', ' ').strip();
        return new SessionFormatException(path + " is not a usable session: " + line);
    }
}
