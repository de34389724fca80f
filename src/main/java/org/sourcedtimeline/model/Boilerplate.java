package org.sourcedtimeline.model;

/** A span of web furniture in an article ("Lire aussi", a comment form, a view counter) that the UI greys out. */
public record Boilerplate(TextRange range, String kind) {}
