package org.sourcedtimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.export.ExportFormat;

/**
 * {@code export --format F --out FILE [--model FILE] [--event ID] [--locale fr|en] [--bom] [--force]}:
 * writes the model's evidence in another format, atomically, never over a file unless told to.
 */
final class ExportCommand {
    private ExportCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of("--format", "--out", "--model", "--event", "--locale"), Set.of("--bom", "--force"));
        if (!a.operands().isEmpty()) throw new Args.UsageException("export takes no operand: " + a.operands().get(0));
        if (!a.has("--format")) throw new Args.UsageException("export needs --format " + names());
        ExportFormat format = ExportFormat.byName(a.get("--format"));
        if (format == null) throw new Args.UsageException("--format must be one of " + names() + ", not \"" + a.get("--format") + "\"");
        if (!a.has("--out")) throw new Args.UsageException("export needs --out FILE");
        String lang = a.get("--locale", "en");
        if (!lang.equals("fr") && !lang.equals("en")) throw new Args.UsageException("--locale must be fr or en");
        if (a.has("--event") && format != ExportFormat.MARKDOWN) throw new Args.UsageException("--event goes with --format markdown");
        if (a.has("--bom") && !format.isCsv()) throw new Args.UsageException("--bom goes with the CSV formats");
        Path target = Path.of(a.get("--out"));
        if (Files.exists(target) && !a.has("--force")) {
            err.println("export: " + target + " exists; nothing written (--force replaces it)");
            return Cli.FAILED;
        }
        if (Files.isDirectory(target)) {
            err.println("export: " + target + " is a folder; nothing written");
            return Cli.FAILED;
        }
        Path modelFile = a.has("--model") ? Path.of(a.get("--model")).toAbsolutePath().normalize() : null;
        ModelLoader.Result r = modelFile == null ? ModelLoader.loadBuiltIn() : ModelLoader.load(modelFile);
        if (!r.ok()) {
            r.problems().forEach(err::println);
            err.println("export: the model cannot be opened; nothing written");
            return Cli.FAILED;
        }
        String event = a.get("--event");
        if (event != null && r.loaded().model().event(event).isEmpty()) {
            err.println("export: no event \"" + event + "\" in the model; nothing written. Its events: "
                    + RenderCommand.firstIds(r.loaded().model().events().stream().map(e -> e.id()).toList()));
            return Cli.FAILED;
        }
        ExportFormat.Options o = new ExportFormat.Options(event, lang.equals("fr") ? Locale.FRENCH : Locale.ENGLISH, a.has("--bom"));
        try {
            AtomicFiles.write(target, s -> format.write(r.loaded(), o, s));
        } catch (IOException e) {
            err.println("export: cannot write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
        out.println("exported " + format.cliName() + " to " + target.toAbsolutePath().normalize());
        return Cli.OK;
    }

    static String names() {
        return String.join("|", Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).toList());
    }
}
