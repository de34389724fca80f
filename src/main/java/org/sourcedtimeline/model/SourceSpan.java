package org.sourcedtimeline.model;

/** A passage of an article that backs a claim without being a quotation. */
public record SourceSpan(String sourceId, TextRange range, String exact) {}
