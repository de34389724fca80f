package org.sourcedtimeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcedtimeline.io.json.JsonNode;
import org.sourcedtimeline.io.json.JsonSyntaxProblem;
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
    public static final long MAX_MODEL_BYTES = 512L * 1024 * 1024;

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
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_MODEL_BYTES)
                return fail(name, problems, "the file is " + size + " bytes; model files larger than " + MAX_MODEL_BYTES
                        + " bytes are refused");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return fail(name, problems, "no such file");
        } catch (IOException | OutOfMemoryError e) {
            return fail(name, problems, "cannot be read: " + e.getMessage());
        }
        Path parent = file.toAbsolutePath().getParent();
        return parse(name, bytes, new DirectorySourceFolder(parent), problems);
    }

    /** The model that ships with the application. */
    public static Result loadBuiltIn() {
        String name = "built-in " + BUILT_IN_MODEL;
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = ModelLoader.class.getResourceAsStream(BUILT_IN_FOLDER + BUILT_IN_MODEL)) {
            if (in == null) return fail(name, problems, "the application was built without its model");
            return parse(name, in.readAllBytes(), new ResourceSourceFolder(ModelLoader.class, BUILT_IN_FOLDER), problems);
        } catch (IOException e) {
            return fail(name, problems, "cannot be read: " + e.getMessage());
        }
    }

    /** Checks model text whose articles are in {@code folder}. */
    public static Result parse(String name, byte[] bytes, SourceFolder folder, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail(name, problems, "the file " + ArticleDecoder.explainNotUtf8(bytes));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        JsonNode root;
        try {
            root = LocatedJsonReader.parse(text);
        } catch (JsonSyntaxProblem p) {
            problems.add(Problem.error(name, p.location(), "not valid JSON: " + p.getMessage()));
            return new Result(null, problems);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return fail(name, problems, "the JSON is too deeply nested or too large to read");
        }
        NodeReader reader = new NodeReader(name, problems);
        ModelDecoder.Decoded decoded = ModelDecoder.decode(root, reader);
        if (decoded == null) return new Result(null, problems);
        Map<String, ArticleText> texts = ModelValidator.validate(decoded, reader, folder);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new Result(errors ? null : new LoadedModel(decoded.model(), texts, name), problems);
    }

    private static Result fail(String name, List<Problem> problems, String message) {
        problems.add(Problem.error(name, Location.NONE, message));
        return new Result(null, problems);
    }
}
