package org.sourcedtimeline.io;

import java.io.IOException;
import java.io.InputStream;

/** The built-in model's articles, shipped inside the application. */
public final class ResourceSourceFolder implements SourceFolder {
    private final Class<?> anchor;
    private final String base;

    /** @param base an absolute resource folder such as {@code /org/sourcedtimeline/seeds/} */
    public ResourceSourceFolder(Class<?> anchor, String base) {
        this.anchor = anchor;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    @Override
    public byte[] read(String relativePath) throws SourceAccessException {
        SourceFolder.checkRelative(relativePath);
        try (InputStream in = anchor.getResourceAsStream(base + relativePath)) {
            if (in == null) throw new SourceAccessException("\"" + relativePath + "\" is not part of the built-in model");
            return in.readNBytes((int) MAX_ARTICLE_BYTES);
        } catch (SourceAccessException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceAccessException("\"" + relativePath + "\" cannot be read: " + e.getMessage());
        }
    }

    @Override
    public String describe() { return "built-in model"; }
}
