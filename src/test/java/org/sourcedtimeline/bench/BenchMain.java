package org.sourcedtimeline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * The benchmark suite of docs/benchmarks.md: {@code ./mvnw -Pbench verify} (or with
 * {@code -Dbench.sizes=1000,10000} for a quick run). Writes target/bench/results.md.
 */
public final class BenchMain {
    private BenchMain() {}

    /** JVM options given as one property, separated by spaces. */
    private static List<String> options(String spaced) {
        return spaced.isBlank() ? List.of() : List.of(spaced.strip().split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = System.getProperty("bench.sizes", "1000,10000,100000,1000000").split(",");
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        for (String s : sizes) BenchModels.model(Integer.parseInt(s.trim()));

        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n").append(machine()).append('\n');

        // -Dbench.startupRounds=0 and -Dbench.include=<regex> run one part alone while working on it;
        // -Dbench.include=none runs the startup comparison alone.
        int rounds = Integer.getInteger("bench.startupRounds", 9);
        List<StartupBench.Result> startup = rounds > 0
                ? StartupBench.run(rounds, Path.of(System.getProperty("bench.jar", "target/timeline.jar")),
                        System.getProperty("bench.modulePath"), options(System.getProperty("bench.fxRunOptions", "")),
                        options(System.getProperty("bench.runtimeOptions", "")), out.resolve("startup"))
                : List.of();
        if (!startup.isEmpty()) md.append("## Startup to first painted frame (seed model) vs a bare JavaFX window\n\n");
        for (StartupBench.Result r : startup)
            md.append(String.format(Locale.ROOT, "Both launched from the %s. Display: %s; %d alternating runs each; medians.%n%n",
                            r.setup(), r.display(), r.app().length))
                    .append("| | median ms | runs (ms) |\n|---|---:|---|\n")
                    .append(String.format(Locale.ROOT, "| Sourced Timeline | %.0f | %s |%n", r.appMedian(), list(r.app())))
                    .append(String.format(Locale.ROOT, "| bare JavaFX window | %.0f | %s |%n", r.bareMedian(), list(r.bare())))
                    .append(String.format(Locale.ROOT, "%n**Ratio app / bare: %.2f×** (target ≤ 2.0×, issue 13)%n%n", r.ratio()));
        System.out.print(md);

        String only = System.getProperty("bench.include", "");
        if (only.equals("none")) {
            write(out, md);
            return;
        }
        OptionsBuilder options = new OptionsBuilder();
        if (only.isBlank()) {
            options.include(LoadBenchmark.class.getName())
                    .include(SearchBenchmark.class.getName())
                    .include("org.sourcedtimeline.ui.control.timeline.skin.FrameBenchmark")
                    .include("org.sourcedtimeline.ui.control.timeline.skin.FrameModelBenchmark");
        } else {
            options.include(only);
        }
        Options jmh = options.param("events", sizes).build();
        Collection<RunResult> results = new Runner(jmh).run();

        md.append("## Load (read + parse + validate every quote against its article + index)\n\n")
                .append("| events | quotes | model file | load ms (mean of 3, single shot) | from the checked cache ms | cached / full | retained heap |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String s : sizes) {
            int n = Integer.parseInt(s.trim());
            Statistics st = stats(results, "LoadBenchmark.load", "events", s, null);
            Statistics cached = stats(results, "LoadBenchmark.loadCached", "events", s, null);
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s |%n", n, n * BenchModels.QUOTES_PER_EVENT,
                    mib(Files.size(BenchModels.model(n))), singleShots(st), singleShots(cached),
                    st == null || cached == null ? "—" : String.format(Locale.ROOT, "%.2f", cached.getMean() / st.getMean()),
                    heap(n)));
        }
        md.append("\n## One frame: cull + lay out + emit drawing commands (1600×420 px)\n\n")
                .append("| events | widest µs | middle (1 year) µs | closest (10 days) µs | hit-test µs |\n|---:|---:|---:|---:|---:|\n");
        for (String s : sizes) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", Integer.parseInt(s.trim()),
                    mean(results, "FrameBenchmark.cullAndLayoutFrame", s, "widest"),
                    mean(results, "FrameBenchmark.cullAndLayoutFrame", s, "middle"),
                    mean(results, "FrameBenchmark.cullAndLayoutFrame", s, "closest"),
                    mean(results, "FrameBenchmark.hitTest", s, "middle")));
        }
        md.append("\n## What a new item set costs the timeline once (row summaries alone; whole zoom-independent layout)\n\n")
                .append("| events | row summaries ms | zoom-independent layout ms |\n|---:|---:|---:|\n");
        for (String s : sizes) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", Integer.parseInt(s.trim()),
                    mean(results, "FrameModelBenchmark.rowSummaries", s, null),
                    mean(results, "FrameModelBenchmark.zoomIndependentLayout", s, null)));
        }
        md.append("\n## Search (a mix of eight queries, sampled): the index alone, and one keystroke in the view model\n\n")
                .append("| events | quotes | search p50 ms | search p95 ms | search max ms | keystroke p50 ms | keystroke p95 ms | index build ms |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String s : sizes) {
            Statistics st = stats(results, "SearchBenchmark.search", "events", s, null);
            Statistics key = stats(results, "SearchBenchmark.keystroke", "events", s, null);
            Statistics build = stats(results, "SearchBenchmark.buildIndex", "events", s, null);
            int n = Integer.parseInt(s.trim());
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s | %s |%n", n, n * BenchModels.QUOTES_PER_EVENT,
                    percentile(st, 50), percentile(st, 95), st == null ? "—" : String.format(Locale.ROOT, "%.3f", st.getMax()),
                    percentile(key, 50), percentile(key, 95),
                    build == null ? "—" : String.format(Locale.ROOT, "%.0f ± %.0f", build.getMean(), build.getMeanErrorAt(0.999))));
        }
        write(out, md);
    }

    private static void write(Path out, StringBuilder md) throws IOException {
        Path file = out.resolve("results.md");
        Files.writeString(file, md.toString());
        System.out.println(md);
        System.out.println("written " + file.toAbsolutePath());
    }

    private static Statistics stats(Collection<RunResult> results, String bench, String param, String value, String zoom) {
        for (RunResult r : results) {
            var p = r.getParams();
            if (!p.getBenchmark().endsWith(bench) || !value.trim().equals(p.getParam(param))) continue;
            if (zoom != null && !zoom.equals(p.getParam("zoom"))) continue;
            return r.getPrimaryResult().getStatistics();
        }
        return null;
    }

    /** Mean ± error, and the runs themselves: single shots on a shared machine vary more than the error says. */
    private static String singleShots(Statistics st) {
        if (st == null) return "—";
        StringBuilder runs = new StringBuilder();
        for (java.util.Iterator<java.util.Map.Entry<Double, Long>> it = st.getRawData(); it.hasNext(); ) {
            java.util.Map.Entry<Double, Long> e = it.next();
            for (long k = 0; k < e.getValue(); k++) runs.append(runs.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", e.getKey()));
        }
        return String.format(Locale.ROOT, "%.0f ± %.0f (%s)", st.getMean(), st.getMeanErrorAt(0.999), runs);
    }

    private static String percentile(Statistics st, double p) {
        return st == null ? "—" : String.format(Locale.ROOT, "%.3f", st.getPercentile(p));
    }

    private static String mean(Collection<RunResult> results, String bench, String size, String zoom) {
        Statistics st = stats(results, bench, "events", size, zoom);
        return st == null ? "—" : String.format(Locale.ROOT, "%.1f", st.getMean());
    }

    /** Retained heap in a fresh JVM, so that nothing else the suite allocated is counted. */
    private static String heap(int events) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Xmx16g", "-cp", System.getProperty("java.class.path"),
                "-Dbench.out=" + System.getProperty("bench.out", "target/bench"), HeapProbe.class.getName(), String.valueOf(events))
                .redirectErrorStream(true).start();
        String line;
        String found = "—";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = r.readLine()) != null) if (line.startsWith("retained ")) found = mib(Long.parseLong(line.substring(9)));
        }
        p.waitFor();
        return found;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static String list(double[] v) {
        List<String> s = new ArrayList<>();
        for (double d : v) s.add(String.format(Locale.ROOT, "%.0f", d));
        return String.join(", ", s);
    }

    private static String machine() throws Exception {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info))
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %d MiB max heap for the driver, %s %s, %s.%n",
                Runtime.getRuntime().availableProcessors(), cpu, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"));
    }
}
