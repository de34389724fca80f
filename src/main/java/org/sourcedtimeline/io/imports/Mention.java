package org.sourcedtimeline.io.imports;

/**
 * A place in the article that names someone: an actor of the model ({@code actorId}), or a speaker
 * the article does not name ({@code label}, « un responsable américain »), with how it was recognised.
 * UTF-16 indices.
 */
record Mention(int start, int end, String actorId, String label, String how) {
    boolean named() { return actorId != null; }
}
