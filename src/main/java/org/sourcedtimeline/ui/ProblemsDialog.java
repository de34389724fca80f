package org.sourcedtimeline.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.sourcedtimeline.io.Problem;

/** A model file was refused: every located problem, in a text area one can select and copy from. */
public final class ProblemsDialog {
    private final Alert alert;
    private final TextArea text;

    public ProblemsDialog(Window owner, ResourceBundle b, String fileName, List<Problem> problems) {
        alert = new Alert(Alert.AlertType.ERROR, "", Dialogs.close(b));
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(b.getString("dialog.problems.title"));
        alert.setHeaderText(MessageFormat.format(b.getString("dialog.problems.header"), fileName));
        long errors = problems.stream().filter(Problem::isError).count();
        Label intro = new Label(MessageFormat.format(b.getString("dialog.problems.intro"), errors));
        intro.setWrapText(true);
        StringBuilder s = new StringBuilder();
        for (Problem p : problems) s.append(p).append('\n');
        text = new TextArea(s.toString());
        text.setId("problems-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(Math.min(16, Math.max(4, problems.size() + 1)));
        text.getStyleClass().add("problems-text");
        VBox.setVgrow(text, Priority.ALWAYS);
        Button copy = new Button(b.getString("dialog.problems.copy"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        VBox box = new VBox(10, intro, text, copy);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().getStylesheets().add(Views.css(MainView.class));
        alert.getDialogPane().setId("problems-dialog");
        alert.setResizable(true);
        alert.getDialogPane().setPrefWidth(780);
    }

    public void show() { alert.show(); }

    public Alert alert() { return alert; }

    public String text() { return text.getText(); }
}
