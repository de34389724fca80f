package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.TestFiles;
import org.sourcedtimeline.io.build.ModelBuilder;

/** validate accepts a built model and rejects each kind of damage with a located message. */
class ModelValidatorTest {
    @TempDir
    Path dir;
    Path model;
    String json;

    @BeforeEach
    void buildMini() throws Exception {
        TestFiles.copyOf(TestFiles.fixture("mini"), dir);
        model = dir.resolve("model.json");
        AtomicFiles.write(model, ModelWriter.toBytes(ModelBuilder.build(dir).model()));
        json = Files.readString(model);
    }

    @Test
    void aBuiltModelIsValid() {
        ModelLoader.Result r = ModelLoader.load(model);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(3, r.loaded().model().quotes().size());
        assertEquals(r.loaded().model().quotes().get(0).text(),
                r.loaded().article("a").slice(r.loaded().model().quotes().get(0).selector().start(),
                        r.loaded().model().quotes().get(0).selector().end()));
    }

    /** Offsets that slipped are told apart from words that are not in the article: one error each, saying which. */
    @Test
    void aShiftedSelectorIsToldApartFromAMisquote() throws Exception {
        String shifted = json.replaceFirst("\"start\": 16,", "\"start\": 15,");
        List<Problem> errors = errors(shifted);
        assertEquals(1, errors.size(), "one slip, one error: " + errors);
        Problem p = errors.get(0);
        assertTrue(p.message().contains("its text is at 16.."), p.toString());
        assertTrue(p.message().contains("but the selector says 15.."), p.toString());
        assertTrue(p.message().contains("1 character(s) too early"), p.toString());
        assertTrue(p.path().startsWith("$.quotes[") && p.path().endsWith(".selector"), p.toString());
        assertTrue(p.line() > 0);

        String quoted = firstQuoteText();
        String invented = json.replace("\"text\": \"" + quoted + "\"", "\"text\": \"" + quoted + " jamais\"");
        Problem misquote = firstError(invented);
        assertTrue(misquote.message().contains("\"text\" is nowhere in the article"), misquote.toString());
        assertTrue(misquote.path().endsWith(".text"), misquote.toString());
    }

    private String firstQuoteText() {
        return com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("quotes").get(0)
                .getAsJsonObject().get("text").getAsString();
    }

    @Test
    void aChangedArticleIsRejected() throws Exception {
        Files.writeString(dir.resolve("article.txt"), Files.readString(dir.resolve("article.txt")).replace("prêts", "prets"));
        Problem p = firstError(json);
        assertTrue(p.message().contains("has changed since the model was built"), p.toString());
        assertTrue(errors(json).stream().anyMatch(e -> e.message().contains("\"geneva-lavrov-nous\" in a changed article: found again only approximately")),
                "each quote of the changed article is looked for again");
        // The quotes a rebuild would keep as they are are told, as warnings: they are not what is wrong.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json);
        ModelLoader.Result r = ModelLoader.load(bad);
        assertTrue(r.problems().stream().anyMatch(w -> !w.isError() && w.message().contains("in a changed article: found again exactly")),
                r.problems().toString());
        assertTrue(r.errors().stream().noneMatch(e -> e.message().contains("found again exactly")), r.errors().toString());
    }

    /** A model saved as Latin-1 is named for what it is, at the line of its first accent, not with the decoder's words. */
    @Test
    void aModelSavedAsLatin1SaysSoWhereItStops() throws Exception {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, json.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ModelLoader.Result r = ModelLoader.load(latin1);
        assertFalse(r.ok());
        Problem p = r.errors().get(0);
        assertTrue(p.message().startsWith("not valid UTF-8 here (a Latin-1 or Windows-1252 file?)"), p.toString());
        int firstAccent = 1 + (int) json.substring(0, json.indexOf(json.chars().filter(c -> c > 0x7F).findFirst().orElseThrow()))
                .chars().filter(c -> c == '\n').count();
        assertEquals(firstAccent, p.line(), p.toString());
        assertTrue(p.column() > 1, p.toString());
    }

