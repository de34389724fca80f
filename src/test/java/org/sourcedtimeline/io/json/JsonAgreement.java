package org.sourcedtimeline.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sourcedtimeline.io.ModelDecoder;
import org.sourcedtimeline.io.Problem;

/**
 * The fast reader's contract, checked on one input: it gives up, or Gson's reader (as the loader
 * runs it: strict UTF-8, a leading byte-order mark skipped) accepts the input and gives the same tree,
 * field order and locations included.
 */
public final class JsonAgreement {
    private JsonAgreement() {}

    /**
     * The same contract for the root-level pull operations a model is streamed with: decoded with
     * the fast reader, its items read on the same thread or ahead on a second one, a model document
     * gives up (both ways) or yields the records and problems Gson's gives.
     *
     * @return true when the fast reader accepted the input (and agreed)
     */
    public static boolean checkModel(byte[] input) {
        List<Problem> aheadProblems = new ArrayList<>();
        ModelDecoder.Decoded ahead = fastModel(input, aheadProblems, true);
        List<Problem> fastProblems = new ArrayList<>();
        ModelDecoder.Decoded fast = fastModel(input, fastProblems, false);
        assertEquals(ahead == GAVE_UP, fast == GAVE_UP, "reading ahead gives up exactly when reading inline does");
        if (fast == GAVE_UP) return false;
        assertEquals(fastProblems, aheadProblems);
        assertSameModel(fast, ahead);
        String text = loaderText(input);
        List<Problem> slowProblems = new ArrayList<>();
        ModelDecoder.Decoded slow;
        try {
            slow = ModelDecoder.decode(LocatedJsonReader.pull(new StringReader(text)), new NodeReader("m.json", slowProblems));
        } catch (JsonSyntaxProblem e) {
            return fail("the fast reader accepted what Gson refuses: " + e.getMessage());
        }
        assertEquals(slowProblems, fastProblems);
        assertSameModel(slow, fast);
        return true;
    }

    private static final ModelDecoder.Decoded GAVE_UP = new ModelDecoder.Decoded(null, null, null);

    private static ModelDecoder.Decoded fastModel(byte[] input, List<Problem> problems, boolean readAhead) {
        try {
            return ModelDecoder.decode(new Utf8JsonPull(new ByteArrayInputStream(input)), new NodeReader("m.json", problems),
                    sources -> { }, readAhead);
        } catch (Utf8JsonPull.GiveUp e) {
            return GAVE_UP;
        } catch (JsonSyntaxProblem e) {
            return fail("the fast reader must give up, not report: " + e.getMessage());
        }
    }

    private static void assertSameModel(ModelDecoder.Decoded expected, ModelDecoder.Decoded actual) {
        assertEquals(expected == null, actual == null);
        if (expected == null) return;
        assertEquals(expected.model().title(), actual.model().title());
        assertEquals(expected.model().sources(), actual.model().sources());
        assertEquals(expected.model().actors(), actual.model().actors());
        assertEquals(expected.model().events(), actual.model().events());
        assertEquals(expected.model().quotes(), actual.model().quotes());
        assertEquals(expected.brokenIds(), actual.brokenIds());
    }

    /** What the loader gives Gson: strict UTF-8 (the fast reader must have given up otherwise), no byte-order mark. */
    private static String loaderText(byte[] input) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return fail("the fast reader accepted bytes that are not UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** @return true when the fast reader accepted the input (and agreed) */
    public static boolean check(byte[] input) {
        JsonNode fast;
        try {
            Utf8JsonPull p = new Utf8JsonPull(new ByteArrayInputStream(input));
            p.expectValue();
            fast = p.readValue(LocatedJsonReader.ROOT, 0);
            p.expectEnd();
        } catch (Utf8JsonPull.GiveUp e) {
            return false;
        }
        String text = loaderText(input);
        JsonNode slow;
        try {
            slow = LocatedJsonReader.parse(new StringReader(text));
        } catch (JsonSyntaxProblem e) {
            return fail("the fast reader accepted what Gson refuses: " + e.getMessage());
        }
        assertEquals(slow.toString(), fast.toString());
        assertEquals(slow, fast);
        return true;
    }
}
