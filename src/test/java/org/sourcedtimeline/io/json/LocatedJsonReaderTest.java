package org.sourcedtimeline.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocatedJsonReaderTest {
    @Test
    void valuesKnowTheirLineAndPath() throws Exception {
        JsonNode root = LocatedJsonReader.parse("{\n  \"a\": [1,\n    {\"b\": \"x\"}]\n}");
        JsonNode.Obj o = assertInstanceOf(JsonNode.Obj.class, root);
        JsonNode.Arr a = assertInstanceOf(JsonNode.Arr.class, o.fields().get("a"));
        JsonNode.Obj inner = assertInstanceOf(JsonNode.Obj.class, a.items().get(1));
        JsonNode b = inner.fields().get("b");
        assertEquals(3, b.at().line());
        assertEquals("$.a[1].b", b.at().path());
    }

    @Test
    void truncatedJsonIsLocated() {
        JsonSyntaxProblem p = assertThrows(JsonSyntaxProblem.class, () -> LocatedJsonReader.parse("{\n \"a\": [1, 2"));
        assertTrue(p.getMessage().contains("ends too early"), p.getMessage());
        assertEquals(2, p.location().line());
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
