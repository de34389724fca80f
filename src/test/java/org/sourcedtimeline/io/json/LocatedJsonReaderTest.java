package org.sourcedtimeline.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.Problem;

class LocatedJsonReaderTest {
    private static final String DOC = "{\n  \"a\": [1,\n    {\"b\": \"x\"}]\n}";

    @Test
    void containersKnowTheirPath() throws Exception {
        JsonNode.Obj o = assertInstanceOf(JsonNode.Obj.class, LocatedJsonReader.parse(DOC));
        JsonNode.Arr a = assertInstanceOf(JsonNode.Arr.class, o.fields().get("a"));
        JsonNode.Obj inner = assertInstanceOf(JsonNode.Obj.class, a.items().get(1));
        assertEquals("$.a[1]", inner.at().path());
        assertEquals("$.a", a.at().path());
    }

    @Test
    void theResolverFindsLinesForPathsAndFallsBackToTheNearestAncestor() {
        List<Problem> located = LocationResolver.resolve(() -> new StringReader(DOC), List.of(
                Problem.error("f", Location.path("$.a[1].b"), "here"),
                Problem.error("f", Location.path("$.a[1].missing"), "missing")));
        assertEquals(3, located.get(0).line());
        assertEquals("f:3:", located.get(0).toString().substring(0, 4));
        assertEquals(3, located.get(1).line(), "a missing field points at its object");
        assertEquals("$.a[1].missing", located.get(1).path());
    }

    @Test
    void truncatedJsonIsLocated() {
        JsonSyntaxProblem p = assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{\n \"a\": [1, 2"));
        assertTrue(p.getMessage().contains("ends too early"), p.getMessage());
        assertEquals(2, p.location().line());
    }

    /** The usual slips of hand editing: named by what is missing, at the line where it is missing. */
    @Test
    void missingAndExtraCommasSayWhatIsMissingWhereItIsMissing() {
        JsonSyntaxProblem field = assertThrows(JsonSyntaxProblem.class,
                () -> LocatedJsonReader.parse("{\n \"a\": 1\n \"b\": 2\n}"));
        assertTrue(field.getMessage().startsWith("expected ',' or '}' here: is a comma missing"), field.getMessage());
        assertEquals(3, field.location().line(), "the line of the field after the missing comma");
        JsonSyntaxProblem item = assertThrows(JsonSyntaxProblem.class,
                () -> LocatedJsonReader.parse("{\"a\": [\n {}\n {}\n]}"));
        assertTrue(item.getMessage().startsWith("expected ',' or ']' here: is a comma missing"), item.getMessage());
        assertEquals(3, item.location().line());
        JsonSyntaxProblem trailingField = assertThrows(JsonSyntaxProblem.class,
                () -> LocatedJsonReader.parse("{\"a\": 1,\n}"));
        assertTrue(trailingField.getMessage().contains("no comma before '}'"), trailingField.getMessage());
        JsonSyntaxProblem trailingItem = assertThrows(JsonSyntaxProblem.class,
                () -> LocatedJsonReader.parse("[1,\n]"));
        assertTrue(trailingItem.getMessage().contains("comma before ']'"), trailingItem.getMessage());
        JsonSyntaxProblem colon = assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{\"a\" 1}"));
        assertTrue(colon.getMessage().contains("expected ':'"), colon.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        JsonSyntaxProblem p = assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{\"a\":1,\n\"a\":2}"));
        assertTrue(p.getMessage().contains("duplicate key \"a\""), p.getMessage());
        assertEquals(2, p.location().line());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonSyntaxProblem p = assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse(deep));
        assertTrue(p.getMessage().contains("nest"), p.getMessage());
    }

    @Test
    void emptyAndTrailingContentAndNaN() {
        assertTrue(assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("  ")).getMessage().contains("empty"));
        assertTrue(assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{} {}")).getMessage().contains("after the end"));
        assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{\"a\": NaN}"));
        assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{'a': 1}"));
    }
}
