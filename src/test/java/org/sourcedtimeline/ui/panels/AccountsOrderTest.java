package org.sourcedtimeline.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.TimelineModel;

/** Each side keeps its column from one event to the next, whatever order the curation gave. */
class AccountsOrderTest {
    private final TimelineModel m = ModelLoader.loadBuiltIn().loaded().model();

    @Test
    void everyEventShowsTheSidesInTheModelsOrder() {
        List<String> order = AccountsPanel.sidesInOrder(m);
        assertEquals(List.of("us", "russia"), order, "the sides as the model first names them");
        Event geneva = m.event("geneva-2022").orElseThrow();
        List<String> asCurated = new ArrayList<>();
        for (Account a : geneva.accounts()) if (!asCurated.contains(a.side())) asCurated.add(a.side());
        assertNotEquals(order, asCurated, "Geneva's accounts are curated Russia first: the case this is for");
        for (Event e : m.events()) {
            List<String> shown = new ArrayList<>(AccountsPanel.bySide(e, order).keySet());
            List<String> expected = order.stream().filter(shown::contains).toList();
            assertEquals(expected, shown, e.id());
        }
    }

    @Test
    void aSideTheOrderDoesNotKnowComesLast() {
        Event geneva = m.event("geneva-2022").orElseThrow();
        assertEquals(List.of("russia", "us"), new ArrayList<>(AccountsPanel.bySide(geneva, List.of("russia")).keySet()));
        assertEquals(List.of("us", "russia"), new ArrayList<>(AccountsPanel.bySide(geneva, List.of("us")).keySet()));
    }
}
