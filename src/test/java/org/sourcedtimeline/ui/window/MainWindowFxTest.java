package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.UiFixtures;
import org.sourcedtimeline.ui.WindowFxTest;
import org.sourcedtimeline.ui.settings.Theme;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.generate.SyntheticModel;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineView;
import org.sourcedtimeline.ui.control.timeline.skin.TimelineViewSkin;
import org.sourcedtimeline.ui.panels.StagedChildren;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: what a journalist does with the mouse and the keyboard. */
class MainWindowFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    private final LoadedModel model = fixture;

    private List<String> quoteCards(FxRobot robot) {
        try {
            // Asked on the FX thread: read from here, the pane can be caught between removing its spacer and adding it back.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> robot.lookup("." + StagedChildren.PENDING).tryQuery().isEmpty()).get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Quotes panel never built all its cards", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".quote-card").queryAll().stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(n -> (String) n.getUserData()).toList();
    }

    private List<String> quotesOf(String eventId) {
        return model.model().quotesOf(eventId).stream().map(Quote::id).toList();
    }

    private String eventTitle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#event-panel .event-title").queryAs(Label.class).getText();
    }

    private static TimelineView timeline(FxRobot robot) { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    /** The timeline's items that its highlight accents. */
    private static Set<String> highlighted(TimelineView tv) {
        if (tv.getHighlight() == null) return Set.of();
        return tv.getItems().stream().map(i -> i.id()).filter(tv.getHighlight()).collect(java.util.stream.Collectors.toSet());
    }

    private static Point2D onScreen(TimelineView tv, String id) {
        TimelineItem item = tv.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        Bounds b = ((TimelineViewSkin) tv.getSkin()).itemBounds(item);
        assertNotNull(b, "the timeline draws " + id);
        return tv.localToScreen(b.getCenterX(), b.getCenterY());
    }

    @Test
    void clickingAnEventOnTheTimelineShowsItsQuotes(FxRobot robot) {
        TimelineView tv = timeline(robot);
        robot.clickOn(onScreen(tv, "malta-2024"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("malta-2024", vm.getSelectedEventId());
        assertEquals(quotesOf("malta-2024"), quoteCards(robot));
        assertEquals("Réunion de l’OSCE à Malte", eventTitle(robot));
        assertTrue(robot.lookup("#event-panel .badge-warning").tryQuery().isPresent(), "single source is marked");
    }

    /** A panel with nothing to show says so in the scroll pane's place: no scroll pane to build before there is content. */
    @Test
    void anEmptyPanelHasNoScrollPaneUntilItHasSomethingToShow(FxRobot robot) {
        robot.interact(() -> vm.selectedEventIdProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        for (String panel : List.of("#event-panel", "#accounts-panel")) {
            assertTrue(robot.lookup(panel + " .scroll-pane").tryQuery().isEmpty(), panel + ": no scroll pane while empty");
            assertTrue(robot.lookup(panel + " .panel-empty").tryQuery().isPresent(), panel + " says it is empty");
        }
        robot.clickOn(onScreen(timeline(robot), "malta-2024"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Réunion de l’OSCE à Malte", eventTitle(robot));
        assertTrue(robot.lookup("#event-panel .scroll-pane").tryQuery().isPresent(), "the content scrolls");
        assertTrue(robot.lookup("#event-panel .panel-empty").tryQuery().isEmpty());
        robot.interact(() -> vm.selectedEventIdProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#event-panel .scroll-pane").tryQuery().isEmpty(), "empty again");
        assertTrue(robot.lookup("#event-panel .event-title").tryQuery().isEmpty(), "nothing of the event left");
    }

    @Test
    void typingASearchHighlightsTheTimelineAndFiltersQuotes(FxRobot robot) {
        robot.clickOn("#search").write("ECLAIRCISSEMENTS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("stockholm-2021"), highlighted(timeline(robot)));
        assertEquals(List.of("stockholm-lavrov-eclaircissements"), quoteCards(robot));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(timeline(robot).getHighlight(), "no search, nothing dimmed");
    }

    @Test
    void aSearchMatchingHundredsOfQuotesListsTheFirstAndSaysHowManyThereAre(FxRobot robot) {
        TimelineModel big = SyntheticModel.generate(300, 1500, 7).model();
        robot.interact(() -> vm.setModel(new LoadedModel(big, Map.of(), "synthetic"), null, List.of()));
        robot.clickOn("#search").write("n");
        WaitForAsyncUtils.waitForFxEvents();
        int total = vm.getQuoteTotal();
        assertTrue(total > MainViewModel.QUOTE_LIST_LIMIT, "the synthetic text is full of n-words: " + total);
        assertEquals(vm.visibleQuotes().stream().map(Quote::id).toList(), quoteCards(robot));
        assertEquals(MainViewModel.QUOTE_LIST_LIMIT, quoteCards(robot).size());
        String context = robot.lookup("#quotes-panel .panel-context").queryAs(Label.class).getText();
        assertTrue(context.startsWith(String.format(Locale.ENGLISH, "%,d quotes matching", total)), context);
        assertTrue(context.endsWith("the first " + MainViewModel.QUOTE_LIST_LIMIT + " shown"), context);
        TimelineView tv = timeline(robot);
        assertEquals(vm.hits().eventCount(), highlighted(tv).size(), "every event the search found is accented");
    }

    @Test
    void theTimelineIsDrivenByKeyboardAndThePanelsFollow(FxRobot robot) {
        robot.interact(() -> vm.select("stockholm-2021"));
        TimelineView tv = timeline(robot);
        robot.clickOn("#search");
        for (int i = 0; i < 20 && !tv.isFocused(); i++) robot.push(KeyCode.TAB);
        assertTrue(tv.isFocused(), "Tab reaches the timeline");
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("geneva-2022", vm.getSelectedEventId());
        assertEquals("Geneva meeting", eventTitle(robot), "the English version the fixture gives");
        assertEquals(quotesOf("geneva-2022"), quoteCards(robot));
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("stockholm-2021", vm.getSelectedEventId());
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.model().quotesOf("stockholm-2021").get(0).id(), vm.getSelectedQuoteId(), "Enter opens the event");
        assertTrue(tv.isFocused(), "the keyboard stays on the timeline");
    }

    @Test
    void clickingAQuoteOpensItsArticleWithTheSentenceHighlighted(FxRobot robot) {
        robot.interact(() -> vm.select("geneva-2022"));
        String first = quoteCards(robot).get(0);
        Quote q = model.model().quote(first).orElseThrow();
        robot.clickOn(robot.lookup("#quote-" + first + " .quote-speaker").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, vm.getSelectedQuoteId());
        assertEquals(q.sourceId(), vm.getOpenSourceId());
        String shown = robot.lookup("#article-text").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && t.getStyleClass().contains("quote-selected"))
                .map(n -> ((javafx.scene.text.Text) n).getText()).collect(Collectors.joining());
        assertEquals(q.text(), shown, "the exact characters of the article are the highlighted ones");
    }

    @Test
    void aQuoteSaidElsewhereSaysWhereAndWhen(FxRobot robot) {
        robot.interact(() -> vm.select("new-delhi-blinken-tachkent"));
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup("#quote-new-delhi-blinken-tachkent .quote-said-at").queryAs(Label.class).getText();
        assertEquals("said in Tachkent, March 1, 2023", said);
        assertTrue(robot.lookup("#quote-new-delhi-us-official-but .badge-ambiguous").tryQuery().isPresent(), "ambiguous marked");
    }

    @Test
    void theSpeakerFilterPopupFiltersQuotesAndTheTimeline(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select("new-delhi-2023"));
        robot.clickOn("#speaker-filter");
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".check-box").match((Node n) -> n instanceof javafx.scene.control.CheckBox c
                && "Maria Zakharova".equals(c.getText())).query();
        assertNotNull(item, "the popup lists the speakers");
        snapshot(item.getScene(), "speaker-filter-open");
        robot.clickOn(item);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("zakharova"), List.copyOf(vm.speakerFilter()));
        assertEquals(List.of("new-delhi-zakharova-a-la-volee"), quoteCards(robot));
        assertEquals(List.of("new-delhi-2023"), timeline(robot).getItems().stream().map(TimelineItem::id).toList());
    }

    @Test
    void theDatePickerMovesTheTimelineAndTheThemeButtonSwitches(FxRobot robot) {
        TimelineView tv = timeline(robot);
        robot.interact(() -> tv.zoomIn());
        robot.interact(() -> robot.lookup("#date-field").queryAs(jfxtras.scene.control.LocalDateTextField.class)
                .setLocalDate(java.time.LocalDate.of(2018, 6, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        double centre = tv.getVisibleWindow().center();
        assertEquals(java.time.LocalDate.of(2018, 6, 1).toEpochDay(), centre, 2.0, "centred on the chosen day");
        robot.interact(() -> window.applyTheme(Theme.DARK));
        assertEquals(Theme.DARK.userAgentStylesheet(), javafx.application.Application.getUserAgentStylesheet());
        robot.interact(() -> window.applyTheme(Theme.LIGHT));
    }

    private static void snapshot(javafx.scene.Scene scene, String name) throws Exception {
        UiFixtures.snapshot(scene, java.nio.file.Path.of("target/dialogs", name + ".png"));
    }

    @Test
    void aBadFileShowsItsProblemsAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> vm.select("geneva-lavrov-propositions"));
        List<String> before = quoteCards(robot);
        robot.interact(() -> window.openFile(UiFixtures.danglingModel()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#problems-text").tryQuery().isPresent());
        String problems = robot.lookup("#problems-text").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("nowhere-2099"), problems);
        assertTrue(problems.matches("(?s).*model\\.json:\\d+:\\d+: .*"), "located as file:line:col: " + problems);
        assertSame(model, vm.getLoaded(), "the current model stays");
        assertEquals("geneva-lavrov-propositions", vm.getSelectedQuoteId());
        assertEquals("geneva-2022", vm.getSelectedEventId());
        assertEquals(before, quoteCards(robot));
        robot.interact(() -> window.lastProblems().alert().close());
    }

    @Test
    void switchingToFrenchRelabelsEverythingAndKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> vm.select("geneva-blinken-moment-critique"));
        robot.clickOn("View").clickOn("Language").clickOn("#menu-french");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.FRENCH, vm.getLocale());
        List<String> titles = robot.lookup(".panel-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(titles.containsAll(List.of("Événement", "Versions", "Citations", "Source")), titles.toString());
        assertTrue(robot.lookup("Fichier").tryQuery().isPresent(), "French menus");
        assertEquals("geneva-blinken-moment-critique", vm.getSelectedQuoteId());
        assertEquals(quotesOf("geneva-2022"), quoteCards(robot));
        String date = robot.lookup("#event-panel .event-date").queryAs(Label.class).getText();
        assertEquals("21 janvier 2022", date);
    }

    @Test
    void theLoadingBarJoinsTheStatusBarWhenALoadFirstRunsAndShowsOnlyWhileOneDoes(FxRobot robot) {
        assertTrue(robot.lookup("#loadProgress").tryQuery().isEmpty(), "not in the window while nothing has loaded since it was built");
        robot.interact(() -> vm.busyProperty().set(true));
        Node progress = robot.lookup("#loadProgress").query();
        assertTrue(progress instanceof javafx.scene.control.ProgressBar p && p.isIndeterminate(), "indeterminate until the loader reports");
        Node box = robot.lookup(".loading-box").query();
        assertTrue(box.isVisible(), "shown while loading");
        assertTrue(robot.lookup("#cancelLoadButton").tryQuery().isPresent(), "with its Cancel button");
        Bounds b = box.localToScene(box.getLayoutBounds());
        Node status = robot.lookup("#status-bar").query();
        Bounds bar = status.localToScene(status.getLayoutBounds());
        assertTrue(bar.contains(b.getCenterX(), b.getCenterY()) && b.getWidth() > 100, "in the status bar: " + b);
        robot.interact(() -> vm.loadProgressProperty().set(0.42));
        assertEquals(0.42, ((javafx.scene.control.ProgressBar) progress).getProgress(), 1e-9);
        robot.interact(() -> vm.busyProperty().set(false));
        assertFalse(box.isVisible(), "hidden after");
        robot.interact(() -> vm.busyProperty().set(true));
        assertSame(box, robot.lookup(".loading-box").query(), "one bar, made once");
        robot.interact(() -> vm.busyProperty().set(false));
    }

    /** The status bar says what the timeline's marks mean: named while there is room, the marks alone (with their tooltips) when not. */
    @Test
    void theLegendNamesTheMarksWhileThereIsRoom(FxRobot robot) {
        List<javafx.scene.control.Label> entries = robot.lookup(".legend-entry").queryAllAs(javafx.scene.control.Label.class)
                .stream().toList();
        assertEquals(5, entries.size());
        ResourceBundle b = ResourceBundle.getBundle("org.sourcedtimeline.ui.window.MainView", Locale.ENGLISH);
        assertEquals(List.of(b.getString("legend.day"), b.getString("legend.range"), b.getString("legend.imprecise"),
                b.getString("legend.weak"), b.getString("legend.cluster")), entries.stream().map(javafx.scene.control.Label::getText).toList());
        List<String> tips = List.of("legend.day.tip", "legend.range.tip", "legend.imprecise.tip", "legend.weak.tip", "legend.cluster.tip");
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(b.getString(tips.get(i)), org.sourcedtimeline.ui.fx.HoverTips.textOf(entries.get(i)), entries.get(i).getText());
            assertEquals(b.getString(tips.get(i)), entries.get(i).getAccessibleHelp(), "what a screen reader is given");
        }
        Node status = robot.lookup("#status-bar").query();
        Node counts = robot.lookup(".status-counts").query();
        assertTrue(entries.stream().allMatch(l -> l.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT),
                "named at 1240 px");
        assertNoOverlap(counts, entries.get(0));

        Stage stage = (Stage) status.getScene().getWindow();
        robot.interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(entries.stream().allMatch(l -> l.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY),
                "the marks alone when narrow");
        assertNoOverlap(counts, entries.get(0));
        robot.interact(() -> stage.setWidth(1240));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(entries.stream().allMatch(l -> l.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT), "and named again");
    }

    /** Seen in the installed app: "…5 articlesOpened New Delhi.timeline.json", the message against the counts. */
    @Test
    void aStatusMessageStandsApartFromTheCounts(FxRobot robot) {
        String message = "Opened encounters.json";
        robot.interact(() -> window.view().showMessage(message));
        WaitForAsyncUtils.waitForFxEvents();
        Node counts = robot.lookup(".status-counts").query();
        javafx.scene.control.Label shown = robot.from(robot.lookup("#status-bar").<Node>query()).lookup(".label")
                .queryAllAs(javafx.scene.control.Label.class).stream().filter(l -> message.equals(l.getText())).findFirst().orElseThrow();
        // The words, not the labels: a label's padding is inside its bounds.
        Node countsText = counts.lookup(".text");
        Node shownText = shown.lookup(".text");
        Bounds a = countsText.localToScene(countsText.getBoundsInLocal());
        Bounds b = shownText.localToScene(shownText.getBoundsInLocal());
        assertTrue(a.getMaxX() + 12 <= b.getMinX(), "at least 12 px between the counts and the message: " + a + " / " + b);
    }

    /** At 1024 px the search field gives up width so that the zoom buttons stay in the toolbar, not in its overflow menu. */
    @Test
    void onANarrowWindowTheSearchFieldShrinksBeforeTheZoomButtonsGo(FxRobot robot) {
        Node search = robot.lookup("#search").query();
        double wide = search.prefWidth(-1);
        Stage stage = (Stage) search.getScene().getWindow();
        robot.interact(() -> stage.setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        assertTrue(search.prefWidth(-1) < wide, "narrower: " + wide + " -> " + search.prefWidth(-1));
        for (String id : List.of("#fitAllButton", "#zoomInButton", "#zoomOutButton", "#zoomSelectionButton")) {
            Node b = robot.lookup(id).query();
            assertNotNull(b.getScene(), id + " is still in the toolbar");
            Bounds at = b.localToScene(b.getLayoutBounds());
            assertTrue(at.getMaxX() <= 1024, id + " is inside the window: " + at);
        }
        // At the window's least width the filters give some room too: the zoom buttons still show.
        robot.interact(() -> stage.setWidth(MainWindow.MIN_WIDTH));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        for (String id : List.of("#fitAllButton", "#zoomInButton", "#zoomOutButton")) {
            Node b = robot.lookup(id).query();
            assertNotNull(b.getScene(), id + " is still in the toolbar at " + MainWindow.MIN_WIDTH + " px");
            assertTrue(b.localToScene(b.getLayoutBounds()).getMaxX() <= MainWindow.MIN_WIDTH, id);
        }
        robot.interact(() -> stage.setWidth(1240));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        assertEquals(wide, search.prefWidth(-1), 1, "and as wide as before on a wide window");
    }

    private static void assertNoOverlap(Node left, Node right) {
        Bounds a = left.localToScene(left.getLayoutBounds());
        Bounds b = right.localToScene(right.getLayoutBounds());
        assertTrue(a.getMaxX() <= b.getMinX(), "the counts end before the legend starts: " + a + " / " + b);
    }
}
