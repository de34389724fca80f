package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.WindowFxTest;
import org.sourcedtimeline.ui.text.DisplayText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Place;
import org.sourcedtimeline.model.Published;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.SaidAt;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.SourceNote;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineView;
import org.sourcedtimeline.ui.panels.StagedChildren;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A model with a right-to-left override and a bell in every string it has (titles, names, offices,
 * places, summaries, notes, quote words, labels, the articles themselves), shown event by event and
 * quote by quote: no text on screen (labels, text runs, tooltips, menus, timeline labels, the window
 * title) holds a control or bidirectional character; they are all visible markers, and the highlighted
 * quote is still on its own words. The model is built in memory: the loader would warn about it, the
 * window must not care.
 */
class SafeDisplayFxTest extends WindowFxTest {
    private static final String RLO = "\u202E";
    private static final String BEL = "\u0007";

    private LoadedModel evil;

    static String evil(String s) { return s == null ? null : RLO + s + BEL; }

    /** Every string of the fixture model wrapped in an override and a bell; « and » of the articles become them too (same length). */
    static LoadedModel evilModel(LoadedModel lm) {
        TimelineModel m = lm.model();
        List<Source> sources = m.sources().stream().map(s -> new Source(s.id(), s.file(), s.sha256(), evil(s.title()), evil(s.outlet()), evil(s.outletNote()),
                s.language(), s.published() == null ? null : new Published(s.published().date(), evil(s.published().inferredFrom())),
                s.boilerplate(), s.notes().stream().map(n -> new SourceNote(n.range(), evil(n.exact()), evil(n.note()))).toList())).toList();
        List<Actor> actors = m.actors().stream().map(a -> new Actor(a.id(), evil(a.name()), evil(a.role()), evil(a.affiliation()))).toList();
        List<Event> events = m.events().stream().map(e -> new Event(e.id(), evil(e.title()), e.start(), e.end(),
                e.place() == null ? null : new Place(evil(e.place().name()), evil(e.place().country()), e.place().lat(), e.place().lon()),
                e.kind(), e.participants(), evil(e.summary()), evil(e.duration()), e.sourceIds(),
                e.accounts().stream().map(a -> new Account(evil(a.side()), a.teller(), evil(a.summary()), a.quoteIds(), a.spans())).toList()))
                .toList();
        List<Quote> quotes = m.quotes().stream().map(q -> new Quote(q.id(), q.eventId(), q.speakerId(), evil(q.speakerLabel()), evil(q.text()),
                q.sourceId(), q.selector(), q.attribution(),
                q.saidAt() == null ? null : new SaidAt(evil(q.saidAt().place()), q.saidAt().date(), evil(q.saidAt().note())),
                q.notes().stream().map(SafeDisplayFxTest::evil).toList())).toList();
        Map<String, ArticleText> articles = new HashMap<>();
        for (Source s : m.sources())
            articles.put(s.id(), new ArticleText(lm.article(s.id()).text().replace("\u00AB", RLO).replace("\u00BB", BEL)));
        return new LoadedModel(new TimelineModel(m.schemaVersion(), evil("Evil title"), sources, actors, events, quotes), articles,
                evil(lm.origin()));
    }

    @Start
    void start(Stage stage) {
        evil = evilModel(fixture);
        startWindow(stage, evil);
    }

    @Override
    protected Path modelFile() { return Path.of("/tmp/evil" + RLO + "nosj.json"); }

    @Override
    protected List<Problem> problems() {
        return List.of(Problem.warning("evil" + RLO + ".json", Location.NONE, "a warning quoting " + RLO + "text" + BEL));
    }

    @Override
    protected void beforeShow() { vm.addRecent(Path.of("/tmp/recent" + RLO + "nosj.json")); }

    private static boolean unsafe(String s) { return s != null && !DisplayText.safe(s).equals(s); }

