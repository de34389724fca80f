package org.sourcedtimeline.io.json;

import java.io.IOException;
import org.sourcedtimeline.io.Location;

/**
 * The few pull operations a streaming decoder needs to walk a large document item by item, reading
 * each item as a small located {@link JsonNode} tree. Two readers implement it: {@link Utf8JsonPull},
 * fast, which gives up on anything unusual, and {@link LocatedJsonReader#pull}, Gson's, which says
 * precisely what is wrong.
 */
public interface JsonPull {
    boolean atObject() throws IOException, JsonSyntaxProblem;

    boolean atArray() throws IOException, JsonSyntaxProblem;

    void beginObject() throws IOException, JsonSyntaxProblem;

    void endObject() throws IOException, JsonSyntaxProblem;

    void beginArray() throws IOException, JsonSyntaxProblem;

    void endArray() throws IOException, JsonSyntaxProblem;

    boolean hasNext() throws IOException, JsonSyntaxProblem;

    String nextName() throws IOException, JsonSyntaxProblem;

    /** The next value as a tree; {@code at} is its location, {@code depth} its nesting. */
    JsonNode readValue(Location at, int depth) throws IOException, JsonSyntaxProblem;

    /** @throws JsonSyntaxProblem when there is no value at all */
    void expectValue() throws IOException, JsonSyntaxProblem;

    /** @throws JsonSyntaxProblem when anything but white space follows the value */
    void expectEnd() throws IOException, JsonSyntaxProblem;

    /** Where the reader stands, for messages about the structure around the items (duplicate keys). */
    Location here();

    /**
     * True when no string this reader returns holds a character {@link NodeReader#unsafeCharacter}
     * names, so the {@link NodeReader} need not look for one again.
     */
    default boolean screensUnsafeCharacters() { return false; }

    /** Turns whatever the reader threw into a located, readable problem. */
    JsonSyntaxProblem translate(Exception e);
}
