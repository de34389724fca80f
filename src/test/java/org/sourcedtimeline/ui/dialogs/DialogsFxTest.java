package org.sourcedtimeline.ui.dialogs;

import org.sourcedtimeline.ui.StageFxTest;
import org.sourcedtimeline.ui.settings.Theme;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.window.MainView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.AppInfo;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** About, shortcuts and problems dialogs: what they say (and a snapshot in target/dialogs for a look). */
class DialogsFxTest extends StageFxTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        keep(stage);
        owner = stage;
        javafx.application.Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private static String texts(Node n) {
        if (n instanceof Label l) return l.getText() + "\n";
        if (n instanceof Parent p) return p.getChildrenUnmodifiable().stream().map(DialogsFxTest::texts).collect(Collectors.joining());
        return "";
    }

    private static void snapshot(Alert a, String name) {
        try {
            Path dir = Path.of("target/dialogs");
            Files.createDirectories(dir);
            var img = a.getDialogPane().snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aboutNamesTheVersionAndEveryLicence(FxRobot robot) throws Exception {
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle b = MainViewModel.bundle(l);
            Alert[] a = new Alert[1];
            robot.interact(() -> { a[0] = Dialogs.about(owner, b, MainView.stylesheet()); a[0].show(); });
            WaitForAsyncUtils.waitForFxEvents();
            String all = texts(a[0].getDialogPane().getContent());
            assertTrue(all.contains(AppInfo.version()), all);
            for (String lib : List.of("OpenJFX", "ControlsFX", "JFXtras", "Gson", "AtlantaFX", "Ikonli")) assertTrue(all.contains(lib), lib);
            for (String lic : List.of("GPL-2.0 with Classpath Exception", "BSD-3-Clause", "Apache-2.0", "MIT")) assertTrue(all.contains(lic), lic);
            robot.interact(() -> snapshot(a[0], "about-" + l.getLanguage()));
            robot.interact(() -> a[0].close());
        }
    }

    @Test
    void shortcutsListEveryKey(FxRobot robot) throws Exception {
        Alert[] a = new Alert[1];
        robot.interact(() -> { a[0] = Dialogs.shortcuts(owner, MainViewModel.bundle(Locale.FRENCH), MainView.stylesheet()); a[0].show(); });
        WaitForAsyncUtils.waitForFxEvents();
        String all = texts(a[0].getDialogPane().getContent());
        for (String[] s : Dialogs.SHORTCUTS) assertTrue(all.contains(s[0]), s[0]);
        assertTrue(all.contains("Copier la citation sélectionnée avec sa référence"), all);
        robot.interact(() -> snapshot(a[0], "shortcuts-fr"));
        robot.interact(() -> a[0].close());
    }

    @Test
    void problemsAreListedOnePerLineAndCopyable(FxRobot robot) throws Exception {
        List<Problem> ps = List.of(
                Problem.error("/data/model.json", new Location(12, 7, "$.quotes[3].eventId"), "unknown event \"nowhere-2099\""),
                Problem.warning("/data/model.json", new Location(40, 3, "$.sources[1]"), "source never cited"));
        ProblemsDialog[] d = new ProblemsDialog[1];
        robot.interact(() -> { d[0] = new ProblemsDialog(owner, MainViewModel.bundle(Locale.ENGLISH), MainView.stylesheet(), "model.json", ps); d[0].show(); });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ps.get(0) + "\n" + ps.get(1) + "\n", d[0].text());
        assertTrue(d[0].text().startsWith("/data/model.json:12:7: unknown event"), d[0].text());
        robot.interact(() -> snapshot(d[0].alert(), "problems-en"));
        robot.interact(() -> d[0].alert().close());
    }
}
