package org.sourcedtimeline.ui.dialogs;

import org.sourcedtimeline.ui.icons.AppIcon;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.AppInfo;

/** The About and Keyboard shortcuts dialogs. */
public final class Dialogs {
    private Dialogs() {}

    /** Bundled libraries and their licences, as shipped in the jar. */
    static final String[][] LICENCES = {
        {"OpenJFX", "GPL-2.0 with Classpath Exception"},
        {"ControlsFX", "BSD-3-Clause"},
        {"JFXtras", "BSD-3-Clause"},
        {"Gson", "Apache-2.0"},
        {"AtlantaFX", "MIT"},
        {"Ikonli", "Apache-2.0"},
    };

    static final String[][] SHORTCUTS = {
        {"Ctrl+O", "shortcut.open"},
        {"Ctrl+R", "shortcut.reload"},
        {"Ctrl+F", "shortcut.search"},
        {"Esc", "shortcut.clearSearch"},
        {"Tab", "shortcut.focus"},
        {"\u2190 \u2192", "shortcut.prevNext"},
        {"Home / End", "shortcut.firstLast"},
        {"+ / \u2212", "shortcut.zoom"},
        {"\u2191 \u2193", "shortcut.scrollLanes"},
        {"Ctrl+wheel / wheel", "shortcut.wheel"},
        {"Ctrl+0", "shortcut.fitAll"},
        {"Ctrl+E", "shortcut.zoomSelection"},
        {"Ctrl+Shift+C", "shortcut.copyCitation"},
        {"Ctrl+Shift+E", "shortcut.export"},
        {"F1", "shortcut.help"},
        {"Ctrl+Q", "shortcut.quit"},
    };

    public static Alert about(Window owner, ResourceBundle b, String stylesheet) {
        Alert a = base(owner, b, stylesheet, b.getString("dialog.about.title"));
        Label name = new Label(AppInfo.name());
        name.getStyleClass().add("about-name");
        name.setGraphic(new FontIcon(AppIcon.TIMELINE_TEXT_OUTLINE));
        Label version = new Label(MessageFormat.format(b.getString("dialog.about.version"), AppInfo.version()));
        version.getStyleClass().add("about-version");
        Label what = new Label(b.getString("dialog.about.description"));
        what.setWrapText(true);
        what.setMaxWidth(460);
        Label libs = new Label(b.getString("dialog.about.libraries"));
        libs.getStyleClass().add("section-title");
        GridPane grid = grid();
        int row = 0;
        for (String[] l : LICENCES) {
            grid.add(new Label(l[0]), 0, row);
            Label lic = new Label(l[1]);
            lic.getStyleClass().add("about-licence");
            grid.add(lic, 1, row++);
        }
        VBox box = new VBox(10, name, version, what, libs, grid);
        box.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        box.getStyleClass().add("about-box");
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("about-dialog");
        return a;
    }

    public static Alert shortcuts(Window owner, ResourceBundle b, String stylesheet) {
        Alert a = base(owner, b, stylesheet, b.getString("dialog.shortcuts.title"));
        GridPane grid = grid();
        int row = 0;
        for (String[] s : SHORTCUTS) {
            Label key = new Label(s[0]);
            key.getStyleClass().add("key-cap");
            GridPane.setHalignment(key, HPos.RIGHT);
            grid.add(key, 0, row);
            grid.add(new Label(b.getString(s[1])), 1, row++);
        }
        grid.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        a.getDialogPane().setContent(grid);
        a.getDialogPane().setId("shortcuts-dialog");
        return a;
    }

    /** A Close button in the UI language (JavaFX's own ButtonType.CLOSE keeps the language of the first use). */
    static ButtonType close(ResourceBundle b) {
        return new ButtonType(b.getString("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static Alert base(Window owner, ResourceBundle b, String stylesheet, String title) {
        Alert a = new Alert(Alert.AlertType.NONE, "", close(b));
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.setGraphic(null);
        a.getDialogPane().getStylesheets().add(stylesheet);
        return a;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(110);
        g.getColumnConstraints().add(c0);
        return g;
    }
}
