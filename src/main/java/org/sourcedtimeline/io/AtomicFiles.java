package org.sourcedtimeline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that a crash never leaves half of it: a temporary file beside it, then one rename. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What produces the file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * As {@link #write(Path, Content)}, the file readable and writable by its owner alone from the
     * moment it exists (where the file system has permissions): for secrets and the user's own caches.
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = tempBeside(dir, abs.getFileName().toString(), ownerOnly);
        try {
            if (!ownerOnly) keepPermissions(abs, tmp);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                // On disk before the rename: otherwise a power cut can leave the new name on an empty file.
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty file beside the target. Made with the system's default permissions (the user's
     * umask), not those of {@code Files.createTempFile}, which are the owner's alone: a model built for
     * others to read must stay readable by them.
     */
    private static Path tempBeside(Path dir, String name, boolean ownerOnly) throws IOException {
        java.nio.file.attribute.FileAttribute<?>[] attributes = ownerOnly && dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            // Made only if no file or link has the name already (CREATE_NEW), so a guessable name is safe.
            Path p = dir.resolve("." + name + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(p, attributes);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 16) throw e;
            }
        }
    }

    /** A file written again keeps the permissions it had. */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target)) Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (IOException | UnsupportedOperationException e) {
            // Not POSIX (Windows), or not ours to read: the new file keeps the default permissions.
        }
    }

    /** Makes the rename itself durable where the system allows a directory to be synced (Linux, macOS); elsewhere a no-op. */
    private static void syncDirectory(Path dir) {
        try (java.nio.channels.FileChannel d = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory this way; NTFS's rename is journalled.
        }
    }
}
