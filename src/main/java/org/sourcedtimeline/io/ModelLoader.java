package org.sourcedtimeline.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.sourcedtimeline.model.ArticleText;

/**
 * Reads and checks a model file. Either every check passes and a {@link LoadedModel} comes back, or
 * nothing is loaded and the problems say, file by file, line by line, what is wrong.
 */
public final class ModelLoader {
    /** Where the built-in model and its articles live inside the application. */
    public static final String BUILT_IN_FOLDER = "/org/sourcedtimeline/seeds/";
    public static final String BUILT_IN_MODEL = "model.json";
    /** Larger model files are refused before reading; see docs/model-format.md. */
    public static final long MAX_MODEL_BYTES = 4L * 1024 * 1024 * 1024;

    /** The outcome: {@code loaded} is null exactly when there is at least one error. */
    public record Result(LoadedModel loaded, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() { return loaded != null; }

        public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }
    }

    private ModelLoader() {}

    public static Result load(Path file) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        try {
            long size = Files.size(file);
            if (size > MAX_MODEL_BYTES)
                return fail(name, problems, "the file is " + size + " bytes; model files larger than " + MAX_MODEL_BYTES
                        + " bytes are refused");
        } catch (NoSuchFileException e) {
            return fail(name, problems, "no such file");
        } catch (IOException e) {
            return fail(name, problems, "cannot be read: " + e.getMessage());
        }
        Path parent = file.toAbsolutePath().getParent();
        return read(name, () -> utf8(Files.newInputStream(file)), new DirectorySourceFolder(parent), problems);
    }

    /** The model that ships with the application. */
    public static Result loadBuiltIn() {
        String name = "built-in " + BUILT_IN_MODEL;
        List<Problem> problems = new ArrayList<>();
        if (ModelLoader.class.getResource(BUILT_IN_FOLDER + BUILT_IN_MODEL) == null)
            return fail(name, problems, "the application was built without its model");
        return read(name, () -> utf8(ModelLoader.class.getResourceAsStream(BUILT_IN_FOLDER + BUILT_IN_MODEL)),
                new ResourceSourceFolder(ModelLoader.class, BUILT_IN_FOLDER), problems);
    }

    /** Checks model text whose articles are in {@code folder}. */
    public static Result parse(String name, byte[] bytes, SourceFolder folder, List<Problem> problems) {
        return read(name, () -> utf8(new ByteArrayInputStream(bytes)), folder, problems);
    }

    private static Result read(String name, LocationResolver.Source text, SourceFolder folder, List<Problem> problems) {
        NodeReader reader = new NodeReader(name, problems);
        LoadedModel loaded = null;
        try (Reader in = text.open()) {
            ModelDecoder.Decoded decoded = ModelDecoder.decode(LocatedJsonReader.open(in), reader);
            if (decoded != null) {
                Map<String, ArticleText> texts = ModelValidator.validate(decoded, reader, folder);
                if (problems.stream().noneMatch(Problem::isError)) loaded = new LoadedModel(decoded.model(), texts, name);
            }
        } catch (JsonSyntaxProblem p) {
            problems.add(Problem.error(name, p.location(), "not valid JSON: " + p.getMessage()));
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

    /** Strict UTF-8, a leading byte-order mark skipped. */
    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
        return r;
    }

    private static Result fail(String name, List<Problem> problems, String message) {
        problems.add(Problem.error(name, Location.NONE, message));
        return new Result(null, problems);
    }
}
