package org.sourcedtimeline.model;

/** How sure the article lets us be of who spoke. */
public enum Attribution implements WireName {
    /** The article names the speaker at the quote. */
    EXPLICIT("explicit"),
    /** The speaker follows from context: a pronoun, the previous paragraph. */
    INFERRED("inferred"),
    /** The article does not let a careful reader decide. */
    AMBIGUOUS("ambiguous");

    private final String json;

    Attribution(String json) { this.json = json; }

    @Override
    public String json() { return json; }

    public static Attribution fromJson(String s) {
        for (Attribution a : values()) if (a.json.equals(s)) return a;
        return null;
    }
}
