package org.sourcedtimeline.io.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcedtimeline.io.Location;

/**
 * Reads strict JSON with Gson's streaming reader into a tree of {@link JsonNode}s that keep their
 * line, column and path. Refuses duplicate keys, trailing content, NaN and nesting deeper than
 * {@link #MAX_DEPTH}: each with a located message rather than an exception from deep inside Gson.
 */
public final class LocatedJsonReader {
    /** Deep enough for any model; shallow enough that no input can exhaust the stack. */
    public static final int MAX_DEPTH = 64;

    // Gson reports positions only through its messages and toString(); this reads them back.
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+) path (\\S*)");

    private LocatedJsonReader() {}

    public static JsonNode parse(String text) throws JsonSyntaxProblem {
        if (text == null) throw new JsonSyntaxProblem("the file is empty (no JSON value)", new Location(1, 1, "$"));
        return parse(new StringReader(text));
    }

    public static JsonNode parse(Reader in) throws JsonSyntaxProblem {
        JsonReader r = new JsonReader(in);
        r.setStrictness(Strictness.STRICT);
        r.setNestingLimit(MAX_DEPTH + 1);
        try {
            if (isEmpty(r)) throw new JsonSyntaxProblem("the file is empty (no JSON value)", new Location(1, 1, "$"));
            JsonNode root = read(r, 0);
            if (!isEmpty(r)) throw new JsonSyntaxProblem("unexpected content after the end of the JSON value", here(r));
            return root;
        } catch (JsonSyntaxProblem p) {
            throw p;
        } catch (EOFException e) {
            throw new JsonSyntaxProblem("the JSON ends too early (truncated file?)", fromMessage(e.getMessage(), r));
        } catch (MalformedJsonException e) {
            throw new JsonSyntaxProblem(clean(e.getMessage()), fromMessage(e.getMessage(), r));
        } catch (IllegalStateException | NumberFormatException | IOException e) {
            throw new JsonSyntaxProblem(clean(String.valueOf(e.getMessage())), fromMessage(e.getMessage(), r));
        }
    }

    /** True at the end of the input; false when anything but white space is left, however malformed. */
    private static boolean isEmpty(JsonReader r) {
        try {
            return r.peek() == JsonToken.END_DOCUMENT;
        } catch (EOFException e) {
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private static JsonNode read(JsonReader r, int depth) throws IOException, JsonSyntaxProblem {
        if (depth > MAX_DEPTH) throw new JsonSyntaxProblem("nesting deeper than " + MAX_DEPTH + " levels", here(r));
        JsonToken t = r.peek();
        Location at = here(r);
        switch (t) {
            case BEGIN_OBJECT -> {
                r.beginObject();
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (r.hasNext()) {
                    String name = r.nextName();
                    Location nameAt = here(r);
                    if (fields.containsKey(name))
                        throw new JsonSyntaxProblem("duplicate key \"" + name + "\"", nameAt);
                    fields.put(name, read(r, depth + 1));
                }
                r.endObject();
                return new JsonNode.Obj(fields, at);
            }
            case BEGIN_ARRAY -> {
                r.beginArray();
                List<JsonNode> items = new ArrayList<>();
                while (r.hasNext()) items.add(read(r, depth + 1));
                r.endArray();
                return new JsonNode.Arr(items, at);
            }
            case STRING -> { return new JsonNode.Str(r.nextString(), at); }
            case NUMBER -> { return new JsonNode.Num(r.nextString(), at); }
            case BOOLEAN -> { return new JsonNode.Bool(r.nextBoolean(), at); }
            case NULL -> { r.nextNull(); return new JsonNode.Null(at); }
            default -> throw new JsonSyntaxProblem("unexpected " + t, at);
        }
    }

    private static Location here(JsonReader r) {
        Location l = parseLocation(r.toString());
        return l != null ? l : Location.path(r.getPath());
    }

    private static Location fromMessage(String message, JsonReader r) {
        Location l = message == null ? null : parseLocation(message);
        return l != null ? l : here(r);
    }

    private static Location parseLocation(String s) {
        Matcher m = LOCATION.matcher(s);
        if (!m.find()) return null;
        return new Location(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    /** Gson's messages end with its location and a troubleshooting link; we give the location ourselves. */
    private static String clean(String message) {
        String s = message;
        int at = s.indexOf(" at line ");
        if (at > 0) s = s.substring(0, at);
        int see = s.indexOf("\nSee ");
        if (see > 0) s = s.substring(0, see);
        s = s.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "").trim();
        if (s.startsWith("Unterminated string")) return "a string is never closed: the JSON ends too early (truncated file?)";
        if (s.isEmpty()) return "malformed JSON here (comments, single quotes, unquoted names, NaN and Infinity are not JSON)";
        return s;
    }
}
