package org.sourcedtimeline.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sourcedtimeline.io.AtomicFiles;
import org.sourcedtimeline.io.ModelWriter;
import org.sourcedtimeline.io.generate.SyntheticModel;

/** The synthetic models the benchmarks load: N events with 5 quotes each, generated once and reused. */
public final class BenchModels {
    public static final int QUOTES_PER_EVENT = 5;
    public static final long SEED = 20261127L;

    private BenchModels() {}

    public static Path dir() {
        return Path.of(System.getProperty("bench.out", "target/bench")).resolve("models");
    }

    /** The model file for {@code events} events, generated on first use. */
    public static synchronized Path model(int events) throws IOException {
        Path file = dir().resolve(events + "/model.json");
        if (Files.exists(file)) return file;
        SyntheticModel.Generated g = SyntheticModel.generate(events, events * QUOTES_PER_EVENT, SEED);
        for (Map.Entry<String, byte[]> f : g.articles().entrySet()) AtomicFiles.write(file.resolveSibling(f.getKey()), f.getValue());
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ModelWriter.writeCompact(g.model(), w);
            w.flush();
        });
        return file;
    }
}
