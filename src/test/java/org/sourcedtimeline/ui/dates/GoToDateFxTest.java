package org.sourcedtimeline.ui.dates;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import jfxtras.scene.control.LocalDateTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.ui.WindowFxTest;
import org.sourcedtimeline.ui.control.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's "go to date": typed in the reader's ways, refused with a message, a calendar marking the days with events. */
class GoToDateFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @AfterEach
    void closeTheCalendar() throws Exception {
        fx(() -> { field().setPickerShowing(false); return null; });
    }

    private LocalDateTextField field() { return (LocalDateTextField) window.scene().lookup("#date-field"); }

    private TimelineView timeline() { return window.view().timeline().view(); }

    @Test
    void theCalendarMarksTheDaysThatHaveAnEvent() throws Exception {
        List<LocalDate> january2022 = marked(LocalDate.of(2022, 1, 1));
        assertTrue(january2022.contains(LocalDate.of(2022, 1, 21)), "Geneva: " + january2022);
        WaitForAsyncUtils.waitForFxEvents();
        // To look at: target/go-to-date-january-2022.png, Geneva's day in the accent.
        fx(() -> {
            for (Window w : Window.getWindows())
                if (w instanceof javafx.stage.PopupWindow && w.getScene() != null)
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png",
                            new java.io.File("target/go-to-date-january-2022.png"));
            return null;
        });
        assertTrue(marked(LocalDate.of(2023, 3, 15)).contains(LocalDate.of(2023, 3, 2)), "New Delhi");
        assertTrue(marked(LocalDate.of(2014, 6, 1)).stream().noneMatch(d -> d.getYear() == 2014), "Crimea is dated to the year only: no day to mark");
        assertEquals(GoToDateField.eventDays(fixture.model()), january2022, "a small model has all its days marked");
    }

    private List<LocalDate> marked(LocalDate month) throws Exception {
        // The calendar opens on the field's month: closed, moved, opened.
        fx(() -> {
            field().setPickerShowing(false);
            field().displayedLocalDate().set(month);
            field().setPickerShowing(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> List.copyOf(field().highlightedLocalDates()));
    }

    @Test
    void theIconIsACalendarInTheThemesColour() throws Exception {
        java.util.function.Supplier<String> url = () -> {
            try {
                return fx(() -> ((javafx.scene.image.ImageView) field().lookup(".icon")).getImage().getUrl());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertTrue(url.get().endsWith("calendar-light.png"), url.get());
        fx(() -> { window.applyTheme(org.sourcedtimeline.ui.settings.Theme.DARK); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(url.get().endsWith("calendar-dark.png"), url.get());
        fx(() -> { window.applyTheme(org.sourcedtimeline.ui.settings.Theme.LIGHT); return null; });
    }

    /** Found by the window tests: JFXtras threw when its list of marked days was replaced by the next model's. */
    @Test
    void anotherModelMarksItsOwnDays() throws Exception {
        LoadedModel seeds = org.sourcedtimeline.io.ModelLoader.loadBuiltIn().loaded();
        fx(() -> { vm.setModel(seeds, null, List.of()); return null; });
        List<LocalDate> marked = marked(LocalDate.of(2024, 12, 1));
        assertEquals(GoToDateField.eventDays(seeds.model()), marked);
        assertTrue(marked.contains(LocalDate.of(2024, 12, 5)), "Malta, in the seed model");
    }

    /** Under AtlantaFX the calendar's month and year arrows were invisible (Modena colours): the app's CSS gives them one. */
    @Test
    void theCalendarsArrowsAreDrawn() throws Exception {
        fx(() -> { field().setPickerShowing(true); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        List<Region> arrows = fx(() -> Window.getWindows().stream().filter(w -> w != window.scene().getWindow() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".ListSpinner .idle").stream())
                .filter(Region.class::isInstance).map(Region.class::cast).toList());
        assertFalse(arrows.isEmpty(), "the calendar shows its month and year spinners");
        LocalDate middle = LocalDate.ofEpochDay((long) Math.floor(fx(() -> timeline().getVisibleWindow().center())));
        LocalDate shown = fx(() -> field().displayedLocalDate().get());
        assertEquals(middle.withDayOfMonth(1), shown.withDayOfMonth(1), "it opens on the month the timeline shows, not today's");
        // To look at: target/go-to-date-calendar.png.
        fx(() -> {
            javafx.scene.image.WritableImage img = arrows.get(0).getScene().snapshot(null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                    new java.io.File("target/go-to-date-calendar.png"));
            return null;
        });
        for (Region r : arrows)
            assertTrue(r.getBackground() != null && !r.getBackground().getFills().isEmpty(), "an arrow has a colour: " + r);
    }

    @Test
    void aDateTypedTheFrenchWayMovesTheTimeline(FxRobot robot) throws Exception {
        fx(() -> { window.switchLanguage(Locale.FRENCH); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#date-field .text-field").write("21 janvier 2022").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2022, 1, 21), fx(() -> field().getLocalDate()));
        assertEquals(LocalDate.of(2022, 1, 21).toEpochDay(), fx(() -> timeline().getVisibleWindow().center()), 2.0);
    }

    @Test
    void aTextThatIsNoDateIsSaidSoAndTheViewStays(FxRobot robot) throws Exception {
        var before = fx(() -> timeline().getVisibleWindow());
        robot.clickOn("#date-field .text-field").write("the 32nd of Smarch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx(() -> timeline().getVisibleWindow()), "nothing moved");
        String said = fx(() -> robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText());
        assertTrue(said.startsWith("\"the 32nd of Smarch\" is not a date: write it as 1/21/22"), "the status bar says what was wrong and how to write it: " + said);
    }
}
