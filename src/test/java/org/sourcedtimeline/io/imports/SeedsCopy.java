package org.sourcedtimeline.io.imports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** For the import tests: the committed seeds copied into a folder of the test's, and the fixture articles. */
public final class SeedsCopy {
    private SeedsCopy() {}

    /** {@code dir/seeds}, a copy of the repository's {@code seeds/}. */
    public static Path in(Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        return seeds;
    }

    /** A fixture article written for the tests ({@code vienne.txt}, {@code appel.txt}, {@code bruxelles.txt}). */
    public static Path fixture(String name) throws URISyntaxException {
        return Path.of(SeedsCopy.class.getResource("/org/sourcedtimeline/io/imports/fixture-seeds/" + name).toURI());
    }
}
