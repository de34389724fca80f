package org.sourcedtimeline.io.imports;

/** A line of web furniture (code-point offsets), its kind as the curation names kinds, and why. */
public record BoilerplateSuggestion(int start, int end, String kind, String reason) {}
