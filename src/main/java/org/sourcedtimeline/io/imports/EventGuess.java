package org.sourcedtimeline.io.imports;

/** The event of the model a quotation belongs to, as the analyser reads it, how sure, and why; eventId null when none fits. */
public record EventGuess(String eventId, double confidence, String reason) {}
