package org.sourcedtimeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Paths of the repository's own files and fixtures, for tests run from the project folder. */
public final class TestFiles {
    private TestFiles() {}

    public static Path seeds() { return Path.of("seeds").toAbsolutePath(); }

    public static Path fixture(String name) { return Path.of("src/test/resources/fixtures", name).toAbsolutePath(); }

    /** A writable copy of a fixture folder. */
    public static Path copyOf(Path dir, Path into) {
        try (Stream<Path> files = Files.list(dir)) {
            Files.createDirectories(into);
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, into.resolve(f.getFileName()));
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
