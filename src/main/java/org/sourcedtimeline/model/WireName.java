package org.sourcedtimeline.model;

/** An enum constant's spelling in the model file ("bilateral-meeting"), kept apart from its Java name. */
public interface WireName {
    String json();

    /** The accepted spellings, for messages. */
    static String list(WireName[] values) {
        StringBuilder b = new StringBuilder();
        for (WireName v : values) b.append(b.length() > 0 ? ", " : "").append(v.json());
        return b.toString();
    }
}