    /** Every text the user can see or hover, with where it is. */
    private List<String[]> shownTexts(FxRobot robot) {
        List<String[]> out = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s) out.add(new String[] {"stage title", s.getTitle()});
            if (w.getScene() != null) walk(w.getScene().getRoot(), out);
        }
        TimelineView tv = robot.lookup("#timeline").queryAs(TimelineView.class);
        for (TimelineItem i : tv.getItems()) {
            out.add(new String[] {"timeline label " + i.id(), i.label()});
            out.add(new String[] {"timeline accessible " + i.id(), i.accessibleText()});
        }
        out.add(new String[] {"timeline accessible", tv.getAccessibleText()});
        return out;
    }

    private static void walk(Node n, List<String[]> out) {
        String where = n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + " " + n.getStyleClass();
        if (n instanceof Labeled l) {
            out.add(new String[] {where, l.getText()});
            if (l.getTooltip() != null) out.add(new String[] {where + " tooltip", l.getTooltip().getText()});
        }
        if (n instanceof javafx.scene.control.Control c && c.getTooltip() != null) out.add(new String[] {where + " tooltip", c.getTooltip().getText()});
        // A tip not yet made (it waits for the pointer) is checked all the same, and what a screen reader is given.
        String tip = org.sourcedtimeline.ui.fx.HoverTips.textOf(n);
        if (tip != null) out.add(new String[] {where + " tip", tip});
        if (n.getAccessibleHelp() != null) out.add(new String[] {where + " accessible help", n.getAccessibleHelp()});
        if (n instanceof Text t) out.add(new String[] {where, t.getText()});
        if (n instanceof TextInputControl t && !"search".equals(t.getId())) out.add(new String[] {where, t.getText()});
        for (Object v : n.getProperties().values())
            if (v instanceof Tooltip t) out.add(new String[] {where + " installed tooltip", t.getText()});
        if (n instanceof MenuBar bar) for (Menu m : bar.getMenus()) menu(m, out);
        if (n instanceof org.sourcedtimeline.ui.filters.CheckMenuButton<?> filter) {
            @SuppressWarnings("unchecked")
            org.sourcedtimeline.ui.filters.CheckMenuButton<Object> c = (org.sourcedtimeline.ui.filters.CheckMenuButton<Object>) filter;
            for (Object value : c.getValues()) out.add(new String[] {where + " value", c.textOf(value)});
        }
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, out);
    }

    private static void menu(MenuItem item, List<String[]> out) {
        out.add(new String[] {"menu item", item.getText()});
        if (item instanceof Menu m) for (MenuItem i : m.getItems()) menu(i, out);
    }

    private void assertAllSafe(FxRobot robot, String when) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("." + StagedChildren.PENDING).tryQuery().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(2);
        List<String[]> bad = fx(() -> shownTexts(robot).stream().filter(t -> unsafe(t[1])).toList());
        assertEquals("", bad.stream().map(t -> t[0] + ": " + DisplayText.safe(t[1])).collect(Collectors.joining("\n")),
                when + ": texts shown with a control or bidirectional character");
    }

    @Test
    void everyModelTextIsShownWithMarkersNeverAsControls(FxRobot robot) throws Exception {
        assertAllSafe(robot, "nothing selected");
        List<String> texts = fx(() -> shownTexts(robot).stream().map(t -> t[1]).toList());
        assertTrue(texts.stream().anyMatch(t -> t != null && t.contains("\u27E8U+202E\u27E9Evil title\u27E8U+0007\u27E9")),
                "the model's title is shown with its markers (window title)");
        for (Event e : evil.model().events()) {
            fx(() -> vm.select(e.id()));
            assertAllSafe(robot, e.id());
            fx(() -> { vm.openEvent(e.id()); return null; });
            assertAllSafe(robot, e.id() + " opened");
        }
        fx(() -> { vm.searchTextProperty().set("nous"); return null; });
        assertAllSafe(robot, "searching");
    }

    @Test
    void theHighlightedQuoteIsStillOnItsWordsWhenTheArticleHasMarkers(FxRobot robot) throws Exception {
        Quote q = evil.model().quotes().stream()
                .filter(x -> evil.article(x.sourceId()).slice(x.selector().start(), x.selector().end()).contains(RLO)
                        || evil.article(x.sourceId()).slice(x.selector().start(), x.selector().end()).contains(BEL))
                .findFirst().orElse(evil.model().quotes().get(0));
        fx(() -> vm.select(q.id()));
        WaitForAsyncUtils.waitForFxEvents(2);
        String highlighted = fx(() -> robot.lookup("#article-text").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .filter(n -> n instanceof Text t && t.getStyleClass().contains("quote-selected"))
                .map(n -> ((Text) n).getText()).collect(Collectors.joining()));
        ArticleText article = evil.article(q.sourceId());
        assertEquals(DisplayText.safe(article.slice(q.selector().start(), q.selector().end())), highlighted);
        String shownArticle = fx(() -> robot.lookup("#article-text").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).collect(Collectors.joining()));
        assertEquals(DisplayText.safe(article.text()), shownArticle, "the whole article, markers for the controls");
        assertTrue(shownArticle.contains("\u27E8U+202E\u27E9"), "the test article has markers");
        assertFalse(evil.model().quote(q.id()).orElseThrow().text().startsWith("\u27E8"), "the model is never altered");
    }
}
