package org.sourcedtimeline.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.sourcedtimeline.ui.window.StartupProbe;

/**
 * Time from launching the JVM to the first painted frame showing the seed model, against a bare
 * JavaFX window launched the same way, alternating the two so that the machine's noise falls on both.
 *
 * <p>Two set-ups: both on the build's class path (the classes folders and every dependency jar), as a
 * developer runs them; and both from jars with class-data sharing, as the installed app runs
 * (packaging/linux/app/make-cds-archive.sh): each with its own dynamic archive, made by one run to its
 * own first frame, on top of the JDK's base archive.
 */
final class StartupBench {
    private static final String APP = "org.sourcedtimeline.Launcher";
    private static final String BARE = BareWindow.Main.class.getName();

    record Result(double[] app, double[] bare, String display, String setup) {
        double appMedian() { return median(app); }

        double bareMedian() { return median(bare); }

        double ratio() { return appMedian() / bareMedian(); }
    }

    private StartupBench() {}

    /**
     * Both on the build's class path, no archive of their own; then both from jars with an archive each
     * (the shaded app jar, and a jar of the bare window beside it: CDS takes no folder). One X server
     * for all the runs.
     */
    static List<Result> run(int rounds, Path appJar, Path work) throws IOException, InterruptedException {
        Process xvfb = startXvfb();
        String display = xvfb != null ? "xvfb :97 (GTK)" : "Monocle headless";
        boolean x = xvfb != null;
        try {
            List<Result> results = new ArrayList<>();
            String buildPath = System.getProperty("java.class.path");
            results.add(alternate(rounds, buildPath, List.of(), List.of(), x, display,
                    "build's class path (classes folders and dependency jars), no archive of their own"));

            Files.createDirectories(work);
            Path bareJar = work.resolve("bare-window.jar");
            jarOfBareWindow(bareJar);
            String jars = appJar.toAbsolutePath() + File.pathSeparator + bareJar.toAbsolutePath();
            Path appArchive = work.resolve("app.jsa");
            Path bareArchive = work.resolve("bare.jsa");
            for (Path a : List.of(appArchive, bareArchive)) Files.deleteIfExists(a);
            time(jars, APP, x, List.of("-XX:ArchiveClassesAtExit=" + appArchive));
            time(jars, BARE, x, List.of("-XX:ArchiveClassesAtExit=" + bareArchive));
            for (Path a : List.of(appArchive, bareArchive))
                if (!Files.isRegularFile(a)) throw new IllegalStateException("no archive made: " + a);
            results.add(alternate(rounds, jars, List.of("-XX:SharedArchiveFile=" + appArchive),
                    List.of("-XX:SharedArchiveFile=" + bareArchive), x, display,
                    "jars with class-data sharing: each its own dynamic archive of one run to its first frame"));
            return results;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Result alternate(int rounds, String cp, List<String> appArgs, List<String> bareArgs, boolean x, String display,
                                    String setup) throws IOException, InterruptedException {
        double[] app = new double[rounds];
        double[] bare = new double[rounds];
        time(cp, APP, x, appArgs); // warm the disk cache for both
        time(cp, BARE, x, bareArgs);
        for (int i = 0; i < rounds; i++) {
            app[i] = time(cp, APP, x, appArgs);
            bare[i] = time(cp, BARE, x, bareArgs);
        }
        return new Result(app, bare, display, setup);
    }

    private static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static double time(String cp, String main, boolean x, List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", cp, "-D" + StartupProbe.PROPERTY + "=true",
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

    /** The bare window's classes (the probe comes from the app jar) in a jar of their own. */
    private static void jarOfBareWindow(Path jar) throws IOException {
        Path classes;
        try {
            classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String dir = BareWindow.class.getPackageName().replace('.', '/');
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.list(classes.resolve(dir))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(BareWindow.class.getSimpleName())).sorted().toList()) {
                j.putNextEntry(new JarEntry(dir + "/" + f.getFileName()));
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(j);
                }
                j.closeEntry();
            }
        }
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
