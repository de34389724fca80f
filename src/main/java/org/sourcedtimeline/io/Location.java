package org.sourcedtimeline.io;

import java.util.Objects;

/**
 * Where in a JSON file a value stands: 1-based line and column (0 while unknown), and its JSON path
 * ({@code $.quotes[3].text}).
 *
 * <p>Every object of a model gets a location while it is read, but only the few with a problem
 * are ever shown: a location made by {@link #field} or {@link #item} builds its path string the
 * first time it is asked for, which keeps a million-object load from building a million strings.
 */
public final class Location {
    public static final Location NONE = new Location(0, 0, "$");

    private final int line;
    private final int column;
    private final Location parent;
    private final String key;
    private final int index;
    private String path;

    public Location(int line, int column, String path) {
        this.line = line;
        this.column = column;
        this.path = Objects.requireNonNull(path, "path");
        this.parent = null;
        this.key = null;
        this.index = -1;
    }

    private Location(Location parent, String key, int index) {
        this.line = 0;
        this.column = 0;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    public static Location path(String path) { return new Location(0, 0, path); }

    /** The location of field {@code name} of the object here. */
    public Location field(String name) { return new Location(this, name, -1); }

    /** The location of item {@code i} of the array here. */
    public Location item(int i) { return new Location(this, null, i); }

    public int line() { return line; }

    public int column() { return column; }

    public String path() {
        String p = path;
        if (p == null) {
            p = key != null ? parent.path() + "." + key : parent.path() + "[" + index + "]";
            path = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && l.line == line && l.column == column && l.path().equals(path());
    }

    @Override
    public int hashCode() { return Objects.hash(line, column, path()); }

    @Override
    public String toString() { return "Location[line=" + line + ", column=" + column + ", path=" + path() + "]"; }
}
