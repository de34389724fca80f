package org.sourcedtimeline.model;

/** When an article appeared, as far as can be told, and how that was inferred. */
public record Published(PartialDate date, String inferredFrom) {}
