package org.sourcedtimeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The synthetic models the benchmarks load: N events with 5 quotes each, generated once and reused. */
public final class BenchModels {
    public static final int QUOTES_PER_EVENT = 5;
    public static final long SEED = 20261127L;

    private BenchModels() {}

    public static Path dir() {
        return Path.of(System.getProperty("bench.out", "target/bench")).resolve("models");
    }

    /**
     * The model file for {@code events} events, generated on first use by {@code timeline generate}
     * in a JVM of its own: a million-event model takes gigabytes while it is built, which must not stay
     * in the heap of the JVM that then runs the benchmarks beside their forks.
     */
    public static synchronized Path model(int events) throws IOException {
        Path file = dir().resolve(events + "/model.json").toAbsolutePath();
        if (Files.exists(file)) return file;
        Files.createDirectories(file.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx14g", "-cp", System.getProperty("java.class.path"), "org.sourcedtimeline.Launcher",
                "generate", "--events", String.valueOf(events), "--quotes", String.valueOf(events * QUOTES_PER_EVENT),
                "--seed", String.valueOf(SEED), "--out", file.toString()).inheritIO().start();
        try {
            if (p.waitFor() != 0 || !Files.exists(file)) throw new IOException("timeline generate failed for " + events + " events");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        }
        return file;
    }
}
