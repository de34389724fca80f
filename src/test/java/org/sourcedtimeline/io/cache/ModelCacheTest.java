package org.sourcedtimeline.io.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.TestFiles;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.LoadMonitor;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

/** The cache gives back exactly what a full load gives, or is refused and the file loaded whole. */
class ModelCacheTest {
    @TempDir Path tmp;
    Path models;
    Path cacheDir;
    ModelCache cache;

    @BeforeEach
    void setUp() {
        models = TestFiles.copyOf(TestFiles.seeds(), tmp.resolve("seeds"));
        cacheDir = tmp.resolve("cache");
        cache = new ModelCache(cacheDir, 0, Runnable::run);
    }

    private Path model() { return models.resolve("model.json"); }

    private ModelCache.Outcome load(Path file) { return cache.load(file, LoadMonitor.NONE); }

    private Path cacheFile(Path model) { return cacheDir.resolve(ModelCache.cacheName(model.toAbsolutePath().normalize())); }

    /** Everything the window uses of a load: the model as written, its articles, its problems. */
    private static void assertSameLoad(ModelLoader.Result full, ModelLoader.Result cached) {
        assertTrue(full.ok(), () -> full.problems().toString());
        assertTrue(cached.ok(), () -> cached.problems().toString());
        LoadedModel a = full.loaded(), b = cached.loaded();
        assertEquals(a.model(), b.model());
        assertArrayEquals(ModelWriter.toBytes(a.model()), ModelWriter.toBytes(b.model()), "the model written out, byte for byte");
        assertEquals(a.origin(), b.origin());
        assertEquals(a.articles().keySet(), b.articles().keySet());
        a.articles().forEach((id, t) -> assertEquals(t.text(), b.article(id).text(), id));
        assertEquals(full.problems(), cached.problems());
        for (Quote q : b.model().quotes()) {
            assertTrue(q.selector().isAnchoredIn(b.article(q.sourceId())), "reads its words from its own article: " + q.id());
            assertEquals(q, b.model().quote(q.id()).orElseThrow());
        }
        for (Event e : b.model().events()) assertEquals(a.model().quotesOf(e.id()), b.model().quotesOf(e.id()));
    }

    @Test
    void theSeedModelComesBackFromTheCacheAsTheFullLoadGivesIt() {
        ModelCache.Outcome first = load(model());
        assertEquals(ModelCache.Use.MISS, first.use(), first.note());
        assertTrue(Files.isRegularFile(cacheFile(model())), "written after the full load");
        ModelCache.Outcome second = load(model());
        assertEquals(ModelCache.Use.HIT, second.use(), second.note());
        assertSameLoad(ModelLoader.load(model()), second.result());
        assertSameLoad(first.result(), second.result());
    }

