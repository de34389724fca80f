package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowArgsTest {
    @Test
    void aFileAnIdOrBothInEitherOrder() {
        assertEquals(WindowArgs.NONE, WindowArgs.parse(List.of()));
        assertEquals(new WindowArgs(Path.of("m.json"), null), WindowArgs.parse(List.of("m.json")));
        assertEquals(new WindowArgs(null, "geneva-2022"), WindowArgs.parse(List.of("--select", "geneva-2022")));
        assertEquals(new WindowArgs(Path.of("m.json"), "q1"), WindowArgs.parse(List.of("--select", "q1", "m.json")));
        assertEquals(new WindowArgs(Path.of("m.json"), "q1"), WindowArgs.parse(List.of("m.json", "--select=q1")));
    }

    @Test
    void mistakesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowArgs.parse(List.of("--select"))).getMessage().contains("needs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowArgs.parse(List.of("--select="))).getMessage().contains("needs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowArgs.parse(List.of("--select", "a", "--select", "b"))).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowArgs.parse(List.of("a.json", "b.json"))).getMessage().contains("one model file"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowArgs.parse(List.of("--zoom"))).getMessage().contains("--zoom"));
    }
}
