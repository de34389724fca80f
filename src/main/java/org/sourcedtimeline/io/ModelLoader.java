package org.sourcedtimeline.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcedtimeline.io.json.JsonSyntaxProblem;
import org.sourcedtimeline.io.json.LocationResolver;
import org.sourcedtimeline.io.json.LocatedJsonReader;
import org.sourcedtimeline.io.json.NodeReader;
import org.sourcedtimeline.io.json.Utf8JsonPull;
import org.sourcedtimeline.model.ArticleText;

/**
 * Reads and checks a model file. Either every check passes and a {@link LoadedModel} comes back, or
 * nothing is loaded and the problems say, file by file, line by line, what is wrong.
 */
public final class ModelLoader {
    /** Where the built-in model and its articles live inside the application. */
    public static final String BUILT_IN_FOLDER = "/org/sourcedtimeline/seeds/";
    public static final String BUILT_IN_MODEL = "model.json";
    /** Larger model files are refused before reading, whatever the memory; see docs/model-format.md. */
    public static final long MAX_MODEL_BYTES = 64L * 1024 * 1024 * 1024;
    /**
     * Heap a load needs per byte of the file: the 100k synthetic model (416 MiB) loads in a heap of
     * 350 MiB and not in 300 (docs/benchmarks.md), so about 0.85, with a quarter more for margin. A
     * file that needs more than the JVM may ever have is refused before reading rather than failing
     * with an OutOfMemoryError minutes later.
     */
    static final double HEAP_PER_FILE_BYTE = 1.1;
    /** Reading and parsing the file is this share of a load; checking the quotes is the rest. */
    static final double READING_SHARE = 0.8;
    /** From this size on, a model's items are parsed on a second thread while the first decodes them. */
    static final long READ_AHEAD_FROM = 1L << 20;

    /** The outcome: {@code loaded} is null exactly when there is at least one error, or the load was cancelled. */
    public record Result(LoadedModel loaded, List<Problem> problems, boolean cancelled) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(LoadedModel loaded, List<Problem> problems) { this(loaded, problems, false); }

        public boolean ok() { return loaded != null; }

