package org.sourcedtimeline.io.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.Problem;

/**
 * Typed, located access to the fields of a parsed JSON object. A wrong or missing field becomes a
 * {@link Problem} naming the file, line, column and path, and the accessor returns null so that the
 * caller can go on and report every other problem in the same pass.
 */
public final class NodeReader {
    private final String file;
    private final List<Problem> problems;
    // The JSON reader has screened every string for unsafe characters already.
    private final boolean screened;

    public NodeReader(String file, List<Problem> problems) {
        this(file, problems, false);
    }

    private NodeReader(String file, List<Problem> problems, boolean screened) {
        this.file = file;
        this.problems = problems;
        this.screened = screened;
    }

    /**
     * This reader, for the nodes of {@code r}: the same file and problems, and no second look for
     * unsafe characters when {@code r} screens them (most of a large model's load is its strings).
     */
    public NodeReader readingFrom(JsonPull r) {
        return r.screensUnsafeCharacters() == screened ? this : new NodeReader(file, problems, r.screensUnsafeCharacters());
    }

    public String file() { return file; }

    public List<Problem> problems() { return problems; }

    public void error(Location at, String message) { problems.add(Problem.error(file, at, message)); }

    public void warning(Location at, String message) { problems.add(Problem.warning(file, at, message)); }

    /** Where a field is, or where it should have been (its path; the line is found later). */
    public Location at(JsonNode.Obj o, String key) {
        return at(o.at(), key);
    }

    public Location at(Location object, String key) {
        return object.field(key);
    }

    public JsonNode.Obj object(JsonNode n, String what) {
        if (n instanceof JsonNode.Obj o) return o;
        error(n.at(), what + " must be an object, found " + n.kind());
        return null;
    }

    /** An item of an array, which is named by its index when it is not a container. */
    public JsonNode.Obj item(JsonNode.Arr array, int index, String what) {
        JsonNode n = array.items().get(index);
        if (n instanceof JsonNode.Obj o) return o;
        error(array.at().item(index), what + " must be an object, found " + n.kind());
        return null;
    }

    public JsonNode.Obj object(JsonNode.Obj o, String key, boolean required) {
        JsonNode n = field(o, key, required);
        if (n == null || n instanceof JsonNode.Null) return null;
        if (n instanceof JsonNode.Obj obj) return obj;
        error(at(o, key), "\"" + key + "\" must be an object, found " + n.kind());
        return null;
    }

    public String string(JsonNode.Obj o, String key, boolean required) {
        JsonNode n = field(o, key, required);
        if (n == null || n instanceof JsonNode.Null) {
            if (required && n != null) error(at(o, key), "\"" + key + "\" must not be null");
            return null;
        }
        if (n instanceof JsonNode.Str s) {
            if (required && s.value().isBlank()) error(at(o, key), "\"" + key + "\" must not be empty");
            if (s.value().length() > MAX_STRING) {
                error(at(o, key), "\"" + key + "\" is " + s.value().length() + " characters long; strings longer than "
                        + MAX_STRING + " are refused");
                return null;
            }
            String unsafe = screened ? null : unsafeCharacter(s.value());
            if (unsafe != null)
                warning(at(o, key), "\"" + key + "\" contains " + unsafe + "; the app shows it as a visible marker, never as a control");
            return s.value();
        }
        error(at(o, key), "\"" + key + "\" must be a string, found " + n.kind());
        return null;
    }

    /** An integer within [min, max]; anything else (2.5, 1e99, "3") is reported. */
    public Integer integer(JsonNode.Obj o, String key, boolean required, long min, long max) {
        JsonNode n = field(o, key, required);
        if (n == null || n instanceof JsonNode.Null) {
            if (required && n != null) error(at(o, key), "\"" + key + "\" must not be null");
            return null;
        }
        if (!(n instanceof JsonNode.Num num)) {
            error(at(o, key), "\"" + key + "\" must be a whole number, found " + n.kind());
            return null;
        }
        long v;
        try {
            v = Long.parseLong(num.literal());
        } catch (NumberFormatException e) {
            error(at(o, key), "\"" + key + "\" must be a whole number, found " + abbreviate(num.literal()));
            return null;
        }
        if (v < min || v > max) {
            error(at(o, key), "\"" + key + "\" is " + v + ", outside " + min + ".." + max);
            return null;
        }
        return (int) v;
    }

