package org.sourcedtimeline.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** One replacement, one change that says what went and what came; the same objects again, no change. */
class ReplacedListTest {
    private final ReplacedList<String> list = new ReplacedList<>();
    private final List<String> heard = new ArrayList<>();

    ReplacedListTest() {
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) heard.add(c.getRemoved() + " -> " + c.getAddedSubList());
        });
    }

    @Test
    void eachReplacementIsOneChange() {
        list.replace(List.of("a", "b"));
        list.replace(List.of("c"));
        list.replace(List.of());
        assertEquals(List.of("[] -> [a, b]", "[a, b] -> [c]", "[c] -> []"), heard);
        assertTrue(list.isEmpty());
    }

    @Test
    void theSameObjectsAgainChangeNothing() {
        String a = new String("a");
        list.replace(List.of(a));
        list.replace(new ArrayList<>(List.of(a)));
        list.replace(List.of());
        list.replace(List.of());
        assertEquals(2, heard.size(), heard.toString());
        list.replace(List.of(new String("a")));
        assertEquals(3, heard.size(), "equal but other objects are a change: " + heard);
    }

    @Test
    void nobodyElseChangesIt() {
        list.replace(List.of("a"));
        assertThrows(UnsupportedOperationException.class, () -> list.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "b"));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertEquals(List.of("a"), list);
    }
}
