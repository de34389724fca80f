package org.sourcedtimeline.io.cache;

/** An article of a cached model no longer has the sha256 the model was checked with (or cannot be read). */
public final class ArticleChanged extends Exception {
    private final String file;

    public ArticleChanged(String file) {
        super("the article " + file + " has changed or cannot be read", null, false, false);
        this.file = file;
    }

    public String file() { return file; }
}
