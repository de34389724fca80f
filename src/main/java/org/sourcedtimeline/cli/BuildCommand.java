package org.sourcedtimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/** {@code build --out FILE [--seeds DIR]}: curation + articles → a checked model file. */
final class BuildCommand {
    private BuildCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of("--out", "--seeds"), Set.of());
        if (!a.operands().isEmpty()) throw new Args.UsageException("build takes no operand: " + a.operands().get(0));
        if (!a.has("--out")) throw new Args.UsageException("build needs --out FILE");
        Path seeds = Path.of(a.get("--seeds", "seeds")).toAbsolutePath().normalize();
        Path target = Path.of(a.get("--out")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(seeds.resolve(ModelBuilder.CURATION_FILE))) {
            err.println(seeds.resolve(ModelBuilder.CURATION_FILE) + ": no curation file here; give --seeds DIR");
            return Cli.FAILED;
        }
        ModelBuilder.Result r = ModelBuilder.build(seeds);
        r.problems().forEach(err::println);
        if (!r.ok()) {
            err.println("build failed: " + r.problems().stream().filter(Problem::isError).count() + " error(s); no model written");
            return Cli.FAILED;
        }
        try {
            Path outDir = target.getParent();
            List<String> copied = new ArrayList<>();
            TimelineModel m = relocate(r.model(), seeds, outDir, copied);
            AtomicFiles.write(target, ModelWriter.toBytes(m));
            // Check what was written exactly as a user's `validate` would.
            ModelLoader.Result check = ModelLoader.load(target);
            if (!check.ok()) {
                check.problems().forEach(err::println);
                err.println("build wrote a model that does not validate; this is a bug in the builder");
                return Cli.FAILED;
            }
            out.println("built " + target + ": " + m.sources().size() + " sources, " + m.actors().size() + " actors, "
                    + m.events().size() + " events, " + m.quotes().size() + " quotes"
                    + (copied.isEmpty() ? "" : "; copied " + copied.size() + " articles beside it"));
            return Cli.OK;
        } catch (IOException e) {
            err.println(target + ": cannot write: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /**
     * Article paths are relative to the model's folder and may not leave it, so a model written
     * elsewhere than the seeds folder (or above it) gets its articles copied beside it.
     */
    private static TimelineModel relocate(TimelineModel m, Path seeds, Path outDir, List<String> copied) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (Source s : m.sources()) {
            Path article = seeds.resolve(s.file()).normalize();
            String rel = outDir.relativize(article).toString().replace('\\', '/');
            if (rel.startsWith("..")) {
                Path copy = outDir.resolve(article.getFileName());
                if (!Files.exists(copy) || Files.mismatch(copy, article) != -1L) AtomicFiles.write(copy, Files.readAllBytes(article));
                copied.add(s.file());
                rel = article.getFileName().toString();
            }
            sources.add(s.withFile(rel));
        }
        return new TimelineModel(m.schemaVersion(), m.title(), sources, m.actors(), m.events(), m.quotes());
    }
}
