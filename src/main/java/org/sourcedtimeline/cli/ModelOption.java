package org.sourcedtimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.sourcedtimeline.io.ModelLoader;

/** {@code --model FILE}, which the commands that read a model share: that file, or the built-in model. */
final class ModelOption {
    private ModelOption() {}

    /** The file named by {@code --model}, absolute; null for the built-in model. */
    static Path file(Args a) { return a.has("--model") ? Path.of(a.get("--model")).toAbsolutePath().normalize() : null; }

    /**
     * The model loaded and checked; null once its problems are printed, with
     * "{@code command}: the model cannot be opened; {@code nothingDone}".
     */
    static ModelLoader.Result load(Path file, PrintStream err, String command, String nothingDone) {
        ModelLoader.Result r = file == null ? ModelLoader.loadBuiltIn() : ModelLoader.load(file);
        if (r.ok()) return r;
        r.problems().forEach(err::println);
        err.println(command + ": the model cannot be opened; " + nothingDone);
        return null;
    }
}
