package org.sourcedtimeline.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.WindowFxTest;
import org.sourcedtimeline.ui.fx.HoverTips;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Quotes panel in the real window: a long list shows its top at once and the rest in the frames
 * after; the card that sets how many make a screenful is really the smallest; the cards share their
 * few tooltips.
 */
class QuotesPanelFxTest extends WindowFxTest {
    /** Quotes added to the fixture so that the list runs well past a screen. */
    private static final int EXTRA = 40;
    private static final String SHORT = "short-quote";

    private LoadedModel model;

    @Start
    void start(Stage stage) {
        model = longModel(fixture);
        startWindow(stage, null); // each test shows its model itself
    }

    /**
     * The fixture and copies of its first quote, one of them the smallest card there can be: one word, a
     * speaker only described, no role, no place, no note.
     */
    private static LoadedModel longModel(LoadedModel m) {
        TimelineModel t = m.model();
        Quote q = t.quotes().get(0);
        List<Quote> quotes = new ArrayList<>(t.quotes());
        quotes.add(new Quote(SHORT, q.eventId(), null, "un diplomate", "Non.", q.sourceId(), q.selector(), Attribution.EXPLICIT, null, List.of()));
        for (int i = 0; i < EXTRA; i++)
            quotes.add(new Quote("copy-" + i, q.eventId(), q.speakerId(), q.speakerLabel(), q.text(), q.sourceId(), q.selector(),
                    q.attribution(), q.saidAt(), q.notes()));
        return new LoadedModel(new TimelineModel(t.schemaVersion(), t.title(), t.sources(), t.actors(), t.events(), quotes),
                m.articles(), m.origin());
    }

    private List<String> cards(FxRobot robot) {
        return robot.lookup("#quotes-panel .quote-card").queryAll().stream().map(n -> (String) n.getUserData()).toList();
    }

    private boolean pending(FxRobot robot) {
        return robot.lookup("#quotes-panel ." + StagedChildren.PENDING).tryQuery().isPresent();
    }

    @Test
    void aLongListShowsItsTopAtOnceAndEndsWhole(FxRobot robot) throws Exception {
        List<String> all = model.model().quotes().stream().map(Quote::id).toList();
        List<String> first = fx(() -> {
            vm.setModel(model, null, List.of());
            return cards(robot);
        });
        assertTrue(first.size() < all.size(), "not every card before the next frame: " + first.size());
        // The cards built at once fill the viewport, and one more at most (laid out, before the frame after).
        double[] sizes = fx(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup("#quotes-panel .scroll-pane").query();
            javafx.scene.layout.VBox content = (javafx.scene.layout.VBox) scroll.getContent();
            double width = content.getWidth() - content.snappedLeftInset() - content.snappedRightInset();
            double below = 0;
            double last = 0;
            for (String id : first) {
                last = robot.lookup("#quote-" + id).query().prefHeight(width) + content.getSpacing();
                below += last;
            }
            return new double[] {scroll.getViewportBounds().getHeight(), below, last};
        });
        assertTrue(sizes[0] > QuotesPanel.CARD_MIN_HEIGHT, "the test's viewport: " + sizes[0]);
        assertTrue(sizes[1] > sizes[0], "cards of " + sizes[1] + " px fill the viewport of " + sizes[0] + " px: " + first.size());
        assertTrue(sizes[1] - sizes[2] <= sizes[0] + 0.5, "no more than one beyond it: " + first.size());
        assertEquals(all.subList(0, first.size()), first, "the top of the list");
        assertTrue(fx(() -> pending(robot)), "the rest is coming");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !pending(robot)));
        assertEquals(all, fx(() -> cards(robot)), "every quote has its card, in order");
    }

    @Test
    void noCardIsShorterThanTheBoundThatSetsAScreenful(FxRobot robot) throws Exception {
        String event = model.model().quotes().get(0).eventId();
        fx(() -> {
            vm.setModel(model, null, List.of());
            vm.selectedEventIdProperty().set(event); // an event's own quotes: no link to the event on the cards
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !pending(robot)));
        WaitForAsyncUtils.waitForFxEvents(2);
        double[] heights = fx(() -> robot.lookup("#quotes-panel .quote-card").queryAll().stream()
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).sorted().toArray());
        double shortest = fx(() -> robot.lookup("#quote-" + SHORT).query().getLayoutBounds().getHeight());
        assertEquals(heights[0], shortest, 0.5, "the one-word card is the shortest");
        assertTrue(shortest >= QuotesPanel.CARD_MIN_HEIGHT, "shortest card " + shortest + " px");
    }

    /** A quote chosen elsewhere (the Source panel, a search) has its card built, marked and scrolled into view. */
    @Test
    void aQuoteSelectedElsewhereIsBroughtIntoView(FxRobot robot) throws Exception {
        String last = "copy-" + (EXTRA - 1);
        fx(() -> {
            vm.setModel(model, null, List.of());
            vm.selectedQuoteIdProperty().set(last);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(4);
        boolean[] seen = fx(() -> {
            Node card = robot.lookup("#quote-" + last).query();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup("#quotes-panel .scroll-pane").query();
            javafx.geometry.Bounds c = card.localToScene(card.getBoundsInLocal());
            javafx.geometry.Bounds v = scroll.localToScene(scroll.getLayoutBounds());
            return new boolean[] {card.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")),
                    c.getMinY() >= v.getMinY() - 1 && c.getMinY() < v.getMaxY() - 20};
        });
        assertTrue(seen[0], "the card is marked as selected");
        assertTrue(seen[1], "the card is in view");
    }

    @Test
    void theCardsShareTheirTooltips(FxRobot robot) throws Exception {
        fx(() -> { vm.setModel(model, null, List.of()); return null; });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !pending(robot)));
        List<Tooltip> copy = fx(() -> robot.lookup("#quotes-panel .quote-copy").queryAll().stream()
                .map(HoverTips::tooltip).toList());
        assertEquals(model.model().quotes().size(), copy.size());
        for (Tooltip t : copy) assertSame(copy.get(0), t, "one tooltip for every copy button");
        String text = fx(() -> copy.get(0).getText());
        assertFalse(text.isBlank());
        Node source = fx(() -> robot.lookup("#quotes-panel .quote-source").query());
        assertTrue(fx(() -> HoverTips.tooltip(source) != copy.get(0)), "each text its own tooltip");
        assertNull(fx(() -> ((Control) robot.lookup("#quotes-panel .quote-copy-link").query()).getTooltip()),
                "a tip waits for the pointer: no tooltip is made before it");
    }

    /** Copy link on a card puts the command that opens the app on that quote on the clipboard. */
    @Test
    void copyLinkPutsTheQuotesCommandOnTheClipboard(FxRobot robot) throws Exception {
        fx(() -> { vm.setModel(model, null, List.of()); return null; });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !pending(robot)));
        javafx.scene.control.Button link = fx(() -> robot.lookup("#quotes-panel .quote-copy-link").queryAs(javafx.scene.control.Button.class));
        fx(() -> { link.fire(); return null; });
        String copied = fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        String first = fx(() -> vm.getLoaded().model().quotes().get(0).id());
        assertEquals(fx(() -> vm.link(first)), copied);
        assertTrue(copied.contains("--select " + first), copied);
    }
}
