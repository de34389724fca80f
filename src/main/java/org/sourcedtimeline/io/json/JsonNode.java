package org.sourcedtimeline.io.json;

import java.util.List;
import java.util.Map;
import org.sourcedtimeline.io.Location;

/** A parsed JSON value that remembers where it was written, so every complaint can point at it. */
public sealed interface JsonNode {
    Location at();

    /** A short name of the JSON type, for messages ("a string", "an object"). */
    String kind();

    record Obj(Map<String, JsonNode> fields, Location at) implements JsonNode {
        public String kind() { return "an object"; }
    }

    record Arr(List<JsonNode> items, Location at) implements JsonNode {
        public String kind() { return "an array"; }
    }

    record Str(String value, Location at) implements JsonNode {
        public String kind() { return "a string"; }
    }

    /** Kept as written: the caller decides whether {@code 1e400} or {@code 2.5} is acceptable. */
    record Num(String literal, Location at) implements JsonNode {
        public String kind() { return "a number"; }
    }

    record Bool(boolean value, Location at) implements JsonNode {
        public String kind() { return "a boolean"; }
    }

    record Null(Location at) implements JsonNode {
        public String kind() { return "null"; }
    }
}
