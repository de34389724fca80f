package org.sourcedtimeline.ui.panels;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.ui.WindowFxTest;
import org.testfx.util.WaitForAsyncUtils;

/** The highlight of the selected quote lies on the quote's own words in the article, line for line. */
class SourcePanelFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    private final LoadedModel model = fixture;

    /** As the built-in model: no file. */
    @Override
    protected java.nio.file.Path modelFile() { return null; }

    /** Fact-checkers weigh an unsigned article differently: the panel says how the outlet is known, or why it is not. */
    @Test
    void theArticleSaysHowItsOutletIsKnownOrWhyItIsNot() throws Exception {
        int shown = 0;
        for (org.sourcedtimeline.model.Source s : model.model().sources()) {
            if (s.outletNote() == null) continue;
            fx(() -> {
                vm.openSource(s.id());
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            boolean found = fx(() -> window.scene().getRoot().lookupAll(".source-meta").stream()
                    .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().contains(s.outletNote())));
            assertTrue(found, s.id() + ": its outlet note is shown");
            shown++;
        }
        assertTrue(shown >= 2, "the fixture gives two articles a note: " + shown);
    }

    @Test
    void theHighlightCoversTheSelectedWordsAndNothingAbove() throws Exception {
        List<Quote> quotes = model.model().quotes();
        int checked = 0;
        for (int i = 0; i < quotes.size(); i += 3) {
            String id = quotes.get(i).id();
            fx(() -> {
                vm.selectedQuoteIdProperty().set(id);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Bounds[] b = fx(() -> {
                TextFlow flow = (TextFlow) window.scene().lookup("#article-text");
                Bounds words = null;
                Bounds mark = null;
                for (Node n : flow.getChildren()) {
                    if (n instanceof Text t && t.getStyleClass().contains("quote-selected")) words = union(words, t.getBoundsInParent());
                    if (n instanceof Path p && p.getStyleClass().contains("quote-highlight") && !p.getElements().isEmpty())
                        mark = p.getBoundsInParent();
                }
                return new Bounds[] {words, mark};
            });
            if (b[0] == null) continue;
            assertFalse(b[1] == null, id + ": the selected words are highlighted");
            String where = id + ": words " + b[0] + ", highlight " + b[1];
            assertTrue(b[1].getMinY() >= b[0].getMinY() - 3, "the highlight starts no higher than the words: " + where);
            assertTrue(b[1].getMaxY() <= b[0].getMaxY() + 3, "and ends no lower: " + where);
            assertTrue(b[1].getHeight() >= b[0].getHeight() - 8, "it covers every line of them: " + where);
            checked++;
        }
        assertTrue(checked >= 5, "quotes checked: " + checked);
    }

    /** Words that are a quote and under a curator's note read as the quote (its colour), still underlined for the note. */
    @Test
    void aQuoteUnderANoteIsColouredAsAQuote() throws Exception {
        // The built-in model: "farce" in the New Delhi article is a quote and carries a curator's note.
        org.sourcedtimeline.io.ModelLoader.Result builtIn = org.sourcedtimeline.io.ModelLoader.loadBuiltIn();
        assertTrue(builtIn.ok(), builtIn.problems().toString());
        String id = "new-delhi-2023-russie-farce";
        fx(() -> {
            vm.setModel(builtIn.loaded(), null, List.of());
            vm.selectedQuoteIdProperty().set(id);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Object[] fills = fx(() -> {
            window.scene().getRoot().applyCss();
            TextFlow flow = (TextFlow) window.scene().lookup("#article-text");
            javafx.scene.paint.Paint selectedUnderNote = null, selectedAlone = null, quoteUnderNote = null, quoteAlone = null, noteAlone = null;
            boolean underlined = false;
            for (Node n : flow.getChildren()) {
                if (!(n instanceof Text t)) continue;
                boolean note = t.getStyleClass().contains("source-note");
                if (t.getStyleClass().contains("quote-selected")) {
                    if (note) { selectedUnderNote = t.getFill(); underlined = t.isUnderline(); }
                    else selectedAlone = t.getFill();
                } else if (t.getStyleClass().contains("quote-run")) {
                    if (note) quoteUnderNote = t.getFill();
                    else quoteAlone = t.getFill();
                } else if (note) {
                    noteAlone = t.getFill();
                }
            }
            return new Object[] {selectedUnderNote, selectedAlone, quoteUnderNote, quoteAlone, underlined, noteAlone};
        });
        org.junit.jupiter.api.Assertions.assertNotNull(fills[0], "the farce quote has words under a note");
        org.junit.jupiter.api.Assertions.assertNotNull(fills[5], "the article has note words outside quotes too");
        org.junit.jupiter.api.Assertions.assertNotEquals(fills[5], fills[0], "selected: not the note's colour");
        if (fills[1] != null) org.junit.jupiter.api.Assertions.assertEquals(fills[1], fills[0], "but the selected quote's");
        assertTrue((Boolean) fills[4], "and underlined for the note");
        if (fills[2] != null) org.junit.jupiter.api.Assertions.assertNotEquals(fills[5], fills[2], "not selected: not the note's colour either");
        if (fills[2] != null && fills[3] != null)
            org.junit.jupiter.api.Assertions.assertEquals(fills[3], fills[2], "but a quote's");
    }

    private static Bounds union(Bounds a, Bounds b) {
        if (a == null) return b;
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
