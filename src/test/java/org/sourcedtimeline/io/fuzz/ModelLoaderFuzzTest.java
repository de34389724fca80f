package org.sourcedtimeline.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcedtimeline.io.DirectorySourceFolder;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.io.json.JsonAgreement;

/**
 * No input may make the loader or the builder do anything but load or report located problems:
 * no exception, no hang, no OutOfMemoryError. In the normal test run these replay the corpus under
 * src/test/resources/org/sourcedtimeline/io/fuzz/; {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class ModelLoaderFuzzTest {
    private static final DirectorySourceFolder FOLDER =
            new DirectorySourceFolder(Path.of("src/test/resources/bad-models").toAbsolutePath());

    @FuzzTest(maxDuration = "10m")
    void loaderOnlyLoadsOrReports(byte[] input) {
        List<Problem> problems = new ArrayList<>();
        ModelLoader.Result r = ModelLoader.parse("fuzz.json", input, FOLDER, problems);
        assertNotNull(r);
        if (!r.ok()) {
            assertFalse(r.errors().isEmpty(), "a refused input says why");
            for (Problem p : r.errors()) assertTrue(p.toString().startsWith("fuzz.json"), p.toString());
        }
    }

    /** The fast JSON reader gives up or agrees with Gson's, tree for tree and record for record. */
    @FuzzTest(maxDuration = "10m")
    void fastReaderGivesUpOrAgrees(byte[] input) {
        JsonAgreement.check(input);
        JsonAgreement.checkModel(input);
    }

    @FuzzTest(maxDuration = "10m")
    void builderOnlyBuildsOrReports(String curation) {
        List<Problem> problems = new ArrayList<>();
        ModelBuilder.Result r = ModelBuilder.build("curation.json", curation, FOLDER, problems);
        if (!r.ok()) assertFalse(problems.stream().noneMatch(Problem::isError), "a failed build says why");
    }
}
