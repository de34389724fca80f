package org.sourcedtimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.TimelineModel;

/** {@code validate FILE}: every check the app makes when it opens a model, with every problem listed. */
final class ValidateCommand {
    private ValidateCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of(), Set.of());
        if (a.operands().size() != 1) throw new Args.UsageException("validate takes exactly one model FILE");
        Path file = Path.of(a.operands().get(0));
        ModelLoader.Result r = ModelLoader.load(file);
        for (Problem p : r.problems()) (p.isError() ? err : out).println(p);
        if (!r.ok()) {
            err.println(file + ": invalid: " + r.errors().size() + " error(s), "
                    + (r.problems().size() - r.errors().size()) + " warning(s)");
            return Cli.FAILED;
        }
        TimelineModel m = r.loaded().model();
        out.println(file + ": valid: " + m.sources().size() + " sources, " + m.events().size() + " events, "
                + m.quotes().size() + " quotes anchored" + (r.problems().isEmpty() ? "" : ", " + r.problems().size() + " warning(s)"));
        return Cli.OK;
    }
}
