package org.sourcedtimeline.io.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcedtimeline.io.Location;

/**
 * Reads strict JSON with Gson's streaming reader into trees of {@link JsonNode}s. Refuses duplicate
 * keys, trailing content, NaN and nesting deeper than {@link #MAX_DEPTH}, with a located message.
 *
 * <p>Objects and arrays carry their JSON path; scalars share their container's location, and
 * complaints about a field name the field's path. Line and column are not tracked while reading,
 * which would cost more than the parse itself on a large model: {@link LocationResolver} finds them
 * afterwards for the few paths that have a problem.
 */
public final class LocatedJsonReader {
    /** Deep enough for any model; shallow enough that no input can exhaust the stack. */
    public static final int MAX_DEPTH = 64;
    public static final Location ROOT = Location.path("$");

    // Gson reports positions only through its messages and toString(); this reads them back.
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+) path (\\S*)");

    private LocatedJsonReader() {}

    public static JsonReader open(Reader in) {
        JsonReader r = new JsonReader(in);
        r.setStrictness(Strictness.STRICT);
        r.setNestingLimit(MAX_DEPTH + 1);
        return r;
    }

    /** Gson's reader as a {@link JsonPull}: slower than {@link Utf8JsonPull}, but it names every syntax error. */
    public static JsonPull pull(Reader in) {
        JsonReader r = open(in);
        return new JsonPull() {
            public boolean atObject() throws IOException { return r.peek() == JsonToken.BEGIN_OBJECT; }
            public boolean atArray() throws IOException { return r.peek() == JsonToken.BEGIN_ARRAY; }
            public void beginObject() throws IOException { r.beginObject(); }
            public void endObject() throws IOException { r.endObject(); }
            public void beginArray() throws IOException { r.beginArray(); }
            public void endArray() throws IOException { r.endArray(); }
            public boolean hasNext() throws IOException { return r.hasNext(); }
            public String nextName() throws IOException { return r.nextName(); }
            public JsonNode readValue(Location at, int depth) throws IOException, JsonSyntaxProblem {
                return LocatedJsonReader.readValue(r, at, depth);
            }
            public void expectValue() throws JsonSyntaxProblem { LocatedJsonReader.expectValue(r); }
            public void expectEnd() throws JsonSyntaxProblem { LocatedJsonReader.expectEnd(r); }
            public Location here() { return LocatedJsonReader.here(r); }
            public JsonSyntaxProblem translate(Exception e) { return LocatedJsonReader.translate(e, r); }
        };
    }

    public static JsonNode parse(String text) throws JsonSyntaxProblem {
        if (text == null) throw new JsonSyntaxProblem("the file is empty (no JSON value)", new Location(1, 1, "$"));
        return parse(new StringReader(text));
    }

    /** The whole document as one tree; for small files such as the curation. */
    public static JsonNode parse(Reader in) throws JsonSyntaxProblem {
        JsonReader r = open(in);
        try {
            expectValue(r);
            JsonNode root = readValue(r, ROOT, 0);
            expectEnd(r);
            return root;
        } catch (IOException | RuntimeException e) {
            throw translate(e, r);
        }
    }

    /** @throws JsonSyntaxProblem when there is no value at all */
    public static void expectValue(JsonReader r) throws JsonSyntaxProblem {
        if (atEnd(r)) throw new JsonSyntaxProblem("the file is empty (no JSON value)", new Location(1, 1, "$"));
    }

    /** @throws JsonSyntaxProblem when anything but white space follows the value */
    public static void expectEnd(JsonReader r) throws JsonSyntaxProblem {
        if (!atEnd(r)) throw new JsonSyntaxProblem("unexpected content after the end of the JSON value", here(r));
    }

    /** Reads the next value; {@code at} is its location (path), {@code depth} its nesting. */
    public static JsonNode readValue(JsonReader r, Location at, int depth) throws IOException, JsonSyntaxProblem {
        if (depth > MAX_DEPTH) throw new JsonSyntaxProblem("nesting deeper than " + MAX_DEPTH + " levels", here(r));
        JsonToken t = r.peek();
        switch (t) {
            case BEGIN_OBJECT -> {
                r.beginObject();
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (r.hasNext()) {
                    String name = r.nextName();
                    if (fields.containsKey(name)) throw new JsonSyntaxProblem("duplicate key \"" + name + "\"", here(r));
                    fields.put(name, readValue(r, child(r, at, "." + name), depth + 1));
                }
                r.endObject();
                return new JsonNode.Obj(fields, at);
            }
            case BEGIN_ARRAY -> {
                r.beginArray();
                List<JsonNode> items = new ArrayList<>();
                while (r.hasNext()) items.add(readValue(r, child(r, at, "[" + items.size() + "]"), depth + 1));
                r.endArray();
                return new JsonNode.Arr(items, at);
            }
            case STRING -> { return new JsonNode.Str(r.nextString(), at); }
            case NUMBER -> { return new JsonNode.Num(r.nextString(), at); }
            case BOOLEAN -> { return new JsonNode.Bool(r.nextBoolean(), at); }
            case NULL -> { r.nextNull(); return new JsonNode.Null(at); }
            default -> throw new JsonSyntaxProblem("unexpected " + t, here(r));
        }
    }

    /** Only containers get a location of their own: scalars are named by their parent and key. */
    private static Location child(JsonReader r, Location parent, String step) throws IOException {
        JsonToken t = r.peek();
        return t == JsonToken.BEGIN_OBJECT || t == JsonToken.BEGIN_ARRAY ? Location.path(parent.path() + step) : parent;
    }

    /** True at the end of the input; false when anything but white space is left, however malformed. */
    public static boolean atEnd(JsonReader r) {
        try {
            return r.peek() == JsonToken.END_DOCUMENT;
        } catch (EOFException e) {
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** Turns whatever Gson or the decoder threw into a located, readable problem. */
    public static JsonSyntaxProblem translate(Exception e, JsonReader r) {
        if (e instanceof JsonSyntaxProblem p) return p;
        Location at = fromMessage(e.getMessage(), r);
        if (e instanceof EOFException) return new JsonSyntaxProblem("the JSON ends too early (truncated file?)", at);
        if (e instanceof CharacterCodingException)
            return new JsonSyntaxProblem("the file is not valid UTF-8 (Latin-1 or Windows-1252?); convert it to UTF-8", here(r));
        if (e instanceof MalformedJsonException || e instanceof IllegalStateException || e instanceof NumberFormatException)
            return new JsonSyntaxProblem(clean(String.valueOf(e.getMessage())), at);
        return new JsonSyntaxProblem("cannot be read: " + e.getMessage(), at);
    }

    public static Location here(JsonReader r) {
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
        // Gson names what it was in the middle of; a person editing the file needs what is missing.
        if (s.equals("Unterminated object"))
            return "expected ',' or '}' here: is a comma missing after the value before, or the '}' that closes the object?";
        if (s.equals("Unterminated array"))
            return "expected ',' or ']' here: is a comma missing after the item before, or the ']' that closes the list?";
        if (s.equals("Expected name"))
            return "expected a field name in double quotes here (JSON allows no comma before '}')";
        if (s.equals("Expected ':'")) return "expected ':' between the field name and its value";
        if (s.equals("Expected value"))
            return "expected a value here (JSON allows no comma before ']', and strings take double quotes)";
        if (s.isEmpty())
            return "malformed JSON here (a comma before ']', comments, single quotes, unquoted names, NaN and Infinity are not JSON)";
        return s;
    }
}
