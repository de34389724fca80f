package org.sourcedtimeline.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.export.ExportFormat;
import org.sourcedtimeline.ui.WindowFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export… in the window: the preview follows the format, the file is written, a file that exists is kept unless replaced. */
class ExportDialogFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @TempDir Path tmp;

    private ExportDialog open(FxRobot robot) throws Exception {
        fx(() -> { vm.selectedEventIdProperty().set("new-delhi-2023"); return null; });
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.exportDialogForTests() != null
                && window.exportDialogForTests().stage().isShowing()));
        return fx(() -> window.exportDialogForTests());
    }

    private static String preview(ExportDialog d, FxRobot robot) throws Exception {
        return fx(() -> robot.from(d.stage().getScene().getRoot()).lookup(".export-preview").queryAs(TextArea.class).getText());
    }

    @Test
    void theShortcutOpensItAndThePreviewFollowsTheFormat(FxRobot robot) throws Exception {
        ExportDialog d = open(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview(d, robot).startsWith("quote_id,"));
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> box = fx(() -> robot.from(d.stage().getScene().getRoot()).lookup(".combo-box").queryAs(ComboBox.class));
        fx(() -> { box.setValue(ExportFormat.MARKDOWN); return null; });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview(d, robot).startsWith("# "));
        String md = preview(d, robot);
        String title = fixture.model().event("new-delhi-2023").orElseThrow().title("en");
        assertTrue(md.lines().findFirst().orElse("").contains(title.substring(0, 20)), "the selected event alone: " + md.lines().findFirst());
        fx(() -> { d.stage().close(); return null; });
    }

    @Test
    void writesTheFileAndKeepsAnExistingOneUnlessReplaced(FxRobot robot) throws Exception {
        ExportDialog d = open(robot);
        Path file = tmp.resolve("quotes.csv");
        fx(() -> { d.exportTo(file); return null; });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.viewModel().doneProperty().get() != null));
        assertTrue(Files.readString(file).startsWith("quote_id,"));
        String status = fx(() -> robot.from(d.stage().getScene().getRoot()).lookup(".export-status").queryAs(Label.class).getText());
        assertTrue(status.contains(file.toString()), status);

        Files.writeString(file, "mine");
        // Asked: the question is answered "keep", the default; the file stays as it was.
        javafx.application.Platform.runLater(() -> d.exportTo(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.lastQuestion() != null && d.lastQuestion().isShowing()));
        Button keep = fx(() -> (Button) d.lastQuestion().getDialogPane().lookupButton(d.lastQuestion().getButtonTypes().get(0)));
        assertTrue(fx(keep::isDefaultButton), "keeping is the default");
        fx(() -> { keep.fire(); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mine", Files.readString(file));
        fx(() -> { d.stage().close(); return null; });
    }

    @Test
    void anImageOfTheTimelineAsItIsNow(FxRobot robot) throws Exception {
        ExportDialog d = open(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                robot.from(d.stage().getScene().getRoot()).lookup(".export-image-preview").queryAs(javafx.scene.image.ImageView.class).getImage() != null));
        Path svg = tmp.resolve("timeline.svg");
        fx(() -> { d.exportImageTo(TimelineImage.Kind.SVG, svg); return null; });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.viewModel().doneProperty().get() != null));
        String s = Files.readString(svg);
        assertTrue(s.contains("<svg") && s.contains("<text"), s.substring(0, Math.min(300, s.length())));
        org.sourcedtimeline.ui.UiFixtures.snapshot(d.stage().getScene(), Path.of("target/screenshots/export-dialog.png"));
        fx(() -> { d.stage().close(); return null; });
    }
}
