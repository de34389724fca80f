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
 * <p>The three ways the app is started (issue 13): as {@code ./mvnw javafx:run} starts it (the module
 * path, the plugin's JVM options); the shaded jar ({@code java -jar target/timeline.jar}); and as the
 * installed app runs, with the launcher's JVM options ({@code packaging/jpackage/app.jpackage}) and a
 * class-data-sharing archive (packaging/linux/app/make-cds-archive.sh): each its own dynamic archive,
 * made by one run to its own first frame, on top of the JDK's base archive. The bare window gets the
 * same options in each.
 */
final class StartupBench {
    private static final String APP = "org.sourcedtimeline.Launcher";
    private static final String APP_MODULE_MAIN = "org.sourcedtimeline/org.sourcedtimeline.App";
    private static final String BARE = BareWindow.Main.class.getName();

    record Result(double[] app, double[] bare, String display, String setup) {
        double appMedian() { return median(app); }

        double bareMedian() { return median(bare); }

        double ratio() { return appMedian() / bareMedian(); }
    }

    /** How one set-up starts the app and the bare window: the JVM's arguments before the main class, then the main. */
    private record Launch(List<String> app, List<String> bare) {}

    private StartupBench() {}

    /**
     * The three set-ups, one X server for all the runs. {@code modulePath} is the app's module path as
     * javafx:run has it (its classes first), {@code fxRunOptions} the plugin's JVM options,
     * {@code runtimeOptions} those built into the installed app's runtime (jlink {@code --add-options}).
     */
    static List<Result> run(int rounds, Path appJar, String modulePath, List<String> fxRunOptions, List<String> runtimeOptions, Path work)
            throws IOException, InterruptedException {
        Process xvfb = startXvfb();
        String display = xvfb != null ? "xvfb :97 (GTK)" : "Monocle headless";
        boolean x = xvfb != null;
        try {
            Files.createDirectories(work);
            Path bareJar = work.resolve("bare-window.jar");
            jarOfBareWindow(bareJar);
            List<Result> results = new ArrayList<>();

            // javafx:run: the app's module on the module path; the bare window on the class path beside the same modules.
            String[] parts = modulePath.split(java.util.regex.Pattern.quote(File.pathSeparator), 2);
            String dependencies = parts.length > 1 ? parts[1] : "";
            List<String> app = with(List.of(java()), fxRunOptions);
            app.addAll(List.of("--module-path", modulePath, "-m", APP_MODULE_MAIN));
            List<String> bare = with(List.of(java()), fxRunOptions);
            bare.addAll(List.of("--module-path", dependencies, "--add-modules", "javafx.controls", "-cp", bareJar.toString(), BARE));
            results.add(alternate(rounds, new Launch(app, bare), x, display,
                    "module path, as `./mvnw javafx:run` starts it (JVM options " + fxRunOptions + ")"));

            String jars = appJar.toAbsolutePath() + File.pathSeparator + bareJar.toAbsolutePath();
            results.add(alternate(rounds, new Launch(List.of(java(), "-jar", appJar.toAbsolutePath().toString()), List.of(java(), "-cp", jars, BARE)),
                    x, display, "shaded jar, `java -jar target/timeline.jar`"));

            Path image = Path.of(System.getProperty("bench.appImage", "target/jpackage/image/timeline"));
            Path bareArchive = work.resolve("bare.jsa");
            Files.deleteIfExists(bareArchive);
            if (Files.isExecutable(image.resolve("bin/timeline"))) {
                results.add(installed(rounds, image, bareJar, bareArchive, x, display));
                return results;
            }
            // No app image (./mvnw -Ppackage verify makes one): the JDK's java with the same options, as close as it gets.
            List<String> installed = new ArrayList<>(runtimeOptions);
            installed.addAll(launcherOptions(Path.of("packaging/jpackage/app.jpackage")));
            Path appArchive = work.resolve("app.jsa");
            Files.deleteIfExists(appArchive);
            time(with(List.of(java()), installed, "-XX:ArchiveClassesAtExit=" + appArchive, "-cp", jars, APP), x);
            time(with(List.of(java()), installed, "-XX:ArchiveClassesAtExit=" + bareArchive, "-cp", jars, BARE), x);
            for (Path a : List.of(appArchive, bareArchive))
                if (!Files.isRegularFile(a)) throw new IllegalStateException("no archive made: " + a);
            results.add(alternate(rounds, new Launch(with(List.of(java()), installed, "-XX:SharedArchiveFile=" + appArchive, "-cp", jars, APP),
                            with(List.of(java()), installed, "-XX:SharedArchiveFile=" + bareArchive, "-cp", jars, BARE)), x, display,
                    "installed app's way, without an app image: the JDK's java with the runtime's and the launcher's JVM options " + installed
                            + " and class-data sharing, each its own dynamic archive of one run to its first frame"));
            return results;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The JVM options the installed app's launcher gets ({@code --java-options} lines of the jpackage
     * file), but for its archive, which each run here names for itself.
     */
    static List<String> launcherOptions(Path jpackageFile) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(jpackageFile, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.startsWith("--java-options ")) continue;
            String o = l.substring("--java-options ".length()).strip();
            if (!o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-Xshare")) options.add(o);
        }
        return options;
    }

    /**
     * The app image itself: its launcher, with the archive make-cds-archive.sh makes where it lies; the
     * bare window on the image's runtime with the launcher's JVM options and an archive of its own.
     */
    private static Result installed(int rounds, Path image, Path bareJar, Path bareArchive, boolean x, String display)
            throws IOException, InterruptedException {
        Path app = image.resolve("lib/app");
        if (!Files.isRegularFile(app.resolve("timeline.jsa"))) {
            Process make = new ProcessBuilder("sh", app.resolve("make-cds-archive.sh").toString()).inheritIO().start();
            if (make.waitFor() != 0 || !Files.isRegularFile(app.resolve("timeline.jsa")))
                throw new IllegalStateException("make-cds-archive.sh made no archive in " + app);
        }
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("timeline.cfg"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("java-options=")) continue;
            String o = line.substring("java-options=".length());
            if (!o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-Xshare") && !o.startsWith("-Djpackage")) options.add(o);
        }
        String java = image.resolve("lib/runtime/bin/java").toString();
        String cp = app.resolve("timeline.jar") + File.pathSeparator + bareJar.toAbsolutePath();
        time(with(List.of(java), options, "-XX:ArchiveClassesAtExit=" + bareArchive, "-cp", cp, BARE), x);
        if (!Files.isRegularFile(bareArchive)) throw new IllegalStateException("no archive made: " + bareArchive);
        return alternate(rounds, new Launch(List.of(image.resolve("bin/timeline").toString()),
                        with(List.of(java), options, "-XX:SharedArchiveFile=" + bareArchive, "-cp", cp, BARE)), x, display,
                "installed app: " + image + "/bin/timeline with its archive (make-cds-archive.sh); the bare window on the image's runtime"
                        + " with the launcher's JVM options " + options + " and an archive of its own");
    }

    private static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> with(List<String> first, List<String> second, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(List.of(more));
        return all;
    }

    private static Result alternate(int rounds, Launch launch, boolean x, String display, String setup)
            throws IOException, InterruptedException {
        double[] app = new double[rounds];
        double[] bare = new double[rounds];
        time(launch.app(), x); // warm the disk cache for both
        time(launch.bare(), x);
        for (int i = 0; i < rounds; i++) {
            app[i] = time(launch.app(), x);
            bare[i] = time(launch.bare(), x);
        }
        return new Result(app, bare, display, setup);
    }

    private static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /**
     * One run of {@code launch}: a java command (the probe's properties go in after the program) or an
     * app launcher (they go in through {@code _JAVA_OPTIONS}, which the JVM reads itself).
     */
    private static double time(List<String> launch, boolean x) throws IOException, InterruptedException {
        List<String> probe = new ArrayList<>(List.of("-D" + StartupProbe.PROPERTY + "=true",
                "-Djavafx.cachedir=target/javafx-cache", "-Dsourcedtimeline.configDir=target/bench/config"));
        if (!x) probe.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        String program = launch.get(0);
        boolean java = Path.of(program).getFileName().toString().equals("java");
        List<String> cmd = new ArrayList<>(List.of(program));
        if (java) cmd.addAll(probe);
        cmd.addAll(launch.subList(1, launch.size()));
        String main = launch.get(launch.size() - 1);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (!java) pb.environment().put("_JAVA_OPTIONS", String.join(" ", probe));
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

    /**
     * The bare window's classes and a copy of the probe in a jar of their own: on the module path the
     * app's probe is in a package its module does not export.
     */
    private static void jarOfBareWindow(Path jar) throws IOException {
        Path classes;
        try {
            classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path probeClasses;
        try {
            probeClasses = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            copyClasses(classes, BareWindow.class, j);
            copyClasses(probeClasses, StartupProbe.class, j);
        }
    }

    /** {@code type}'s class files and those of its nested classes, from a classes folder into the jar. */
    private static void copyClasses(Path classes, Class<?> type, JarOutputStream j) throws IOException {
        String dir = type.getPackageName().replace('.', '/');
        try (Stream<Path> files = Files.list(classes.resolve(dir))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(type.getSimpleName())).sorted().toList()) {
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
