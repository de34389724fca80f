package org.sourcedtimeline.io.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.model.Precision;

class SyntheticModelTest {
    @Test
    void aGeneratedModelValidates(@TempDir Path dir) throws Exception {
        SyntheticModel.Generated g = SyntheticModel.generate(300, 1500, 7);
        for (Map.Entry<String, byte[]> f : g.articles().entrySet()) AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
        Path model = dir.resolve("model.json");
        AtomicFiles.write(model, ModelWriter.toBytes(g.model()));
        ModelLoader.Result r = ModelLoader.load(model);
        assertTrue(r.ok(), () -> r.problems().subList(0, Math.min(5, r.problems().size())).toString());
        assertEquals(300, r.loaded().model().events().size());
        assertEquals(1500, r.loaded().model().quotes().size());
        assertTrue(r.loaded().model().events().stream().anyMatch(e -> e.precision() == Precision.MONTH), "mixed precision");
        assertTrue(r.loaded().model().quotes().stream().anyMatch(q -> q.text().length() > 500), "some long quotes");
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        assertArrayEquals(ModelWriter.toBytes(SyntheticModel.generate(50, 100, 3).model()),
                ModelWriter.toBytes(SyntheticModel.generate(50, 100, 3).model()));
        assertTrue(!ModelWriter.toJson(SyntheticModel.generate(50, 100, 3).model())
                .equals(ModelWriter.toJson(SyntheticModel.generate(50, 100, 4).model())));
    }
}