    /** A wrong hash beside an intact article is told as such, once, not as a changed article with every quote found again. */
    @Test
    void aWrongHashOfAnIntactArticleIsToldOnce() throws Exception {
        java.util.regex.Matcher sha = java.util.regex.Pattern.compile("\"sha256\": \"([0-9a-f]{64})\"").matcher(json);
        assertTrue(sha.find());
        String good = sha.group(1);
        String bad = (good.charAt(0) == '0' ? "1" : "0") + good.substring(1);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.replace(good, bad));
        ModelLoader.Result r = ModelLoader.load(file);
        assertFalse(r.ok());
        assertEquals(1, r.problems().size(), "one problem, not one per quote: " + r.problems());
        String m = r.problems().get(0).message();
        assertTrue(m.contains("has changed since the model was built") && m.contains("yet all 3 of its quotes are still word for word"), m);
        assertTrue(m.contains("a wrong \"sha256\"?"), m);
    }

    /** The curation file given where a model belongs: one problem naming the mix-up and the command that fixes it. */
    @Test
    void aCurationFileGivenAsAModelIsToldOnce() {
        ModelLoader.Result r = ModelLoader.load(dir.resolve("curation.json"));
        assertFalse(r.ok());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).message().startsWith("this is not a model: it has no \"schemaVersion\""), r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("timeline build"), r.problems().toString());
    }

    @Test
    void aDanglingIdIsRejected() throws Exception {
        Problem p = firstError(json.replace("\"speakerId\": \"blinken\"", "\"speakerId\": \"nobody\""));
        assertTrue(p.message().contains("names actor \"nobody\""), p.toString());
        assertEquals("$.quotes[2].speakerId", p.path());
    }

    /** Records are located by the JSON item they came from, which a quote that failed to decode shifts. */
    @Test
    void problemsNameTheItemEvenAfterAQuoteThatFailedToDecode() throws Exception {
        com.google.gson.JsonObject root = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        com.google.gson.JsonArray quotes = root.getAsJsonArray("quotes");
        quotes.get(0).getAsJsonObject().remove("attribution");
        String secondId = quotes.get(1).getAsJsonObject().get("id").getAsString();
        quotes.get(2).getAsJsonObject().addProperty("id", secondId);
        quotes.get(2).getAsJsonObject().addProperty("speakerId", "nobody");
        List<String> found = errors(root.toString()).stream().map(p -> p.path() + " " + p.message()).toList();
        assertEquals(List.of("$.quotes[0].attribution missing required field \"attribution\"",
                "$.quotes[2].id duplicate quote id \"" + secondId + "\" (first defined at $.quotes[1])",
                "$.quotes[2].speakerId \"speakerId\" names actor \"nobody\", which the model does not define"), found);
    }

    /** A bad date does not hide a bad precision next to it, nor a broken item the id another one shares. */
    @Test
    void anItemWithOneProblemStillHasItsOthersReported() throws Exception {
        com.google.gson.JsonObject root = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        com.google.gson.JsonObject event = root.getAsJsonArray("events").get(0).getAsJsonObject();
        event.addProperty("start", "2021-13-02");
        event.addProperty("precision", "daily");
        com.google.gson.JsonArray quotes = root.getAsJsonArray("quotes");
        quotes.get(0).getAsJsonObject().getAsJsonObject("selector").addProperty("start", "16");
        String brokenId = quotes.get(0).getAsJsonObject().get("id").getAsString();
        quotes.get(1).getAsJsonObject().addProperty("id", brokenId);
        List<String> found = errors(root.toString()).stream().map(p -> p.path() + " " + p.message()).toList();
        assertTrue(found.contains("$.events[0].precision \"precision\" is \"daily\"; expected one of day, month, year"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("$.events[0].start \"start\" is not a valid date")), found.toString());
        assertTrue(found.contains("$.quotes[1].id duplicate quote id \"" + brokenId
                + "\" (also the id of a quote that could not be read, see its problems)"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("$.quotes[0].selector.start ")), found.toString());
    }

    @Test
    void aMissingArticleIsRejected() throws Exception {
        Files.delete(dir.resolve("article.txt"));
        Problem p = firstError(json);
        assertTrue(p.message().contains("does not exist"), p.toString());
    }

    @Test
    void anAbsoluteOrEscapingPathIsRefused() throws Exception {
        assertTrue(firstError(json.replace("\"file\": \"article.txt\"", "\"file\": \"/etc/passwd\"")).message().contains("absolute"));
        assertTrue(firstError(json.replace("\"file\": \"article.txt\"", "\"file\": \"../x/article.txt\"")).message().contains(".."));
    }

    @Test
    void aSymlinkLeavingTheFolderIsRefused(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(dir.resolve("link.txt"), secret);
        Problem p = firstError(json.replace("\"file\": \"article.txt\"", "\"file\": \"link.txt\""));
        assertTrue(p.message().contains("outside the model's folder"), p.toString());
    }

    @Test
    void duplicateIdsAndWrongTypesAreEachReported() throws Exception {
        String bad = json.replace("\"id\": \"context\"", "\"id\": \"geneva\"").replace("\"schemaVersion\": 1", "\"schemaVersion\": 1");
        bad = bad.replaceFirst("\"lat\": 46.2", "\"lat\": \"north\"");
        List<Problem> errors = errors(bad);
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("duplicate event id \"geneva\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("\"lat\" must be a number, found a string")), errors.toString());
    }

    @Test
    void anUnknownSchemaVersionIsNamed() throws Exception {
        Problem p = firstError(json.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7"));
        assertTrue(p.message().contains("schemaVersion 7 is not supported"), p.toString());
    }

    private Problem firstError(String modelJson) throws Exception {
        List<Problem> errors = errors(modelJson);
        assertFalse(errors.isEmpty(), "expected a problem");
        return errors.get(0);
    }

    private List<Problem> errors(String modelJson) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, modelJson);
        ModelLoader.Result r = ModelLoader.load(bad);
        assertFalse(r.ok(), "the model must be rejected");
        r.problems().forEach(p -> assertTrue(p.toString().startsWith(bad.toString()), p.toString()));
        return r.errors();
    }
}
