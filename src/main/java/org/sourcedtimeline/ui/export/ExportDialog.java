package org.sourcedtimeline.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.export.ExportFormat;
import org.sourcedtimeline.ui.fx.Views;

/**
 * File › Export…: choose a format, see the first lines it will write, write it. The file is chosen
 * with the system's dialog; a file that exists is replaced only after the user says so here, and
 * whole or not at all. The writing runs in the background, with a progress bar; the window stays
 * usable.
 */
public final class ExportDialog {
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export");
        t.setDaemon(true);
        return t;
    });

    @FXML private Parent root;
    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private Label formatHelp;
    @FXML private CheckBox eventOnlyBox;
    @FXML private CheckBox bomBox;
    @FXML private TextArea previewArea;
    @FXML private ProgressBar progress;
    @FXML private Label statusLabel;
    @FXML private Button exportButton;
    @FXML private ComboBox<TimelineImage.Kind> imageBox;
    @FXML private Button imageButton;
    @FXML private javafx.scene.image.ImageView imagePreview;
    @FXML private ResourceBundle resources;

    private ExportViewModel vm;
    private Stage stage;
    private Path modelFile;
    private LoadedModel loaded;
    private Locale locale;
    private boolean dark;
    /** The window's timeline, drawn for an image as it is when the image is asked for. */
    private org.sourcedtimeline.ui.control.timeline.TimelineView timeline;
    /** Where the file chooser last put an export, to open there next time. */
    private static Path lastFolder;

    /** The dialog for {@code loaded}, owned by {@code owner}, not shown yet. */
    public static ExportDialog create(Window owner, LoadedModel loaded, Path modelFile, String selectedEventId, Locale locale,
                                      List<String> stylesheets, org.sourcedtimeline.ui.control.timeline.TimelineView timeline,
                                      boolean dark) {
        Views.Loaded<ExportDialog> v = Views.load(ExportDialog.class, locale);
        ExportDialog d = v.controller();
        d.modelFile = modelFile;
        d.loaded = loaded;
        d.locale = locale;
        d.timeline = timeline;
        d.dark = dark;
        d.vm = new ExportViewModel(loaded, locale, selectedEventId, BACKGROUND, Platform::runLater);
        d.stage = new Stage();
        d.stage.initOwner(owner);
        d.stage.initModality(Modality.NONE);
        d.stage.setTitle(v.bundle().getString("export.title"));
        // Room for the preview's lines and the image, on the smallest screen the window itself takes (1280 x 800).
        Scene scene = new Scene(v.root(), 960, 740);
        scene.getStylesheets().addAll(stylesheets);
        d.stage.setScene(scene);
        d.bind();
        return d;
    }

    private void bind() {
        formatBox.getItems().setAll(ExportFormat.values());
        formatBox.setCellFactory(l -> new FormatCell());
        formatBox.setButtonCell(new FormatCell());
        formatBox.valueProperty().bindBidirectional(vm.formatProperty());
        eventOnlyBox.setText(MessageFormat.format(resources.getString("export.eventOnly"), vm.selectedEventId() == null ? "" : vm.selectedEventId()));
        eventOnlyBox.selectedProperty().bindBidirectional(vm.selectedEventOnlyProperty());
        bomBox.selectedProperty().bindBidirectional(vm.byteOrderMarkProperty());
        previewArea.textProperty().bind(vm.previewProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
        vm.formatProperty().addListener(o -> formatChanged());
        vm.doneProperty().addListener((o, a, d) -> {
            if (d == null) return;
            statusLabel.setText(d.ok() ? MessageFormat.format(resources.getString("export.written"), d.file())
                    : MessageFormat.format(resources.getString("export.failed"), d.file(), d.error()));
        });
        formatChanged();
        vm.refreshPreview();
        imageBox.getItems().setAll(TimelineImage.Kind.values());
        imageBox.setCellFactory(l -> new KindCell());
        imageBox.setButtonCell(new KindCell());
        imageBox.setValue(TimelineImage.Kind.SVG);
        imageButton.disableProperty().bind(vm.busyProperty());
        stage.setOnShown(e -> refreshImagePreview());
        stage.focusedProperty().addListener((o, was, is) -> { if (is) refreshImagePreview(); });
    }

    /** A small PNG of what the image will hold: the timeline as it is now, with its caption. */
    private void refreshImagePreview() {
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            writeImage(TimelineImage.Kind.PNG, png);
            imagePreview.setImage(new javafx.scene.image.Image(new java.io.ByteArrayInputStream(png.toByteArray())));
        } catch (java.io.IOException | RuntimeException e) {
            imagePreview.setImage(null);
        }
    }

    private void writeImage(TimelineImage.Kind kind, java.io.OutputStream out) throws java.io.IOException {
        int w = (int) Math.max(1, Math.round(timeline.getWidth()));
        int h = (int) Math.max(1, Math.round(timeline.getHeight()));
        TimelineImage.write(kind, timeline, w, h, TimelineCaption.of(loaded, timeline.getVisibleWindow(), locale, dark), out);
    }

    private void formatChanged() {
        ExportFormat f = vm.formatProperty().get();
        formatHelp.setText(resources.getString("export.help." + f.cliName()));
        eventOnlyBox.setVisible(vm.eventOnlyApplies());
        eventOnlyBox.setManaged(vm.eventOnlyApplies());
        bomBox.setVisible(vm.byteOrderMarkApplies());
        bomBox.setManaged(vm.byteOrderMarkApplies());
    }

    public void show() { stage.show(); }

    public Stage stage() { return stage; }

    public ExportViewModel viewModel() { return vm; }

    @FXML private void onExport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(resources.getString("export.chooser.title"));
        fc.setInitialFileName(vm.suggestedFileName(modelFile));
        Path folder = lastFolder != null ? lastFolder : modelFile != null ? modelFile.getParent() : null;
        if (folder != null && Files.isDirectory(folder)) fc.setInitialDirectory(folder.toFile());
        ExportFormat f = vm.formatProperty().get();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("export.format." + f.cliName()), "*." + f.extension()));
        java.io.File chosen = fc.showSaveDialog(stage);
        if (chosen == null) return;
        lastFolder = chosen.toPath().toAbsolutePath().getParent();
        exportTo(chosen.toPath());
    }

    /**
     * Writes to {@code target}, asking first when it exists. What Export… does once a file is chosen;
     * tests call it directly, the system's file dialog being out of their reach.
     */
    public void exportTo(Path target) {
        ExportViewModel.Write w = vm.write(target, false);
        if (w == ExportViewModel.Write.NEEDS_CONFIRMATION) {
            if (!confirmReplace(target)) return;
            w = vm.write(target, true);
        }
        if (w == ExportViewModel.Write.STARTED) statusLabel.setText(MessageFormat.format(resources.getString("export.writing"), target));
    }

    /** The question before a file is replaced; the last dialog, for tests. */
    private Alert lastQuestion;

    Alert lastQuestion() { return lastQuestion; }

    private boolean confirmReplace(Path target) {
        ButtonType replace = new ButtonType(resources.getString("export.replace.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(resources.getString("export.replace.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, resources.getString("export.replace.content"), keep, replace);
        a.initOwner(stage);
        a.setTitle(resources.getString("export.replace.title"));
        a.setHeaderText(MessageFormat.format(resources.getString("export.replace.header"), target.getFileName()));
        // Keeping the file is what Enter does: replacing must be chosen.
        ((Button) a.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) a.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        lastQuestion = a;
        return a.showAndWait().orElse(keep) == replace;
    }

    @FXML private void onExportImage() {
        TimelineImage.Kind kind = imageBox.getValue();
        FileChooser fc = new FileChooser();
        fc.setTitle(resources.getString("export.chooser.title"));
        String base = vm.suggestedFileName(modelFile).replaceFirst("-[^-]*$", "");
        fc.setInitialFileName(base + "-timeline." + kind.extension());
        Path folder = lastFolder != null ? lastFolder : modelFile != null ? modelFile.getParent() : null;
        if (folder != null && Files.isDirectory(folder)) fc.setInitialDirectory(folder.toFile());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("export.image.kind." + kind.name()), "*." + kind.extension()));
        java.io.File chosen = fc.showSaveDialog(stage);
        if (chosen == null) return;
        lastFolder = chosen.toPath().toAbsolutePath().getParent();
        exportImageTo(kind, chosen.toPath());
    }

    /** Draws the timeline as it is now and writes it to {@code target}, asking first when it exists (tests call it directly). */
    public void exportImageTo(TimelineImage.Kind kind, Path target) {
        if (Files.exists(target) && !confirmReplace(target)) return;
        byte[] bytes;
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            writeImage(kind, out);
            bytes = out.toByteArray();
        } catch (java.io.IOException | RuntimeException e) {
            statusLabel.setText(MessageFormat.format(resources.getString("export.failed"), target, e.getMessage()));
            return;
        }
        if (vm.write(target, true, bytes) == ExportViewModel.Write.STARTED)
            statusLabel.setText(MessageFormat.format(resources.getString("export.writing"), target));
    }

    private final class KindCell extends ListCell<TimelineImage.Kind> {
        @Override protected void updateItem(TimelineImage.Kind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : resources.getString("export.image.kind." + k.name()));
        }
    }

    @FXML private void onClose() { stage.close(); }

    private final class FormatCell extends ListCell<ExportFormat> {
        @Override protected void updateItem(ExportFormat f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : resources.getString("export.format." + f.cliName()));
        }
    }
}
