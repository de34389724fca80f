package org.sourcedtimeline.io;

/** Where in a JSON file a value stands: 1-based line and column, and its JSON path ({@code $.quotes[3].text}). */
public record Location(int line, int column, String path) {
    public static final Location NONE = new Location(0, 0, "$");

    public static Location path(String path) { return new Location(0, 0, path); }
}
