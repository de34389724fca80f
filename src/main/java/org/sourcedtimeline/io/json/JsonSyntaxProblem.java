package org.sourcedtimeline.io.json;

import org.sourcedtimeline.io.Location;

/** The text is not JSON we accept; says where and what. */
public final class JsonSyntaxProblem extends Exception {
    private final transient Location location;

    public JsonSyntaxProblem(String message, Location location) {
        super(message);
        this.location = location;
    }

    public Location location() { return location; }
}
