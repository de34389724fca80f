package org.sourcedtimeline.io;

import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Source;

/**
 * Reads, hashes and decodes the articles of a model on a second thread, started as soon as the
 * sources are decoded, while the events and quotes are still being parsed: on a large model this
 * takes the articles off the load's critical path.
 */
public final class ArticleReads {
    /** One article: its bytes' sha256 and text, or why it could not be had ({@code notUtf8} keeps the bytes to say why). */
    record Read(String sha256, ArticleText text, SourceFolder.SourceAccessException refused, byte[] notUtf8) {}

    private final SourceFolder folder;
    private final Map<String, CompletableFuture<Read>> reads = new HashMap<>();

    private ArticleReads(SourceFolder folder) { this.folder = folder; }

    /** Reads on the calling thread, when asked: for small models a thread is not worth starting. */
    static ArticleReads onDemand(SourceFolder folder) { return new ArticleReads(folder); }

    /** Starts reading the files of {@code sources} in the background, in order, on one daemon thread. */
    public static ArticleReads start(List<Source> sources, SourceFolder folder) {
        ArticleReads r = new ArticleReads(folder);
        Executor oneThread = task -> {
            Thread t = new Thread(task, "article-reads");
            t.setDaemon(true);
            t.start();
        };
        List<String> files = sources.stream().map(Source::file).distinct().toList();
        files.forEach(r::future);
        CompletableFuture<Void> all = CompletableFuture.runAsync(() -> {
            for (String f : files) r.future(f).complete(read(folder, f));
        }, oneThread);
        all.exceptionally(e -> {
            files.forEach(f -> r.future(f).completeExceptionally(e));
            return null;
        });
        return r;
    }

    /** The article at {@code file}, waiting for the background read if it is still going. */
    Read get(String file) {
        CompletableFuture<Read> f;
        synchronized (this) {
            f = reads.get(file);
        }
        if (f == null) return read(folder, file);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading article " + file + " failed", e.getCause());
        }
    }

    /**
     * The text of {@code source}'s article when it could be read and still has the model's sha256,
     * waiting for the background read; null otherwise, and never an exception: the validator reports
     * what went wrong, in its place and order.
     */
    public ArticleText unchanged(Source source) {
        try {
            Read r = get(source.file());
            return r.text() != null && source.sha256() != null && source.sha256().equals(r.sha256()) ? r.text() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private synchronized CompletableFuture<Read> future(String file) {
        return reads.computeIfAbsent(file, k -> new CompletableFuture<>());
    }

    private static Read read(SourceFolder folder, String file) {
        byte[] bytes;
        try {
            bytes = folder.read(file);
        } catch (SourceFolder.SourceAccessException e) {
            return new Read(null, null, e, null);
        }
        String sha = ArticleDecoder.sha256(bytes);
        try {
            return new Read(sha, ArticleDecoder.decode(bytes), null, null);
        } catch (CharacterCodingException e) {
            return new Read(sha, null, null, bytes);
        }
    }
}
