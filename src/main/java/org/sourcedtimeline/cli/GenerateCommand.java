package org.sourcedtimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.io.generate.SyntheticModel;

/** {@code generate --events N --quotes M [--seed S] --out FILE}: a synthetic model with its articles. */
final class GenerateCommand {
    private GenerateCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of("--events", "--quotes", "--seed", "--out"), Set.of());
        if (!a.operands().isEmpty()) throw new Args.UsageException("generate takes no operand: " + a.operands().get(0));
        if (!a.has("--out")) throw new Args.UsageException("generate needs --out FILE");
        int events = a.integer("--events", 1000, 0, 10_000_000);
        int quotes = a.integer("--quotes", events * 5, 0, 50_000_000);
        if (quotes > 0 && events == 0) throw new Args.UsageException("quotes need at least one event");
        long seed = a.integer("--seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Path target = Path.of(a.get("--out")).toAbsolutePath().normalize();
        SyntheticModel.Generated g = SyntheticModel.generate(events, quotes, seed);
        try {
            for (Map.Entry<String, byte[]> f : g.articles().entrySet()) AtomicFiles.write(target.resolveSibling(f.getKey()), f.getValue());
            AtomicFiles.write(target, o -> {
                java.io.Writer w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8);
                ModelWriter.writeCompact(g.model(), w);
                w.flush();
            });
        } catch (IOException e) {
            err.println(target + ": cannot write: " + e.getMessage());
            return Cli.FAILED;
        }
        out.println("generated " + target + ": " + events + " events, " + quotes + " quotes, " + g.articles().size()
                + " articles (seed " + seed + ")");
        return Cli.OK;
    }
}
