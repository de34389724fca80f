package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.WindowFxTest;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Curated text in the UI's language where the curation gives it (the fixture translates the Geneva
 * event and Lavrov), as written where it does not; quotes stay in their article's words.
 */
class CuratedLanguageFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    private final LoadedModel model = fixture;

    @Override
    protected void beforeShow() { vm.selectedEventIdProperty().set("geneva-2022"); }

    private String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private String timelineLabel(String id) throws Exception {
        return fx(() -> window.view().timeline().view().getItems().stream().filter(i -> i.id().equals(id))
                .map(TimelineItem::label).findFirst().orElseThrow());
    }

    @Test
    void theEventPanelAndTheTimelineSpeakTheUisLanguage(FxRobot robot) throws Exception {
        assertEquals("Geneva meeting", text(robot, "#event-panel .event-title"));
        assertEquals("Geneva", timelineLabel("geneva-2022"));
        fx(() -> { window.switchLanguage(Locale.FRENCH); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Rencontre de Genève", text(robot, "#event-panel .event-title"));
        assertEquals("Genève", timelineLabel("geneva-2022"));
    }

    @Test
    void anUntranslatedFieldIsShownAsWritten(FxRobot robot) throws Exception {
        String asWritten = model.model().event("crimea-2014").orElseThrow().title();
        fx(() -> { vm.selectedEventIdProperty().set("crimea-2014"); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asWritten, text(robot, "#event-panel .event-title"), "no version in English: the curator's French");
    }

    /** The fixture gives one Stockholm quote's note a French version: the card shows it in French only. */
    @Test
    void aQuotesNoteIsShownInTheUisLanguage(FxRobot robot) throws Exception {
        var q = model.model().quote("stockholm-lavrov-eclaircissements").orElseThrow();
        fx(() -> { vm.selectedQuoteIdProperty().set(q.id()); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        java.util.function.Predicate<String> shown = t -> {
            try {
                return fx(() -> robot.lookup(".quote-note").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals(t)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(true, shown.test(q.notes().get(0)), "as written in the English UI");
        fx(() -> { window.switchLanguage(Locale.FRENCH); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, shown.test("Note traduite 0 pour le test."), "its French version in the French UI");
        assertEquals(false, shown.test(q.notes().get(0)));
    }

    @Test
    void speakersAreNamedAsTheLanguageNamesThem(FxRobot robot) throws Exception {
        var lavrov = model.model().actor("lavrov").orElseThrow();
        assertEquals("Sergei Lavrov", lavrov.name("en"));
        boolean shown = fx(() -> robot.lookup(".participant-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Sergei Lavrov")));
        assertEquals(true, shown, "the Event panel's participants, in English");
        fx(() -> { window.switchLanguage(Locale.FRENCH); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        boolean french = fx(() -> robot.lookup(".participant-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(lavrov.name())));
        assertEquals(true, french, "and as written in French");
        boolean role = fx(() -> robot.lookup(".participant-role").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("\u00B7 Russie")));
        assertEquals(true, role, "the affiliation in French");
    }
}
