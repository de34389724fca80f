package org.sourcedtimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.MainWindow;
import org.sourcedtimeline.ui.RenderSupport;
import org.sourcedtimeline.ui.Theme;

/**
 * {@code render --out FILE.png [--model FILE] [--width W --height H] [--select ID] [--locale fr|en]
 * [--theme light|dark]}: draws the real window headless (Monocle) and writes a PNG.
 */
final class RenderCommand {
    /** Ids listed when a selection is unknown; a large model has a million (run validate or read the file for all). */
    static final int LISTED_IDS = 30;

    private RenderCommand() {}

    static String firstIds(List<String> ids) {
        if (ids.size() <= LISTED_IDS) return String.join(", ", ids);
        return String.join(", ", ids.subList(0, LISTED_IDS)) + " … and " + (ids.size() - LISTED_IDS) + " more";
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of("--out", "--model", "--width", "--height", "--select", "--locale", "--theme"), Set.of());
        if (!a.operands().isEmpty()) throw new Args.UsageException("render takes no operand: " + a.operands().get(0));
        if (!a.has("--out")) throw new Args.UsageException("render needs --out FILE.png");
        // Not below the window's own minimum: JavaFX would draw a scene larger than the window it is given.
        int width = a.integer("--width", 1600, MainWindow.MIN_WIDTH, 8000);
        int height = a.integer("--height", 1000, MainWindow.MIN_HEIGHT, 8000);
        String lang = a.get("--locale", "en");
        if (!lang.equals("fr") && !lang.equals("en")) throw new Args.UsageException("--locale must be fr or en");
        String themeName = a.get("--theme", "light");
        if (!themeName.equals("light") && !themeName.equals("dark")) throw new Args.UsageException("--theme must be light or dark");
        Path outFile = Path.of(a.get("--out"));

        Path modelFile = a.has("--model") ? Path.of(a.get("--model")).toAbsolutePath().normalize() : null;
        ModelLoader.Result r = modelFile == null ? ModelLoader.loadBuiltIn() : ModelLoader.load(modelFile);
        if (!r.ok()) {
            r.problems().forEach(err::println);
            err.println("render: the model cannot be opened; nothing drawn");
            return Cli.FAILED;
        }
        TimelineModel m = r.loaded().model();
        String select = a.get("--select");
        if (select != null && m.event(select).isEmpty() && m.quote(select).isEmpty()) {
            err.println("render: no event or quote \"" + select + "\" in the model. Valid ids:");
            err.println("  events: " + firstIds(m.events().stream().map(e -> e.id()).toList()));
            err.println("  quotes: " + firstIds(m.quotes().stream().map(q -> q.id()).toList()));
            return Cli.FAILED;
        }
        for (String[] p : RenderSupport.HEADLESS_PROPERTIES) System.setProperty(p[0], p[1]);
        // Monocle's headless screen must hold the whole window.
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        List<Problem> warnings = r.problems();
        try {
            RenderSupport.render(new RenderSupport.Request(r.loaded(), modelFile, warnings, width, height, select,
                    lang.equals("fr") ? Locale.FRENCH : Locale.ENGLISH, Theme.parse(themeName, Theme.LIGHT), outFile));
        } catch (Exception e) {
            Throwable c = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            err.println("render: " + c);
            return Cli.FAILED;
        }
        out.println("rendered " + outFile.toAbsolutePath().normalize() + " (" + width + "x" + height + ")");
        return Cli.OK;
    }
}
