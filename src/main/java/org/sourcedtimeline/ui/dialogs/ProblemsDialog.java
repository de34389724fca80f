package org.sourcedtimeline.ui.dialogs;

import org.sourcedtimeline.ui.text.DisplayText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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

/**
 * A text one can select and copy from, in an error dialog: the located problems of a model file that
 * was refused, or an unexpected error with its stack trace ({@link #unexpected}). Either way the dialog
 * says that nothing was changed: the current model and the selection stay.
 */
public final class ProblemsDialog {
    /** Errors added to an open unexpected-error dialog at most; later ones are only counted (all are in the log). */
    static final int MAX_SHOWN_ERRORS = 10;

    private final Alert alert;
    private final TextArea text;
    private final Label intro;
    private final ResourceBundle bundle;
    private int errors = 1;

    /** A model file was refused: every located problem. */
    public ProblemsDialog(Window owner, ResourceBundle b, String stylesheet, String fileName, List<Problem> problems) {
        this(owner, b, stylesheet, b.getString("dialog.problems.title"),
                MessageFormat.format(b.getString("dialog.problems.header"), DisplayText.safeLine(fileName)),
                MessageFormat.format(b.getString("dialog.problems.intro"), problems.stream().filter(Problem::isError).count()),
                lines(problems), "problems", Math.min(16, Math.max(4, problems.size() + 1)));
    }

    private ProblemsDialog(Window owner, ResourceBundle b, String stylesheet, String title, String header, String introText, String body,
                           String id, int rows) {
        bundle = b;
        alert = new Alert(Alert.AlertType.ERROR, "", Dialogs.close(b));
        if (owner != null) {
            alert.initOwner(owner);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        intro = new Label(introText);
        intro.setWrapText(true);
        // Messages quote the file's values: control and bidirectional characters are shown as markers.
        text = new TextArea(DisplayText.safe(body));
        text.setId(id + "-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(rows);
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
        alert.getDialogPane().getStylesheets().add(stylesheet);
        alert.getDialogPane().setId(id + "-dialog");
        alert.setResizable(true);
        alert.getDialogPane().setPrefWidth(780);
    }

    /**
     * An unexpected error (a bug): what happened, where it is logged, and its stack trace to copy into
     * a report. The user's model and place are untouched and the app carries on.
     */
    public static ProblemsDialog unexpected(Window owner, ResourceBundle b, String stylesheet, Throwable error, Path logFile,
                                            boolean logged) {
        String intro = MessageFormat.format(b.getString(logged ? "dialog.error.intro" : "dialog.error.intro.notLogged"),
                String.valueOf(logFile));
        return new ProblemsDialog(owner, b, stylesheet, b.getString("dialog.error.title"), b.getString("dialog.error.header"), intro,
                trace(error), "error", 16);
    }

    /** Another unexpected error while this dialog is open: added below the first ones (they are all in the log). */
    public void addError(Throwable error) {
        errors++;
        if (errors <= MAX_SHOWN_ERRORS) text.appendText("\n" + DisplayText.safe(trace(error)));
        alert.setHeaderText(MessageFormat.format(bundle.getString("dialog.error.header.many"), errors));
    }

    public void show() { alert.show(); }

    public Alert alert() { return alert; }

    public boolean isShowing() { return alert.isShowing(); }

    public String text() { return text.getText(); }

    public String intro() { return intro.getText(); }

    private static String lines(List<Problem> problems) {
        StringBuilder s = new StringBuilder();
        for (Problem p : problems) s.append(p).append('\n');
        return s.toString();
    }

    static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        try (PrintWriter p = new PrintWriter(w)) {
            e.printStackTrace(p);
        } catch (RuntimeException | StackOverflowError failed) {
            return String.valueOf(e);
        }
        String s = w.toString();
        return s.length() > 20_000 ? s.substring(0, 20_000) + "\n\t...\n" : s;
    }
}
