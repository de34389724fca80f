package org.sourcedtimeline.io;

import java.io.IOException;

/**
 * Where a model's articles live. Every path a model names is read through this, so that a model can
 * never make the app read outside its own folder tree.
 */
public interface SourceFolder {
    /** Largest article we read; real articles are a few kilobytes. */
    long MAX_ARTICLE_BYTES = 16L * 1024 * 1024;

    /**
     * The bytes of the article at a path relative to the model's folder.
     *
     * @throws SourceAccessException with a message naming the path and the reason it was refused or unreadable
     */
    byte[] read(String relativePath) throws SourceAccessException;

    /** A human name for messages: the folder's path, or "built-in model". */
    String describe();

    final class SourceAccessException extends IOException {
        public SourceAccessException(String message) { super(message); }
    }

    /** The checks that do not depend on where the folder is. */
    static void checkRelative(String path) throws SourceAccessException {
        if (path == null || path.isBlank()) throw new SourceAccessException("the file path is empty");
        if (path.indexOf('\0') >= 0) throw new SourceAccessException("the file path contains a NUL character");
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*"))
            throw new SourceAccessException("\"" + path + "\" is absolute; a source file must be relative to the model's folder");
        for (String seg : path.split("[/\\\\]")) {
            if (seg.equals(".."))
                throw new SourceAccessException("\"" + path + "\" goes up with '..'; a source file must stay inside the model's folder");
        }
        if (path.contains("\\"))
            throw new SourceAccessException("\"" + path + "\" uses '\\'; write paths with '/'");
    }
}
