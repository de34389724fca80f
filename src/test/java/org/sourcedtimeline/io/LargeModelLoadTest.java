package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

/**
 * A model large enough for the loader's second thread (25,000 quotes): progress, cancelling, the
 * same problems in the same order as one thread would give, and refusing what cannot fit in memory.
 */
class LargeModelLoadTest {
    @TempDir static Path dir;
    static SyntheticModel.Generated generated;
    static Path file;

    @BeforeAll
    static void generate() throws Exception {
        generated = SyntheticModel.generate(5_000, 25_000, 11);
        for (Map.Entry<String, byte[]> f : generated.articles().entrySet()) AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
        file = dir.resolve("model.json");
        AtomicFiles.write(file, ModelWriter.toBytes(generated.model()));
    }

    @Test
    void progressRisesToTheEnd() {
        List<Double> seen = new ArrayList<>();
        ModelLoader.Result r = ModelLoader.load(file, new LoadMonitor() {
            @Override public void progress(double fraction) { seen.add(fraction); }

            @Override public boolean cancelled() { return false; }
        });
        assertTrue(r.ok(), () -> r.problems().toString());
        assertTrue(seen.size() > 10, "reported often enough to move a bar: " + seen.size());
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), "never goes back: " + seen);
        assertTrue(seen.stream().anyMatch(f -> f > 0.2 && f < ModelLoader.READING_SHARE), "reading is reported as it goes");
        assertTrue(seen.stream().anyMatch(f -> f > ModelLoader.READING_SHARE && f < 1), "so are the checks");
        assertEquals(1.0, seen.get(seen.size() - 1));
    }

    /**
     * The quotes of a loaded model read their words from their articles instead of keeping copies
     * (two fifths of a large model's memory), and say exactly what the file says.
     */
    @Test
    void loadedQuotesReadTheirWordsFromTheArticlesTheyWereCheckedAgainst() {
        ModelLoader.Result r = ModelLoader.load(file);
        assertTrue(r.ok(), () -> r.problems().toString());
        List<Quote> loaded = r.loaded().model().quotes();
        for (Quote q : loaded)
            assertTrue(q.selector().isAnchoredIn(r.loaded().article(q.sourceId())), q.id());
        assertEquals(generated.model().quotes(), loaded, "the same quotes, word for word");
    }

    @Test
    void aCancelledLoadStopsAndLoadsNothing() {
        AtomicInteger asked = new AtomicInteger();
        ModelLoader.Result r = ModelLoader.load(file, new LoadMonitor() {
            @Override public void progress(double fraction) { }

            @Override public boolean cancelled() { return asked.incrementAndGet() > 3; }
        });
        assertTrue(r.cancelled());
        assertFalse(r.ok());
        assertEquals(List.of(), r.problems(), "cancelling is not a problem of the file");
        assertTrue(asked.get() < 10, "it stopped at the first question after the cancel: " + asked.get());
    }

    @Test
    void cancellingWhileTheQuotesAreCheckedStopsToo() {
        ModelLoader.Result r = ModelLoader.load(file, new LoadMonitor() {
            private double last;

            @Override public void progress(double fraction) { last = fraction; }

            @Override public boolean cancelled() { return last > ModelLoader.READING_SHARE; }
        });
        assertTrue(r.cancelled());
        assertNull(r.loaded());
    }

    /** Two threads check the quotes; the problems come in the order of the quotes, as from one. */
    @Test
    void problemsInBothHalvesComeInTheOrderOfTheQuotes(@TempDir Path other) throws Exception {
        TimelineModel m = generated.model();
        List<Quote> quotes = new ArrayList<>(m.quotes());
        int[] broken = {3, 9_000, 12_499, 12_500, 20_000, 24_999};
        for (int i : broken) {
            Quote q = quotes.get(i);
            quotes.set(i, new Quote(q.id(), q.eventId(), q.speakerId(), q.speakerLabel(), q.text() + "!", q.sourceId(),
                    q.selector(), q.attribution(), q.saidAt(), q.notes()));
        }
        TimelineModel bad = new TimelineModel(m.schemaVersion(), m.title(), m.sources(), m.actors(), m.events(), quotes);
        for (Map.Entry<String, byte[]> f : generated.articles().entrySet()) AtomicFiles.write(other.resolve(f.getKey()), f.getValue());
        Path badFile = other.resolve("model.json");
        AtomicFiles.write(badFile, ModelWriter.toBytes(bad));
        ModelLoader.Result r = ModelLoader.load(badFile);
        assertFalse(r.ok());
        List<String> named = r.errors().stream().map(p -> p.path()).toList();
        List<String> expected = new ArrayList<>();
        for (int i : broken) expected.add("$.quotes[" + i + "].text");
        assertEquals(expected, named);
        assertTrue(r.errors().get(0).line() > 0, "located to a line");
    }

    @Test
    void aFileTooBigForTheMemoryIsRefusedBeforeReading(@TempDir Path tmp) throws Exception {
        long max = Runtime.getRuntime().maxMemory();
        Path huge = tmp.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(max); // sparse: costs no disk
        }
        ModelLoader.Result r = ModelLoader.load(huge);
        assertFalse(r.ok());
        String message = r.errors().get(0).message();
        assertTrue(message.contains("more than the") && message.contains("-Xmx"), message);
    }

    @Test
    void theMemoryEstimateSaysHowMuchAndWhatToDo() {
        assertNull(ModelLoader.tooBigForMemory(400L << 20, 1L << 30));
        String m = ModelLoader.tooBigForMemory(4L << 30, 4L << 30);
        assertEquals("the model is 4.0 GiB; loading it needs about 4.4 GiB of memory, more than the 4.0 GiB this app may use. "
                + "Start the app with more memory (for example java -Xmx6g -jar timeline.jar), or split the model into smaller ones", m);
    }
}
