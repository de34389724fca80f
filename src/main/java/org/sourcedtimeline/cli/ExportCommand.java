package org.sourcedtimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.export.ExportFormat;
import org.sourcedtimeline.ui.window.RenderSupport;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.export.TimelineImage;

/**
 * {@code export --format F --out FILE [--model FILE] [--event ID] [--locale fr|en] [--bom] [--force]}:
 * writes the model's evidence in another format, atomically, never over a file unless told to.
 */
final class ExportCommand {
    private ExportCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of("--format", "--out", "--model", "--event", "--locale", "--select", "--from", "--to", "--width",
                "--height", "--theme"), Set.of("--bom", "--force"));
        if (!a.operands().isEmpty()) throw new Args.UsageException("export takes no operand: " + a.operands().get(0));
        if (!a.has("--format")) throw new Args.UsageException("export needs --format " + names());
        TimelineImage.Kind image = IMAGES.get(a.get("--format"));
        if (image != null) return image(a, image, out, err);
        for (String o : List.of("--select", "--from", "--to", "--width", "--height", "--theme"))
            if (a.has(o)) throw new Args.UsageException(o + " goes with the image formats (svg, pdf, png, png2x)");
        ExportFormat format = ExportFormat.byName(a.get("--format"));
        if (format == null) throw new Args.UsageException("--format must be one of " + names() + ", not \"" + a.get("--format") + "\"");
        if (!a.has("--out")) throw new Args.UsageException("export needs --out FILE");
        String lang = a.get("--locale", "en");
        if (!lang.equals("fr") && !lang.equals("en")) throw new Args.UsageException("--locale must be fr or en");
        if (a.has("--event") && format != ExportFormat.MARKDOWN) throw new Args.UsageException("--event goes with --format markdown");
        if (a.has("--bom") && !format.isCsv()) throw new Args.UsageException("--bom goes with the CSV formats");
        Path target = Path.of(a.get("--out"));
        if (keptAsItIs(target, a, err)) return Cli.FAILED;
        if (Files.isDirectory(target)) {
            err.println("export: " + target + " is a folder; nothing written");
            return Cli.FAILED;
        }
        Path modelFile = ModelOption.file(a);
        ModelLoader.Result r = ModelOption.load(modelFile, err, "export", "nothing written");
        if (r == null) return Cli.FAILED;
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

    /** True, once said, when {@code target} exists and --force was not given: an export never replaces a file unasked. */
    private static boolean keptAsItIs(Path target, Args a, PrintStream err) {
        if (!Files.exists(target) || a.has("--force")) return false;
        err.println("export: " + target + " exists; nothing written (--force replaces it)");
        return true;
    }

    static String names() {
        List<String> n = new java.util.ArrayList<>(Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).toList());
        n.addAll(IMAGES.keySet());
        return String.join("|", n);
    }

    /** The images of the timeline, by the name the command line gives them. */
    static final java.util.Map<String, TimelineImage.Kind> IMAGES = new java.util.LinkedHashMap<>();

    static {
        IMAGES.put("svg", TimelineImage.Kind.SVG);
        IMAGES.put("pdf", TimelineImage.Kind.PDF);
        IMAGES.put("png", TimelineImage.Kind.PNG);
        IMAGES.put("png2x", TimelineImage.Kind.PNG_2X);
    }

    /** An image of the timeline as the window shows it (drawn headless), of the encounters or of --from/--to. */
    private static int image(Args a, TimelineImage.Kind kind, PrintStream out, PrintStream err) throws Args.UsageException {
        if (!a.has("--out")) throw new Args.UsageException("export needs --out FILE");
        if (a.has("--event") || a.has("--bom")) throw new Args.UsageException("--event and --bom go with the evidence formats");
        WindowOptions w = WindowOptions.of(a);
        int width = w.width();
        int height = w.height();
        if (a.has("--from") != a.has("--to")) throw new Args.UsageException("--from and --to go together");
        TimeWindow range = null;
        if (a.has("--from")) {
            try {
                java.time.LocalDate from = java.time.LocalDate.parse(a.get("--from")), to = java.time.LocalDate.parse(a.get("--to"));
                if (!to.isAfter(from)) throw new Args.UsageException("--to must be after --from");
                range = TimeWindow.of(from, to.plusDays(1));
            } catch (java.time.format.DateTimeParseException e) {
                throw new Args.UsageException("--from and --to are dates, YYYY-MM-DD: " + e.getParsedString());
            }
        }
        Path target = Path.of(a.get("--out"));
        if (keptAsItIs(target, a, err)) return Cli.FAILED;
        Path modelFile = ModelOption.file(a);
        ModelLoader.Result r = ModelOption.load(modelFile, err, "export", "nothing written");
        if (r == null) return Cli.FAILED;
        String select = a.get("--select");
        if (select != null && r.loaded().model().event(select).isEmpty() && r.loaded().model().quote(select).isEmpty()) {
            err.println("export: no event or quote \"" + select + "\" in the model; nothing written");
            return Cli.FAILED;
        }
        for (String[] p : RenderSupport.HEADLESS_PROPERTIES) System.setProperty(p[0], p[1]);
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        try {
            RenderSupport.render(new RenderSupport.Request(r.loaded(), modelFile, r.problems(), width, height, select,
                    w.locale(), w.theme(), target, kind, range));
        } catch (Exception e) {
            Throwable c = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            err.println("export: " + c);
            return Cli.FAILED;
        }
        out.println("exported " + a.get("--format") + " to " + target.toAbsolutePath().normalize());
        return Cli.OK;
    }
}
