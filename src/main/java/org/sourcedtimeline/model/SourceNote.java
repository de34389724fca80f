package org.sourcedtimeline.model;

/** A defect of the article itself (misspelt name, unclosed quotation mark, missing space), kept, never fixed. */
public record SourceNote(TextRange range, String exact, String note) {}
