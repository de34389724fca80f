package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half-way (a crash, a full disk, a bug in the producer) leaves the old file whole. */
class AtomicFilesTest {
    @TempDir Path dir;

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aContentThatThrowsHalfWayLeavesTheOldFileIntact() throws Exception {
        Path target = dir.resolve("settings.properties");
        byte[] old = "theme=DARK\n# end\n".getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, old);
        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("theme=LIG".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[200_000]); // past the buffer: half of it has reached the temporary file
            throw new IOException("the disk is full (simulated)");
        }));
        assertEquals("the disk is full (simulated)", crash.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target), "the old file is whole");
        assertEquals(List.of("settings.properties"), names(), "no temporary file is left behind");
    }

    @Test
    void anUncheckedFailureHalfWayLeavesTheOldFileIntactToo() throws Exception {
        Path target = dir.resolve("model.json");
        AtomicFiles.write(target, "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"schemaVer".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals("{\"schemaVersion\": 1}", Files.readString(target));
        assertEquals(List.of("model.json"), names());
    }

    @Test
    void aFailedFirstWriteCreatesNothing() throws Exception {
        Path target = dir.resolve("new.png");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("no PNG writer");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names());
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws Exception {
        Path target = dir.resolve("errors.log");
        AtomicFiles.write(target, "one\n".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, out -> {
            Files.copy(target, out);
            out.write("two\n".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("one\ntwo\n", Files.readString(target));
        assertEquals(List.of("errors.log"), names());
    }

    /** A new file gets the permissions any new file gets here (the umask), not the owner-only ones of a temporary file. */
    @Test
    void aNewFileIsReadableAsAnyNewFileAndARewrittenOneKeepsItsPermissions(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(dir.resolve("probe"));
        Path made = dir.resolve("model.json");
        AtomicFiles.write(made, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(made));
        var kept = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(made, kept);
        AtomicFiles.write(made, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(kept, Files.getPosixFilePermissions(made));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("model.json", "probe"), left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }
}
