package org.sourcedtimeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Articles in a folder on disk, confined to that folder: no absolute paths, no '..', no symlink leaving it. */
public final class DirectorySourceFolder implements SourceFolder {
    private final Path root;

    public DirectorySourceFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    @Override
    public byte[] read(String relativePath) throws SourceAccessException {
        SourceFolder.checkRelative(relativePath);
        Path p;
        try {
            p = root.resolve(relativePath).normalize();
        } catch (InvalidPathException e) {
            // A lone surrogate anywhere, or an accent under a non-UTF-8 locale (LANG=C): the name has no bytes.
            throw new SourceAccessException("\"" + relativePath + "\" cannot be a file name on this system (file names are "
                    + System.getProperty("sun.jnu.encoding") + " here: " + e.getReason() + ")");
        }
        if (!p.startsWith(root)) throw new SourceAccessException("\"" + relativePath + "\" leaves the model's folder");
        try {
            Path real = p.toRealPath();
            Path realRoot = root.toRealPath();
            if (!real.startsWith(realRoot))
                throw new SourceAccessException("\"" + relativePath + "\" is a link that leads outside the model's folder (to " + real + ")");
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS))
                throw new SourceAccessException("\"" + relativePath + "\" is not a regular file");
            long size = Files.size(real);
            if (size > MAX_ARTICLE_BYTES)
                throw new SourceAccessException("\"" + relativePath + "\" is " + size + " bytes; articles larger than "
                        + MAX_ARTICLE_BYTES + " bytes are refused");
            // Opened without following a link: a file swapped for a link after the checks above is refused, not read.
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                return in.readNBytes((int) MAX_ARTICLE_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new SourceAccessException("\"" + relativePath + "\" does not exist in " + root);
        } catch (SourceAccessException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceAccessException("\"" + relativePath + "\" cannot be read: " + e.getMessage());
        }
    }

    @Override
    public String describe() { return root.toString(); }
}
