package org.sourcedtimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.io.imports.AnalysisReport;
import org.sourcedtimeline.io.imports.ArticleAnalyser;
import org.sourcedtimeline.io.imports.ArticleAnalysis;
import org.sourcedtimeline.io.imports.ArticleCopy;
import org.sourcedtimeline.io.imports.ImportEvaluation;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.PartialDate;

/**
 * {@code import ARTICLE}: the article copied into the seeds byte for byte, then read against the
 * seeds' actors and events; every suggestion printed with its confidence and reason, and written as
 * JSON beside it for the review. The curation file is not touched. {@code import --evaluate}: how
 * well the analyser reads the seeds' own articles (docs/import.md).
 */
final class ImportCommand {
    private ImportCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args a = Args.parse(argv, 1, Set.of("--seeds", "--published", "--json"), Set.of("--evaluate"));
        Path seeds = Path.of(a.get("--seeds", "seeds"));
        if (!Files.isRegularFile(seeds.resolve(ModelBuilder.CURATION_FILE)))
            throw new Args.UsageException(seeds + " has no " + ModelBuilder.CURATION_FILE + " (give the seeds folder with --seeds DIR)");
        if (a.has("--evaluate")) {
            if (!a.operands().isEmpty()) throw new Args.UsageException("import --evaluate takes no ARTICLE");
            try {
                ImportEvaluation.Score s = ImportEvaluation.of(seeds);
                out.print(s.table());
                for (var m : s.missed()) out.println("missed: " + m.sourceFile() + ":" + m.line() + " « " + m.words() + " »: " + m.what());
                for (var m : s.wrong()) out.println("wrong: " + m.sourceFile() + ":" + m.line() + " « " + m.words() + " »: " + m.what());
                for (var m : s.wrongSpeaker()) out.println("speaker: " + m.sourceFile() + ":" + m.line() + " « " + m.words() + " »: " + m.what());
                return Cli.OK;
            } catch (IOException | IllegalArgumentException e) {
                err.println("import --evaluate: " + e.getMessage());
                return Cli.FAILED;
            }
        }
        if (a.operands().size() != 1) throw new Args.UsageException("import takes exactly one ARTICLE file");
        PartialDate published = null;
        if (a.get("--published") != null) {
            try {
                published = PartialDate.parse(a.get("--published"));
            } catch (IllegalArgumentException e) {
                throw new Args.UsageException("--published: " + e.getMessage() + " (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        }
        Path article = Path.of(a.operands().get(0));
        ModelBuilder.Result built = ModelBuilder.build(seeds);
        if (!built.ok()) {
            for (Problem p : built.problems()) err.println(p);
            err.println(seeds + ": the seeds do not build; mend them before importing an article");
            return Cli.FAILED;
        }
        ArticleCopy.Imported copy;
        try {
            copy = ArticleCopy.into(seeds, article);
        } catch (IOException e) {
            err.println("import: " + e.getMessage());
            return Cli.FAILED;
        }
        String name = copy.file().getFileName().toString();
        out.println((copy.copied() ? "copied " + article + " to " : "already in the seeds as ") + copy.file() + " (sha256 " + copy.sha256() + ")");
        ArticleAnalysis analysis = new ArticleAnalyser(built.model()).analyse(name, new ArticleText(copy.text()), published);
        out.print(AnalysisReport.text(analysis));
        Path json = a.get("--json") != null ? Path.of(a.get("--json")) : copy.file().resolveSibling(name.replaceFirst("\\.txt$", "") + ".suggestions.json");
        try {
            AtomicFiles.write(json, AnalysisReport.json(analysis).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("import: cannot write " + json + ": " + e.getMessage());
            return Cli.FAILED;
        }
        out.println();
        out.println("suggestions written to " + json + "; nothing is in the curation file until a person accepts it");
        return Cli.OK;
    }
}
