package org.sourcedtimeline.io.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.model.TimelineModel;

/**
 * A person's review of one imported article, decision by decision. Each decision edits the curation
 * file (written atomically), builds the model from the seeds, and writes {@code model.json} beside
 * them; a decision the build refuses is taken back at once (the file is written back as it was) and
 * its problems are returned. Every decision can be undone, in the reverse order. Nothing is written
 * if the curation file changed on disk since this session last wrote it (someone else's edit is never
 * overwritten).
 */
public final class ReviewSession {
    /** After a decision: the model built (null when it was refused), and what the build said. */
    public record Outcome(TimelineModel model, List<Problem> problems) {
        public boolean ok() { return model != null; }
    }

    /** An edit of the curation, given the source's id. */
    @FunctionalInterface
    public interface Edit {
        void apply(CurationEdits curation, String sourceId);
    }

    private final Path seeds;
    private final Path curationFile;
    private final ArticleAnalysis analysis;
    private final String title;
    private final Deque<String> before = new ArrayDeque<>();
    private String written;

    public ReviewSession(Path seeds, ArticleAnalysis analysis) throws IOException {
        this.seeds = seeds;
        this.curationFile = seeds.resolve(ModelBuilder.CURATION_FILE);
        this.analysis = analysis;
        String text = analysis.article().text();
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        this.title = first.isEmpty() ? analysis.file() : first.length() > 200 ? first.substring(0, 199) + "…" : first;
        this.written = Files.readString(curationFile, StandardCharsets.UTF_8);
    }

    public ArticleAnalysis analysis() { return analysis; }

    public Path modelFile() { return seeds.resolve("model.json"); }

    public boolean canUndo() { return !before.isEmpty(); }

    /** Applies one decision; {@code closes} when it is the last passage to decide (the source leaves review). */
    public Outcome decide(Edit edit, boolean closes) throws IOException {
        String now = current();
        if (now == null) return refused("curation.json changed on disk since this review last wrote it; reopen the review to see that change");
        CurationEdits c = CurationEdits.parse(now);
        String published = analysis.published() == null ? null : analysis.published().toString();
        String sourceId = c.source(analysis.file(), title, published,
                analysis.publishedFrom() != null ? "read from " + analysis.publishedFrom() : "given when the article was imported");
        edit.apply(c, sourceId);
        if (closes) c.closeReview(sourceId);
        Outcome o = write(c.text());
        if (o.ok()) before.push(now);
        else write(now);
        return o;
    }

    /** Takes back the last decision. */
    public Outcome undo() throws IOException {
        if (before.isEmpty()) return refused("nothing to undo");
        if (current() == null) return refused("curation.json changed on disk since this review last wrote it; nothing undone");
        String previous = before.pop();
        return write(previous);
    }

    /** The curation as this session last wrote it, or null when someone else changed it since. */
    private String current() throws IOException {
        String disk = Files.readString(curationFile, StandardCharsets.UTF_8);
        return disk.equals(written) ? disk : null;
    }

    private Outcome write(String text) throws IOException {
        AtomicFiles.write(curationFile, text.getBytes(StandardCharsets.UTF_8));
        written = text;
        ModelBuilder.Result r = ModelBuilder.build(seeds);
        if (r.ok()) AtomicFiles.write(modelFile(), ModelWriter.toBytes(r.model()));
        return new Outcome(r.model(), r.problems());
    }

    private Outcome refused(String why) {
        return new Outcome(null, List.of(Problem.error(curationFile.toString(), Location.NONE, why)));
    }
}
