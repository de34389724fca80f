package org.sourcedtimeline.io.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sourcedtimeline.AppInfo;
import org.sourcedtimeline.CacheDir;
import org.sourcedtimeline.io.ArticleReads;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.DirectorySourceFolder;
import org.sourcedtimeline.io.LoadMonitor;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Source;

/**
 * Loads a large model file from the user's cache of checked models when the cache provably stands
 * for it, and by the full {@link ModelLoader} otherwise. A cache is taken only when its HMAC under
 * the user's {@link CacheKey} is right, it was written by this version of the app for this file,
 * the file's sha256 now is the one recorded, and every article still has its sha256; any doubt and
 * the file is loaded whole, then cached again in the background. See docs/model-cache.md.
 */
public final class ModelCache {
    /** Models smaller than this load faster whole than a cache could be checked. */
    public static final long MIN_MODEL_BYTES = 8L << 20;
    /** Caches kept, the most recently used; each is about a seventh of its model's size. */
    static final int MAX_CACHES = 3;
    static final String SUFFIX = ".model-cache";

    /** How a load used the cache. */
    public enum Use {
        /** The model came from the cache. */
        HIT,
        /** There was no cache for the file, or it was for other bytes: loaded whole, cached again. */
        MISS,
        /** A cache was there and refused (bad signature, bad layout, a changed article): loaded whole. */
        REFUSED,
        /** The file is small, or the cache folder cannot be used: loaded whole, not cached. */
        NOT_USED
    }

    /** A load's result, how the cache served it, and why (for the status line and the log). */
    public record Outcome(ModelLoader.Result result, Use use, String note) {}

    private static volatile ModelCache forUser;

    private final Path dir;
    private final long minBytes;
    private final Executor writes;

    public ModelCache(Path dir, long minBytes, Executor writes) {
        this.dir = dir.toAbsolutePath().normalize();
        this.minBytes = minBytes;
        this.writes = writes;
    }

