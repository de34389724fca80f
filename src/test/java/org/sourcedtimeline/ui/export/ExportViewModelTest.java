package org.sourcedtimeline.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.export.ExportFormat;

/** The export dialog's logic without a toolkit: the background and the JavaFX thread are the calling thread. */
class ExportViewModelTest {
    static final LoadedModel LOADED = ModelLoader.loadBuiltIn().loaded();
    @TempDir Path tmp;

    private static ExportViewModel vm(String selected) {
        return new ExportViewModel(LOADED, Locale.ENGLISH, selected, Runnable::run, Runnable::run);
    }

    @Test
    void thePreviewIsTheStartOfWhatWillBeWrittenAndFollowsTheFormat() {
        ExportViewModel vm = vm(null);
        vm.refreshPreview();
        assertTrue(vm.previewProperty().get().startsWith("quote_id,event_id,"), vm.previewProperty().get());
        assertTrue(vm.previewProperty().get().endsWith("…"), "cut after its lines");
        assertTrue(vm.previewProperty().get().lines().count() <= ExportViewModel.PREVIEW_LINES + 1);
        vm.formatProperty().set(ExportFormat.ANNOTATIONS);
        assertTrue(vm.previewProperty().get().startsWith("{"), vm.previewProperty().get());
        assertTrue(vm.previewProperty().get().contains("AnnotationCollection"));
    }

    @Test
    void markdownOfTheSelectedEventAloneWhenAsked() {
        ExportViewModel vm = vm("geneva-2022");
        vm.formatProperty().set(ExportFormat.MARKDOWN);
        assertTrue(vm.eventOnlyApplies());
        String title = LOADED.model().event("geneva-2022").orElseThrow().title("en");
        assertTrue(vm.previewProperty().get().startsWith("# " + title.replace("-", "\\-")) || vm.previewProperty().get().contains(title),
                vm.previewProperty().get());
        assertEquals("model-geneva-2022.md", vm.suggestedFileName(Path.of("/x/model.json")));
        vm.selectedEventOnlyProperty().set(false);
        assertTrue(vm.previewProperty().get().startsWith("# " + LOADED.model().title().replace("–", "–")), vm.previewProperty().get());
        assertEquals("model-markdown.md", vm.suggestedFileName(Path.of("/x/model.json")));
        vm.formatProperty().set(ExportFormat.QUOTES_CSV);
        assertFalse(vm.eventOnlyApplies(), "CSV is always the whole model");
        assertEquals("encounters-quotes-csv.csv", vm.suggestedFileName(Path.of("/x/encounters.timeline.json")));
    }

    @Test
    void writesWholeAndNeverOverAFileWithoutTheUsersWord() throws Exception {
        ExportViewModel vm = vm(null);
        vm.byteOrderMarkProperty().set(true);
        Path file = tmp.resolve("quotes.csv");
        assertEquals(ExportViewModel.Write.STARTED, vm.write(file, false));
        assertTrue(vm.doneProperty().get().ok(), String.valueOf(vm.doneProperty().get()));
        byte[] b = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, b[0], "the byte-order mark asked for");
        assertFalse(vm.busyProperty().get());
        Files.writeString(file, "mine");
        assertEquals(ExportViewModel.Write.NEEDS_CONFIRMATION, vm.write(file, false));
        assertEquals("mine", Files.readString(file), "nothing written before the user says so");
        assertEquals(ExportViewModel.Write.STARTED, vm.write(file, true));
        assertTrue(Files.readString(file).contains("quote_id"));
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesNothingHalfWritten() throws Exception {
        ExportViewModel vm = vm(null);
        Path dir = tmp.resolve("a-folder");
        Files.createDirectories(dir.resolve("inside"));
        assertEquals(ExportViewModel.Write.STARTED, vm.write(dir, true));
        assertFalse(vm.doneProperty().get().ok());
        assertTrue(Files.isDirectory(dir.resolve("inside")), "the folder is untouched");
    }
}
