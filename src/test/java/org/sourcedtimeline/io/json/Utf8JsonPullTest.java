package org.sourcedtimeline.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcedtimeline.io.ModelDecoder;
import org.sourcedtimeline.io.Problem;

class Utf8JsonPullTest {
    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":\"é\\u00e9\\n\\u2019\\ud83d\\ude00 « ok » \\\" \\\\ \\/ \\t\",\"b\":[1,-0,1.5e+3,2E-7,0.25,true,false,null,{}],\"c\":{\"d\":[]}}",
            "\"just a string\"", "-12", "null", "[]", "{}", "[[[{\"x\":[{\"y\":{}}]}]]]",
            " \n\t\r{ \"a\" : [ 1 , 2 ] , \"b\" : { } } \n",
            "{\"quotes\":[{\"id\":\"q1\",\"selector\":{\"start\":0,\"end\":3}},{\"id\":\"q2\",\"notes\":[\"n\"]}]}",
            "{\"big\":123456789012345678901234567890,\"min\":-9223372036854775808,\"exp\":1e400}",
            "{\"emoji\":\"😀 𝄞 ＡＢＣ\",\"near\":\"\u00a0 \u2019 \u2026 \u202f \u2070x\u2065 \u0600\u061b\u061d \u200d\"}"})
    void acceptsValidJsonAndAgreesWithGson(String json) {
        assertTrue(JsonAgreement.check(utf8(json)), json);
    }

    /**
     * Every character {@link NodeReader#unsafeCharacter} names makes it give up, written or escaped,
     * so that the strings it returns need no second scan and Gson's reader warns about them instead.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u007f", "\u0080", "\u009f", "\u061c", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"})
    void givesUpAtTheCharactersTheLoaderWarnsAbout(String c) {
        assertTrue(NodeReader.unsafeCharacter(c) != null);
        assertFalse(JsonAgreement.check(utf8("{\"a\":\"mot " + c + " mot\"}")), "written " + c);
        assertFalse(JsonAgreement.check(utf8("{\"" + c + "\":1}")), "in a name " + c);
        String escaped = String.format("\\u%04x", (int) c.charAt(0));
        assertFalse(JsonAgreement.check(utf8("{\"a\":\"mot " + escaped + " mot\"}")), "escaped " + escaped);
        // Past the eight-byte scan, and in a string that has an escape before it.
        assertFalse(JsonAgreement.check(utf8("[\"" + "x".repeat(37) + c + "\"]")), "far in " + c);
        assertFalse(JsonAgreement.check(utf8("[\"\\n" + "x".repeat(37) + c + "\"]")), "after an escape " + c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u001f", "\\b", "\\f", "\\r"})
    void givesUpAtEscapedControlCharacters(String escape) {
        assertFalse(JsonAgreement.check(utf8("{\"a\":\"x" + escape + "y\"}")), escape);
    }

    /** A surrogate escaped alone has no UTF-8 form: Gson's reader keeps it, the fast one leaves it to Gson's. */
    @ParameterizedTest
    @ValueSource(strings = {"\\ud83d", "\\ud83dx", "\\ud83d\\u0041", "\\ude00", "x\\ude00\\ud83d"})
    void givesUpAtALoneSurrogate(String escapes) {
        assertFalse(JsonAgreement.check(utf8("{\"a\":\"" + escapes + "\"}")), escapes);
    }

    @Test
    void skipsALeadingByteOrderMarkAsTheLoaderDoes() {
        byte[] doc = utf8("\uFEFF{\"a\":1}");
        assertTrue(JsonAgreement.check(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "{\"a\":1,}", "[1,]", "[,1]", "{\"a\":1 \"b\":2}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}",
            "{\"a\":1e}", "{'a':1}", "{a:1}", "{\"a\":\"\u0001\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\'\"}",
            "{\"a\":\"\\u12g4\"}", "{\"a\":\"\\u12\"}", "{\"a\":1}{", "{\"a\":1} x", "{\"a\":1,\"a\":2}", "{\"a\":NaN}",
            "{\"a\":Infinity}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":truex}", "{\"a\":1x}", "\"abc", "[1 2]", "{\"a\" 1}",
            "// c\n{}", "{\"a\":1}/*x*/", "[1]]", "{]", "[}", "{\"a\":[1}"})
    void givesUpOnWhatIsNotPlainlyValid(String json) {
        assertFalse(JsonAgreement.check(utf8(json)), json);
    }

    @Test
    void givesUpOnMalformedUtf8() {
        byte[][] bad = {
                {'"', (byte) 0xC0, (byte) 0xAF, '"'},                 // overlong '/'
                {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},     // an encoded surrogate
                {'"', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"'}, // past U+10FFFF
                {'"', (byte) 0xE2, (byte) 0x82, '"'},                 // cut short
                {'"', (byte) 0x80, '"'},                              // a lone continuation byte
                {'"', 'a', (byte) 0xE9, 'b', '"'},                    // Latin-1 é
                {'[', (byte) 0xC3, (byte) 0xA9, ']'},                 // é outside a string
        };
        for (byte[] b : bad) assertFalse(JsonAgreement.check(b));
    }

    @Test
    void givesUpBeyondTheNestingLimitAndOnOverlongNumbers() {
        String deep = "[".repeat(LocatedJsonReader.MAX_DEPTH + 2) + "]".repeat(LocatedJsonReader.MAX_DEPTH + 2);
        assertFalse(JsonAgreement.check(utf8(deep)));
        String ok = "[".repeat(LocatedJsonReader.MAX_DEPTH) + "]".repeat(LocatedJsonReader.MAX_DEPTH);
        assertTrue(JsonAgreement.check(utf8(ok)));
        assertFalse(JsonAgreement.check(utf8("[" + "7".repeat(Utf8JsonPull.MAX_NUMBER + 1) + "]")));
        assertTrue(JsonAgreement.check(utf8("[" + "7".repeat(Utf8JsonPull.MAX_NUMBER) + "]")));
    }

    /** Strings far longer than the reader's buffer, with escapes and multi-byte characters at every alignment. */
    @Test
    void agreesAcrossBufferBoundaries() {
        Random rnd = new Random(20261127);
        String[] pieces = {"a", "é", "’", "😀", "\\n", "\\u00e9", "\\\"", " ", "«", "𝄞", "\\ud83d\\ude00", "z"};
        for (int shift = 0; shift < 9; shift++) {
            StringBuilder sb = new StringBuilder("{\"pad\":\"" + "x".repeat(shift) + "\",\"items\":[");
            for (int item = 0; item < 6; item++) {
                if (item > 0) sb.append(',');
                sb.append("{\"text\":\"");
                int n = 20_000 + rnd.nextInt(40_000);
                for (int i = 0; i < n; i++) sb.append(pieces[rnd.nextInt(pieces.length)]);
                sb.append("\",\"n\":").append(rnd.nextInt()).append('}');
            }
            sb.append("]}");
            assertTrue(JsonAgreement.check(utf8(sb.toString())));
        }
    }

    /** Reads one byte at a time, as a slow pipe or a network file system may. */
    @Test
    void agreesWhenTheInputArrivesAByteAtATime() throws Exception {
        byte[] doc = utf8("{\"a\":\"é’😀\\n\\u00e9\",\"b\":[1.5e3,-0,true,null],\"c\":{}}");
        InputStream trickle = new ByteArrayInputStream(doc) {
            @Override public synchronized int read(byte[] b, int off, int len) { return super.read(b, off, Math.min(1, len)); }
        };
        Utf8JsonPull p = new Utf8JsonPull(trickle);
        p.expectValue();
        JsonNode fast = p.readValue(LocatedJsonReader.ROOT, 0);
        p.expectEnd();
        assertEquals(LocatedJsonReader.parse(new String(doc, StandardCharsets.UTF_8)).toString(), fast.toString());
    }

    /** Every file the loader's tests and fuzzer keep: the fast reader gives up or agrees, never differs. */
    @Test
    void agreesOnTheWholeRegressionCorpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources/bad-models", "src/test/resources/org/sourcedtimeline/io/fuzz/ModelLoaderFuzzTestInputs/loaderOnlyLoadsOrReports")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        int accepted = 0;
        int models = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            if (JsonAgreement.check(bytes)) accepted++;
            if (JsonAgreement.checkModel(bytes)) models++;
        }
        assertTrue(files.size() > 100, "the corpus is there: " + files.size());
        assertTrue(accepted > 50, "most of the corpus is valid JSON and takes the fast path: " + accepted);
        assertTrue(models > 50, "and is streamed as a model by the fast path: " + models);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"schemaVersion\":1,\"sources\":[],\"actors\":[],\"events\":[],\"quotes\":[],}",
            "{\"schemaVersion\":1,\"sources\":[],\"actors\":[,],\"events\":[],\"quotes\":[]}",
            "{\"schemaVersion\":1,\"sources\":[],\"actors\":[{\"id\":\"a\"},],\"events\":[],\"quotes\":[]}",
            "{\"schemaVersion\":1,\"sources\":[],\"actors\":[{\"id\":\"a\"} {\"id\":\"b\"}],\"events\":[],\"quotes\":[]}",
            "{\"schemaVersion\":1,\"sources\":[] \"actors\":[],\"events\":[],\"quotes\":[]}",
            "{\"schemaVersion\":1,\"sources\":[],\"sources\":[],\"actors\":[],\"events\":[],\"quotes\":[]}",
            "{\"schemaVersion\":1,\"sources\":[]]",
            "{\"schemaVersion\":1,\"sources\":[}"})
    void givesUpOnBrokenModelStructure(String json) {
        assertFalse(JsonAgreement.checkModel(utf8(json)), json);
    }

    /** The app's own model must take the fast path, or every start pays for the slow one. */
    @Test
    void readsTheCommittedModelWithoutGivingUp() throws Exception {
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("seeds/model.json"))) {
            ModelDecoder.Decoded d = ModelDecoder.decode(new Utf8JsonPull(in), new NodeReader("model.json", problems));
            assertEquals(56, d.model().quotes().size());
        }
        assertEquals(List.of(), problems);
    }
}
