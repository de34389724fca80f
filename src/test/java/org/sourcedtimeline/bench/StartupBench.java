package org.sourcedtimeline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sourcedtimeline.ui.StartupProbe;

/**
 * Time from launching the JVM to the first painted frame showing the seed model, against a bare
 * JavaFX window launched the same way, alternating the two so that the machine's noise falls on both.
 */
final class StartupBench {
    record Result(double[] app, double[] bare, String display) {
        double appMedian() { return median(app); }

        double bareMedian() { return median(bare); }

        double ratio() { return appMedian() / bareMedian(); }
    }

    private StartupBench() {}

    static Result run(int rounds) throws IOException, InterruptedException {
        String cp = System.getProperty("java.class.path");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process xvfb = startXvfb();
        String display = xvfb != null ? "xvfb :97 (GTK)" : "Monocle headless";
        try {
            double[] app = new double[rounds];
            double[] bare = new double[rounds];
            time(java, cp, "org.sourcedtimeline.Launcher", xvfb != null); // warm the disk cache for both
            time(java, cp, BareWindow.Main.class.getName(), xvfb != null);
            for (int i = 0; i < rounds; i++) {
                app[i] = time(java, cp, "org.sourcedtimeline.Launcher", xvfb != null);
                bare[i] = time(java, cp, BareWindow.Main.class.getName(), xvfb != null);
            }
            return new Result(app, bare, display);
        } finally {
            if (xvfb != null) xvfb.destroy();
        }
    }

    private static double time(String java, String cp, String main, boolean x) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, "-D" + StartupProbe.PROPERTY + "=true",
                "-Djavafx.cachedir=target/javafx-cache", "-Dsourcedtimeline.configDir=target/bench/config"));
        if (!x) cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        cmd.add(main);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (x) pb.environment().put("DISPLAY", ":97");
        long t0 = System.nanoTime();
        Process p = pb.start();
        double ms = Double.NaN;
        // A process that never signals is killed, so that a broken probe fails the run instead of hanging it.
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException ignored) {
                p.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.equals(StartupProbe.SIGNAL) && Double.isNaN(ms)) ms = (System.nanoTime() - t0) / 1e6;
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        if (Double.isNaN(ms)) throw new IllegalStateException(main + " never painted its first frame");
        return ms;
    }

    private static Process startXvfb() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "Xvfb").canExecute()) {
                try {
                    Process p = new ProcessBuilder(dir + "/Xvfb", ":97", "-screen", "0", "1600x1000x24").redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    Thread.sleep(1500);
                    return p.isAlive() ? p : null;
                } catch (IOException | InterruptedException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