        public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }
    }

    private ModelLoader() {}

    public static Result load(Path file) { return load(file, LoadMonitor.NONE); }

    /** Loads, telling {@code monitor} the progress and stopping when it says the load is cancelled. */
    public static Result load(Path file, LoadMonitor monitor) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        long size;
        try {
            size = Files.size(file);
            if (size > MAX_MODEL_BYTES)
                return fail(name, problems, "the file is " + size + " bytes; model files larger than " + MAX_MODEL_BYTES
                        + " bytes are refused");
        } catch (NoSuchFileException e) {
            return fail(name, problems, "no such file");
        } catch (IOException e) {
            return fail(name, problems, "cannot be read: " + e.getMessage());
        }
        String tooBig = tooBigForMemory(size, Runtime.getRuntime().maxMemory());
        if (tooBig != null) return fail(name, problems, tooBig);
        Path parent = file.toAbsolutePath().getParent();
        return read(name, () -> new MonitoredInputStream(Files.newInputStream(file), size, READING_SHARE, monitor),
                new DirectorySourceFolder(parent), problems, monitor, size >= READ_AHEAD_FROM);
    }

    /** Why a file of {@code size} bytes cannot be loaded in a heap of {@code maxHeap} bytes, or null when it may fit. */
    static String tooBigForMemory(long size, long maxHeap) {
        double need = size * HEAP_PER_FILE_BYTE;
        if (need <= maxHeap) return null;
        return String.format(java.util.Locale.ROOT, "the model is %s; loading it needs about %s of memory, more than the %s "
                        + "this app may use. Start the app with more memory (for example java -Xmx%dg -jar timeline.jar), "
                        + "or split the model into smaller ones", bytes(size), bytes((long) need), bytes(maxHeap),
                (long) Math.ceil(need * 1.2 / (1L << 30)));
    }

    private static String bytes(long n) {
        if (n >= 1L << 30) return String.format(java.util.Locale.ROOT, "%.1f GiB", n / (double) (1L << 30));
        return String.format(java.util.Locale.ROOT, "%.0f MiB", n / (double) (1L << 20));
    }

    /** The model that ships with the application. */
    public static Result loadBuiltIn() {
        String name = "built-in " + BUILT_IN_MODEL;
        List<Problem> problems = new ArrayList<>();
        if (ModelLoader.class.getResource(BUILT_IN_FOLDER + BUILT_IN_MODEL) == null)
            return fail(name, problems, "the application was built without its model");
        return read(name, () -> ModelLoader.class.getResourceAsStream(BUILT_IN_FOLDER + BUILT_IN_MODEL),
                new ResourceSourceFolder(ModelLoader.class, BUILT_IN_FOLDER), problems, LoadMonitor.NONE, false);
    }

    /** Checks model text whose articles are in {@code folder}. */
    public static Result parse(String name, byte[] bytes, SourceFolder folder, List<Problem> problems) {
        return read(name, () -> new ByteArrayInputStream(bytes), folder, problems, LoadMonitor.NONE, bytes.length >= READ_AHEAD_FROM);
    }

    /** Opens the model's bytes again: a document the fast reader gives up on is read a second time. */
    private interface Bytes {
        InputStream open() throws IOException;
    }

    private static Result read(String name, Bytes bytes, SourceFolder folder, List<Problem> problems, LoadMonitor monitor,
                               boolean readAhead) {
        LocationResolver.Source text = () -> utf8(bytes.open());
        LoadedModel loaded = null;
        try {
            ArticleReads[] articles = {ArticleReads.onDemand(folder)};
            ModelDecoder.Articles ahead = new ModelDecoder.Articles() {
                @Override public void sourcesDecoded(List<org.sourcedtimeline.model.Source> sources) {
                    articles[0] = ArticleReads.start(sources, folder);
                }

                @Override public ArticleText unchanged(org.sourcedtimeline.model.Source source) {
                    return articles[0].unchanged(source);
                }
            };
            ModelDecoder.Decoded decoded = decodeFast(name, bytes, problems, ahead, readAhead);
            if (decoded == GAVE_UP) {
                articles[0] = ArticleReads.onDemand(folder);
                problems.clear();
                try (Reader in = text.open()) {
                    decoded = ModelDecoder.decode(LocatedJsonReader.pull(in), new NodeReader(name, problems));
                }
            }
            if (decoded != null) {
                ModelValidator.Checked checked = ModelValidator.validate(decoded, new NodeReader(name, problems), articles[0],
                        monitor, READING_SHARE);
                if (problems.stream().noneMatch(Problem::isError))
                    loaded = new LoadedModel(decoded.model().indexed(checked.eventsById(), checked.quotesById()), checked.texts(), name);
                monitor.progress(1);
            }
        } catch (LoadMonitor.Cancelled c) {
            return new Result(null, List.of(), true);
        } catch (JsonSyntaxProblem p) {
            problems.add(Problem.error(name, p.location(), "not valid JSON: " + p.getMessage()));
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Problem.error(name, firstInvalidUtf8(bytes),
                    "not valid UTF-8 here (a Latin-1 or Windows-1252 file?); convert the file to UTF-8"));
        } catch (IOException e) {
            problems.add(Problem.error(name, Location.NONE, "cannot be read: " + e.getMessage()));
        } catch (StackOverflowError | OutOfMemoryError e) {
            problems.clear();
            return fail(name, problems, "the model is too large or too deeply nested to load in the memory available ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)");
        }
        List<Problem> located = problems.isEmpty() ? problems : LocationResolver.resolve(text, problems);
        return new Result(loaded, located);
    }

    private static final ModelDecoder.Decoded GAVE_UP = new ModelDecoder.Decoded(null, new Locations(), java.util.Set.of());

    /**
     * Decodes with the fast reader; {@link #GAVE_UP} when it gave up (or anything went wrong at all),
     * and the reader that explains must take the document from the start.
     */
    private static ModelDecoder.Decoded decodeFast(String name, Bytes bytes, List<Problem> problems,
                                                   ModelDecoder.Articles articles, boolean readAhead) {
        try (InputStream in = bytes.open()) {
            return ModelDecoder.decode(new Utf8JsonPull(in), new NodeReader(name, problems), articles, readAhead);
        } catch (LoadMonitor.Cancelled c) {
            throw c;
        } catch (IOException | JsonSyntaxProblem | RuntimeException e) {
            return GAVE_UP;
        }
    }

    /** Line and column of the first byte that is not UTF-8, for the message that says so; {@link Location#NONE} when none is found. */
    private static Location firstInvalidUtf8(Bytes bytes) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 16);
        int line = 1;
        int column = 1;
        try (InputStream s = bytes.open()) {
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = s.read(in.array(), in.position(), in.remaining());
                    if (n < 0) end = true;
                    else in.position(in.position() + n);
                }
                in.flip();
                java.nio.charset.CoderResult r = d.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                out.clear();
                if (r.isError()) return new Location(line, column, "$");
                in.compact();
                if (end && !r.isOverflow()) return Location.NONE;
            }
        } catch (IOException e) {
            return Location.NONE;
        }
    }

    /** Strict UTF-8, a leading byte-order mark skipped. */
    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
        return r;
    }

    private static Result tooLarge(String name, List<Problem> problems) {
        problems.clear();
        return fail(name, problems, "the model is too large or too deeply nested to load in the memory available ("
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)");
    }

    private static Result fail(String name, List<Problem> problems, String message) {
        problems.add(Problem.error(name, Location.NONE, message));
        return new Result(null, problems);
    }
}