    @Test
    void aModelWithWarningsKeepsItsWarnings() throws IOException {
        SyntheticModel.Generated g = SyntheticModel.generate(300, 1500, 5);
        Path dir = tmp.resolve("synthetic");
        for (Map.Entry<String, byte[]> f : g.articles().entrySet()) AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
        TimelineModel m = g.model();
        // The first quote's event stops listing the quote's source: a warning, not an error.
        Quote q = m.quotes().get(0);
        List<Event> events = new ArrayList<>(m.events());
        int i = events.indexOf(m.event(q.eventId()).orElseThrow());
        Event e = events.get(i);
        List<String> others = m.sources().stream().map(s -> s.id()).filter(id -> !id.equals(q.sourceId())).limit(1).toList();
        events.set(i, new Event(e.id(), e.title(), e.start(), e.end(), e.place(), e.kind(), e.participants(), e.summary(), e.duration(),
                others, e.accounts(), e.translations()));
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, ModelWriter.toBytes(new TimelineModel(m.schemaVersion(), m.title(), m.sources(), m.actors(), events, m.quotes())));
        ModelLoader.Result full = ModelLoader.load(file);
        assertFalse(full.problems().isEmpty(), "the model has a warning");
        load(file);
        ModelCache.Outcome hit = load(file);
        assertEquals(ModelCache.Use.HIT, hit.use(), hit.note());
        assertSameLoad(full, hit.result());
    }

    @Test
    void everyFlippedBitIsRefusedAndTheCacheIsWrittenAgain() throws IOException {
        load(model());
        Path c = cacheFile(model());
        byte[] good = Files.readAllBytes(c);
        Random random = new Random(42);
        for (int n = 0; n < 20; n++) {
            byte[] bad = good.clone();
            int at = random.nextInt(bad.length);
            bad[at] ^= (byte) (1 << random.nextInt(8));
            Files.write(c, bad);
            ModelCache.Outcome o = load(model());
            assertEquals(ModelCache.Use.REFUSED, o.use(), "bit flipped at byte " + at + " of " + bad.length);
            assertTrue(o.note().contains("signature"), o.note());
            assertTrue(o.result().ok(), "loaded whole instead");
            assertEquals(ModelCache.Use.HIT, load(model()).use(), "written again after the full load");
        }
    }

    @Test
    void aTruncatedCacheIsRefused() throws IOException {
        load(model());
        Path c = cacheFile(model());
        byte[] good = Files.readAllBytes(c);
        for (int length : new int[] {0, 1, CacheKey.TAG_BYTES, good.length / 2, good.length - 1}) {
            Files.write(c, java.util.Arrays.copyOf(good, length));
            ModelCache.Outcome o = load(model());
            assertEquals(ModelCache.Use.REFUSED, o.use(), "cut to " + length + " bytes");
            assertTrue(o.result().ok());
        }
    }

    @Test
    void aCacheSignedWithAnotherKeyIsRefused() throws IOException {
        load(model());
        Path key = cacheDir.resolve(CacheKey.FILE);
        byte[] other = new byte[CacheKey.BYTES];
        new Random(7).nextBytes(other);
        Files.write(key, other);
        ModelCache.Outcome o = load(model());
        assertEquals(ModelCache.Use.REFUSED, o.use());
        assertTrue(o.note().contains("signature"), o.note());
    }

    @Test
    void theKeyIsTheUsersAloneAndAKeyOthersCanReadIsReplaced() throws IOException {
        load(model());
        Path key = cacheDir.resolve(CacheKey.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile(model()))));
        byte[] before = Files.readAllBytes(key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        ModelCache.Outcome o = load(model());
        assertEquals(ModelCache.Use.REFUSED, o.use(), "what the old key signed is not taken");
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(key)), "a new key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(ModelCache.Use.HIT, load(model()).use());
    }

    @Test
    void aModelChangedInPlaceAtTheSameSizeAndTimeIsLoadedWhole() throws IOException {
        load(model());
        Path f = model();
        FileTime time = Files.getLastModifiedTime(f);
        String json = Files.readString(f, StandardCharsets.UTF_8);
        TimelineModel before = ModelLoader.load(f).loaded().model();
        String changed = json.replaceFirst("\"title\": \"" + java.util.regex.Pattern.quote(before.title().substring(0, 1)),
                "\"title\": \"" + (before.title().charAt(0) == 'X' ? 'Y' : 'X'));
        assertEquals(json.length(), changed.length());
        assertFalse(json.equals(changed));
        Files.writeString(f, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, time);
        ModelCache.Outcome o = load(f);
        assertEquals(ModelCache.Use.MISS, o.use(), o.note());
        assertTrue(o.note().contains("changed"), o.note());
        assertFalse(before.title().equals(o.result().loaded().model().title()), "the file's new bytes are what is shown");
        assertSameLoad(ModelLoader.load(f), load(f).result());
    }

    @Test
    void aChangedArticleRefusesTheCacheAndTheFullLoadSaysWhy() throws IOException {
        load(model());
        Path article;
        try (Stream<Path> s = Files.list(models)) {
            article = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(article, Files.readString(article) + " ");
        ModelCache.Outcome o = load(model());
        assertEquals(ModelCache.Use.REFUSED, o.use());
        assertTrue(o.note().contains(article.getFileName().toString()), o.note());
        assertFalse(o.result().ok());
        assertTrue(o.result().errors().stream().anyMatch(p -> p.toString().contains(article.getFileName().toString())),
                o.result().problems()::toString);
    }

    @Test
    void aCacheForAnotherNameOrVersionIsNotTaken() throws IOException {
        load(model());
        CacheHeader h = new CacheHeader(CacheHeader.FORMAT, CacheHeader.FORMAT_VERSION, "1", "a", "/m", 10, 0, "x");
        assertEquals(null, h.mismatch(h));
        assertTrue(h.mismatch(new CacheHeader(CacheHeader.FORMAT, CacheHeader.FORMAT_VERSION, "2", "a", "/m", 10, 0, null)).contains("version"));
        assertTrue(h.mismatch(new CacheHeader(CacheHeader.FORMAT, CacheHeader.FORMAT_VERSION, "1", "b", "/m", 10, 0, null)).contains("names"));
        assertTrue(h.mismatch(new CacheHeader(CacheHeader.FORMAT, CacheHeader.FORMAT_VERSION, "1", "a", "/n", 10, 0, null)).contains("another file"));
        assertTrue(h.mismatch(new CacheHeader(CacheHeader.FORMAT, CacheHeader.FORMAT_VERSION, "1", "a", "/m", 11, 0, null)).contains("size"));
        assertTrue(new CacheHeader(CacheHeader.FORMAT, 0, "1", "a", "/m", 10, 0, "x").mismatch(h).contains("format"));
        // The same file opened by another name (relative): its problems would name it otherwise.
        Path relative = Path.of("").toAbsolutePath().relativize(model());
        ModelCache.Outcome o = load(relative);
        assertEquals(ModelCache.Use.MISS, o.use(), o.note());
    }

    /** A cache signed by the right key but with wrong bytes (a bug in a future writer) is refused or read whole, never thrown. */
    @Test
    void resignedCorruptionsNeverThrow() throws IOException {
        load(model());
        Path c = cacheFile(model());
        byte[] good = Files.readAllBytes(c);
        CacheKey key = CacheKey.in(cacheDir);
        Random random = new Random(3);
        int refused = 0;
        for (int n = 0; n < 200; n++) {
            byte[] bad = java.util.Arrays.copyOf(good, good.length - CacheKey.TAG_BYTES);
            for (int k = 0; k < 1 + random.nextInt(3); k++) bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            byte[] signed = java.util.Arrays.copyOf(bad, bad.length + CacheKey.TAG_BYTES);
            System.arraycopy(key.tag(bad, bad.length), 0, signed, bad.length, CacheKey.TAG_BYTES);
            Files.write(c, signed);
            ModelCache.Outcome o = load(model());
            assertNotNull(o.result());
            if (o.use() != ModelCache.Use.HIT) refused++;
            assertTrue(o.result().ok() || o.use() == ModelCache.Use.HIT, o.note());
        }
        assertTrue(refused > 100, "most corruptions break the layout: " + refused);
    }

    @Test
    void smallModelsAndAnUnusableFolderSkipTheCache() throws IOException {
        ModelCache small = new ModelCache(cacheDir, Long.MAX_VALUE, Runnable::run);
        ModelCache.Outcome o = small.load(model(), LoadMonitor.NONE);
        assertEquals(ModelCache.Use.NOT_USED, o.use());
        assertTrue(o.result().ok());
        assertFalse(Files.exists(cacheDir), "nothing written");
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        ModelCache.Outcome u = new ModelCache(notADir, 0, Runnable::run).load(model(), LoadMonitor.NONE);
        assertEquals(ModelCache.Use.NOT_USED, u.use());
        assertTrue(u.note().contains(notADir.toString()), u.note());
        assertTrue(u.result().ok());
    }

    @Test
    void onlyTheCachesUsedLastAreKept() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < ModelCache.MAX_CACHES + 2; i++) {
            Path f = models.resolve("model-" + i + ".json");
            Files.copy(model(), f);
            files.add(f);
            load(f);
            Files.setLastModifiedTime(cacheFile(f), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        try (Stream<Path> s = Files.list(cacheDir)) {
            assertEquals(ModelCache.MAX_CACHES, s.filter(p -> p.toString().endsWith(ModelCache.SUFFIX)).count());
        }
        assertTrue(Files.exists(cacheFile(files.get(files.size() - 1))));
        assertFalse(Files.exists(cacheFile(files.get(0))));
    }

    @Test
    void aCancelledHitLoadsNothing() {
        load(model());
        ModelCache.Outcome o = cache.load(model(), new LoadMonitor() {
            @Override public void progress(double fraction) { }

            @Override public boolean cancelled() { return true; }
        });
        assertTrue(o.result().cancelled() || !o.result().ok());
    }
}
