package org.sourcedtimeline.io.imports;

/** A place of one of the model's events named in the article (UTF-16 indices), with that event's id. */
public record PlaceMention(int start, int end, String words, String eventId) {}