    /** The cache in this user's {@link CacheDir}, writing on one background thread of its own. */
    public static ModelCache forUser() {
        ModelCache c = forUser;
        if (c == null) {
            synchronized (ModelCache.class) {
                if (forUser == null) forUser = new ModelCache(CacheDir.resolve(), MIN_MODEL_BYTES, Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "model-cache-writer");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                }));
                c = forUser;
            }
        }
        return c;
    }

    /** Loads {@code file}: from its cache when that is proven to be the same checked model, else whole. */
    public Outcome load(Path file, LoadMonitor monitor) {
        Path abs = file.toAbsolutePath().normalize();
        String name = file.toString();
        BasicFileAttributes before;
        try {
            before = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Outcome(ModelLoader.load(file, monitor), Use.NOT_USED, "the file cannot be read");
        }
        if (before.size() < minBytes) return new Outcome(ModelLoader.load(file, monitor), Use.NOT_USED, "the file is small");
        CacheKey key;
        try {
            key = CacheKey.in(ownerOnlyDir());
        } catch (IOException | RuntimeException e) {
            return new Outcome(ModelLoader.load(file, monitor), Use.NOT_USED, "the cache folder " + dir + " cannot be used: " + e.getMessage());
        }
        Path cacheFile = dir.resolve(cacheName(abs));
        CacheHeader expected = new CacheHeader(CacheHeader.FORMAT, CacheHeader.FORMAT_VERSION, AppInfo.version(), name, abs.toString(),
                before.size(), before.lastModifiedTime().toMillis(), null);
        Use use = Use.MISS;
        String note = "no cache for this file yet";
        if (Files.isRegularFile(cacheFile)) {
            try {
                ModelLoader.Result hit = fromCache(cacheFile, abs, expected, key, monitor);
                touch(cacheFile);
                return new Outcome(hit, Use.HIT, "from the checked cache " + cacheFile.getFileName());
            } catch (Stale s) {
                note = s.getMessage();
            } catch (ArticleChanged e) {
                use = Use.REFUSED;
                note = e.getMessage();
            } catch (IOException | RuntimeException e) {
                use = Use.REFUSED;
                note = "the cache was refused: " + e.getMessage();
            }
        }
        ModelLoader.Result r = ModelLoader.load(file, monitor);
        if (r.ok()) writes.execute(() -> store(abs, expected, before, r, cacheFile, key));
        return new Outcome(r, use, note);
    }

    /** A cache written for other bytes, another app version or another file: not wrong, just not this one's. */
    private static final class Stale extends Exception {
        Stale(String why) { super(why, null, false, false); }
    }

    private ModelLoader.Result fromCache(Path cacheFile, Path model, CacheHeader expected, CacheKey key, LoadMonitor monitor)
            throws IOException, Stale, ArticleChanged {
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<String> modelHash = new CompletableFuture<>();
        Thread hasher = new Thread(() -> {
            try {
                modelHash.complete(FileHash.sha256(model, abandoned::get));
            } catch (Throwable t) {
                modelHash.completeExceptionally(t);
            }
        }, "model-hash");
        hasher.setDaemon(true);
        hasher.start();
        try {
            byte[] bytes = Files.readAllBytes(cacheFile);
            int length = bytes.length - CacheKey.TAG_BYTES;
            if (length <= 0) throw new CacheFormatException("the cache is truncated");
            byte[] tag = java.util.Arrays.copyOfRange(bytes, length, bytes.length);
            if (!MessageDigest.isEqual(tag, key.tag(bytes, length)))
                throw new CacheFormatException("its signature is wrong (edited, truncated, or not written by this user's app)");
            monitor.progress(0.1);
            try (CheckedModelReader reader = new CheckedModelReader(bytes, length)) {
                CacheHeader header = reader.header();
                String mismatch = header.mismatch(expected);
                if (mismatch != null) throw new Stale(mismatch);
                ArticleReads[] reads = new ArticleReads[1];
                DirectorySourceFolder folder = new DirectorySourceFolder(model.getParent());
                CheckedModelReader.Articles articles = new CheckedModelReader.Articles() {
                    @Override public void sourcesRead(List<Source> sources) { reads[0] = ArticleReads.start(sources, folder); }

                    @Override public ArticleText text(Source source) throws ArticleChanged {
                        ArticleText t = reads[0].unchanged(source);
                        if (t == null) throw new ArticleChanged(source.file());
                        return t;
                    }
                };
                CheckedModelReader.Body body = reader.body(articles, expected.name());
                if (monitor.cancelled()) return new ModelLoader.Result(null, List.of(), true);
                monitor.progress(0.9);
                String now = join(modelHash);
                if (!now.equals(header.sha256())) throw new Stale("the model file has changed since it was cached");
                monitor.progress(1);
                return new ModelLoader.Result(body.loaded(), body.warnings());
            }
        } finally {
            abandoned.set(true);
        }
    }

    private static String join(CompletableFuture<String> hash) throws IOException {
        try {
            return hash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the model file", e);
        } catch (ExecutionException e) {
            throw new IOException("the model file cannot be hashed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Caches a model that passed every check. The file is hashed after the load; should it have
     * changed meanwhile (another size or modification time than before the load began), nothing is
     * cached, since the hash would then not be of the bytes that were checked.
     */
    private void store(Path model, CacheHeader expected, BasicFileAttributes before, ModelLoader.Result r, Path cacheFile, CacheKey key) {
        try {
            String sha = FileHash.sha256(model, () -> false);
            BasicFileAttributes after = Files.readAttributes(model, BasicFileAttributes.class);
            if (after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime())) return;
            CacheHeader header = new CacheHeader(expected.format(), expected.formatVersion(), expected.appVersion(), expected.name(),
                    expected.path(), expected.size(), expected.modifiedMillis(), sha);
            AtomicFiles.writeOwnerOnly(cacheFile, out -> CheckedModelWriter.write(out, header, r.loaded(), r.problems(), key));
            evict();
        } catch (IOException | RuntimeException e) {
            // A cache is only ever a shortcut: the next load is a full one, as this was.
            System.err.println("sourced-timeline: the model cache was not written: " + e);
        }
    }

    /** Keeps the {@value #MAX_CACHES} caches used last. */
    private void evict() throws IOException {
        List<Path> caches = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            ds.forEach(caches::add);
        }
        caches.sort(Comparator.comparing(ModelCache::modified).reversed());
        for (int i = MAX_CACHES; i < caches.size(); i++) Files.deleteIfExists(caches.get(i));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path p) {
        try {
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // Only the eviction order suffers.
        }
    }

    private Path ownerOnlyDir() throws IOException {
        if (!Files.isDirectory(dir)) {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix"))
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
            else Files.createDirectories(dir);
        }
        return dir;
    }

    /** One cache file a model path: the start of the path's sha256, so any path makes a safe file name. */
    static String cacheName(Path abs) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(abs.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16) + SUFFIX;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The folder the caches are in. */
    public Path dir() { return dir; }
}