    public Double number(JsonNode.Obj o, String key, boolean required, double min, double max) {
        JsonNode n = field(o, key, required);
        if (n == null || n instanceof JsonNode.Null) return null;
        if (!(n instanceof JsonNode.Num num)) {
            error(at(o, key), "\"" + key + "\" must be a number, found " + n.kind());
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(num.literal());
        } catch (NumberFormatException e) {
            error(at(o, key), "\"" + key + "\" is not a number: " + abbreviate(num.literal()));
            return null;
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            error(at(o, key), "\"" + key + "\" is " + abbreviate(num.literal()) + ", outside " + min + ".." + max);
            return null;
        }
        return v;
    }

    public List<JsonNode> array(JsonNode.Obj o, String key, boolean required) {
        JsonNode n = field(o, key, required);
        if (n == null || n instanceof JsonNode.Null) return List.of();
        if (n instanceof JsonNode.Arr a) return a.items();
        error(at(o, key), "\"" + key + "\" must be an array, found " + n.kind());
        return List.of();
    }

    public List<String> strings(JsonNode.Obj o, String key, boolean required) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(o, key, required);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonNode.Str s) out.add(s.value());
            else error(at(o, key).item(i), "items of \"" + key + "\" must be strings, found "
                    + items.get(i).kind());
        }
        return out;
    }

    /** Names keys that the format does not know, which are usually typos of ones it does. */
    public void unknownKeys(JsonNode.Obj o, Set<String> known) {
        for (var e : o.fields().entrySet()) {
            if (!known.contains(e.getKey()))
                warning(at(o, e.getKey()), "unknown field \"" + e.getKey() + "\" is ignored (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }

    private JsonNode field(JsonNode.Obj o, String key, boolean required) {
        JsonNode n = o.fields().get(key);
        if (n == null && required) error(at(o, key), "missing required field \"" + key + "\"");
        return n;
    }

    /** Longest string accepted in a model; a real quote or summary is a few hundred characters. */
    public static final int MAX_STRING = 1_000_000;

    /** Names the first control or bidirectional-override character, which could disguise text; null if none. */
    public static String unsafeCharacter(String s) {
        // Every string of a model read by Gson's reader passes here: printable ASCII and most letters are let through first.
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x7F && (c >= 0x20 || c == '\n' || c == '\t')) continue;
            if (c >= 0xA0 && c < 0x061C) continue;
            if (isUnsafe(c)) return String.format(c < 0xA0 ? "the control character U+%04X" : "the bidirectional control U+%04X", (int) c);
        }
        return null;
    }

    /** A control character other than line feed and tab, or a bidirectional control: they could disguise text. */
    public static boolean isUnsafe(char c) {
        if (c < 0x20) return c != '\n' && c != '\t';
        if (c < 0x7F) return false;
        if (c < 0xA0) return true;
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    public static String abbreviate(String s) {
        String cut = s.length() <= 40 ? s : s.substring(0, 37) + "…";
        // One problem, one line: an excerpt's line breaks and other controls are written as JSON writes them.
        StringBuilder b = null;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            String esc = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || isUnsafe(c) ? String.format("\\u%04x", (int) c) : null;
            if (esc != null && b == null) b = new StringBuilder(cut.length() + 8).append(cut, 0, i);
            if (b != null) {
                if (esc != null) b.append(esc);
                else b.append(c);
            }
        }
        return b == null ? cut : b.toString();
    }
}
