package org.sourcedtimeline.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.imports.SeedsCopy;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.ui.WindowFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import article… in the window: the article copied and read, its review opened; a quotation
 * curated there is on the window's timeline; Ctrl+Z takes it back. The review is drawn to
 * target/import-review.png to be looked at.
 */
class ImportReviewFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @TempDir Path tmp;

    @Test
    void anImportedQuotationCuratedInTheReviewIsOnTheTimeline(FxRobot robot) throws Exception {
        Path seeds = SeedsCopy.in(tmp);
        String before = Files.readString(seeds.resolve("curation.json"));
        Path article = SeedsCopy.fixture("appel.txt");
        fx(() -> { window.importArticle(article, seeds); return null; });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.importReviewForTests() != null
                && window.importReviewForTests().stage().isShowing()));
        ImportReviewView review = fx(() -> window.importReviewForTests());
        var root = fx(() -> review.stage().getScene().getRoot());
        ReviewItem first = fx(() -> review.viewModel().items().get(0));
        String selected = fx(() -> robot.from(root).lookup(".review-article").queryAs(TextArea.class).getSelectedText());
        assertEquals(first.quote().words(), selected, "the suggestion's words selected in the article");

        @SuppressWarnings("unchecked")
        ComboBox<ImportReviewView.EventChoice> events = fx(() -> robot.from(root).lookup("#eventBox").queryAs(ComboBox.class));
        fx(() -> { events.setValue(events.getItems().stream().filter(c -> c.id().equals("geneva-2022")).findFirst().orElseThrow()); return null; });
        fx(() -> { robot.from(root).lookup("#acceptButton").queryAs(Button.class).fire(); return null; });
        String status = fx(() -> robot.from(root).lookup(".review-status").queryAs(Label.class).getText());
        assertTrue(status.contains("still to decide"), status);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> vm.model() != null
                && vm.model().quotes().stream().anyMatch(q -> q.id().equals(first.quote().id()))));
        assertEquals(seeds.resolve("model.json").toAbsolutePath().normalize(), fx(() -> vm.getModelFile()));

        fx(() -> {
            var img = review.stage().getScene().snapshot(null);
            Files.createDirectories(Path.of("target"));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", Path.of("target/import-review.png").toFile());
            return null;
        });

        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> first.getStatus() == ReviewItem.Status.PENDING));
        assertEquals(before, Files.readString(seeds.resolve("curation.json")), "undone to the byte");
        // An article about something the model lacks: a new event, typed in the review.
        fx(() -> {
            events.setValue(events.getItems().get(events.getItems().size() - 1));
            robot.from(root).lookup("#eventTitleField").queryAs(javafx.scene.control.TextField.class).setText("Appel Blinken–Lavrov");
            robot.from(root).lookup("#eventDateField").queryAs(javafx.scene.control.TextField.class).setText("2022-06-09");
            robot.from(root).lookup("#eventSummaryField").queryAs(javafx.scene.control.TextField.class).setText("Quarante minutes au téléphone.");
            return null;
        });
        assertTrue(fx(() -> first.newEventProperty().get() != null), "a title, a date and a summary make a new event");
        fx(() -> {
            var img = review.stage().getScene().snapshot(null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", Path.of("target/import-review-new-event.png").toFile());
            robot.from(root).lookup("#acceptButton").queryAs(Button.class).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> vm.model() != null
                && vm.model().event("appel-blinken-lavrov-2022").isPresent()));
        fx(() -> { review.stage().close(); return null; });
    }
}
