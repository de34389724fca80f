package org.sourcedtimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.window.RenderSupport;

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
        WindowOptions w = WindowOptions.of(a);
        int width = w.width();
        int height = w.height();
        Path outFile = Path.of(a.get("--out"));

        Path modelFile = ModelOption.file(a);
        ModelLoader.Result r = ModelOption.load(modelFile, err, "render", "nothing drawn");
        if (r == null) return Cli.FAILED;
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
                    w.locale(), w.theme(), outFile));
        } catch (Exception e) {
            Throwable c = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            err.println("render: " + c);
            return Cli.FAILED;
        }
        out.println("rendered " + outFile.toAbsolutePath().normalize() + " (" + width + "x" + height + ")");
        return Cli.OK;
    }
}
