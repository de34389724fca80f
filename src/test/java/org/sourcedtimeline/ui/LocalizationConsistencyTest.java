package org.sourcedtimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.Precision;

/**
 * Every key used (a {@code %key} in an FXML file, a key in Java code) exists in the English base bundle
 * and in the French one; both have the same keys, none twice, none unused; the {@code _en} files are empty.
 */
class LocalizationConsistencyTest {
    private static final Path JAVA = Path.of("src/main/java/org/sourcedtimeline/ui");
    private static final Path RES = Path.of("src/main/resources/org/sourcedtimeline/ui");
    private static final String MAIN = "MainView";
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.\\-]+)\"");
    private static final Pattern OWN_KEY = Pattern.compile("\\bt\\(\"([\\w.\\-]+)\"\\)");
    private static final Pattern COMMON_KEY = Pattern.compile("(?:\\bc\\(|getString\\(|text\\(\\w+, )\"([\\w.\\-]+)\"\\s*[),]");
    private static final Pattern LITERAL_KEY = Pattern.compile("\"((?:shortcut|dialog|status|menu)\\.[\\w.]+)\"");
    /** Keys built at run time from a prefix and a model value; each prefix is checked against the enum it covers. */
    private static final List<String> DYNAMIC = List.of("kind.", "attribution.", "precision.", "side.");

    private final Map<String, Set<String>> used = new HashMap<>();

    private void use(String bundle, String key) { used.computeIfAbsent(bundle, b -> new TreeSet<>()).add(key); }

    private static List<Path> files(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(ext)).filter(p -> !p.toString().contains("/control/")).sorted().toList();
        }
    }

    private static String base(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.indexOf('.'));
    }

    /** Keys of a properties file in order, failing on duplicates. */
    private static List<String> keys(Path p) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) continue;
            int eq = l.indexOf('=');
            assertTrue(eq > 0, p + ": not key=value: " + line);
            String k = l.substring(0, eq).strip();
            assertTrue(!keys.contains(k), p + ": duplicate key " + k);
            keys.add(k);
        }
        return keys;
    }

    private void collectUses() throws IOException {
        for (Path fxml : files(RES, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(fxml));
            while (m.find()) use(base(fxml), m.group(1));
        }
        for (Path java : files(JAVA, ".java")) {
            String src = Files.readString(java);
            String own = base(java);
            Matcher m = OWN_KEY.matcher(src);
            while (m.find()) use(own, m.group(1));
            // A dialog with a bundle of its own (ui.export) reads its keys with getString; the panels use t() and c().
            // ui.export's classes all read the dialog's bundle (TimelineCaption too); legend words come from MainView's via t().
            String dialog = java.startsWith(JAVA.resolve("export")) ? "ExportDialog"
                    : !own.equals(MAIN) && bundleDir(own) != null && !java.startsWith(JAVA.resolve("panels")) ? own : MAIN;
            m = COMMON_KEY.matcher(src);
            while (m.find()) use(dialog.equals(MAIN) || !src.startsWith("main.", Math.max(0, m.start() - 5)) ? dialog : MAIN, m.group(1));
            m = LITERAL_KEY.matcher(src);
            while (m.find()) use(MAIN, m.group(1));
        }
        for (EventKind k : EventKind.values()) use(MAIN, "kind." + k.json());
        for (Attribution a : Attribution.values()) { use(MAIN, "attribution." + a.json()); use(MAIN, "attribution." + a.json() + ".tip"); }
        for (Precision p : Precision.values()) use(MAIN, "precision." + p.json());
        use(MAIN, "side.us");
        use(MAIN, "side.russia");
        for (org.sourcedtimeline.io.export.ExportFormat f : org.sourcedtimeline.io.export.ExportFormat.values()) {
            use("ExportDialog", "export.format." + f.cliName());
            use("ExportDialog", "export.help." + f.cliName());
        }
        for (org.sourcedtimeline.ui.export.TimelineImage.Kind k : org.sourcedtimeline.ui.export.TimelineImage.Kind.values())
            use("ExportDialog", "export.image.kind." + k.name());
    }

    /** The folder of the bundle {@code base}, wherever it is under the ui resources; null when there is none. */
    private static Path bundleDir(String base) {
        try (Stream<Path> s = Files.walk(RES)) {
            return s.filter(p -> p.getFileName().toString().equals(base + ".properties")).map(Path::getParent).findFirst().orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyUsedKeyExistsInEnglishAndFrench() throws IOException {
        collectUses();
        assertTrue(used.get(MAIN).contains("menu.file") && used.containsKey("QuotesPanel"), "the scan found keys: " + used.keySet());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : used.entrySet()) {
            Path dir = bundleDir(e.getKey());
            assertTrue(dir != null, "no bundle " + e.getKey() + ".properties under " + RES);
            for (String suffix : List.of("", "_fr")) {
                Path f = dir.resolve(e.getKey() + suffix + ".properties");
                assertTrue(Files.exists(f), "missing bundle " + f);
                Set<String> have = new HashSet<>(keys(f));
                for (String k : e.getValue()) if (!have.contains(k)) missing.add(f.getFileName() + ": " + k);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bundlesHaveTheSameKeysAndNoneIsUnused() throws IOException {
        collectUses();
        List<String> problems = new ArrayList<>();
        for (Path en : files(RES, ".properties")) {
            String name = en.getFileName().toString();
            if (name.contains("_")) continue;
            Path fr = en.resolveSibling(name.replace(".properties", "_fr.properties"));
            Path enEmpty = en.resolveSibling(name.replace(".properties", "_en.properties"));
            Set<String> a = new LinkedHashSet<>(keys(en));
            Set<String> b = new LinkedHashSet<>(keys(fr));
            if (!a.equals(b)) {
                Set<String> onlyEn = new TreeSet<>(a); onlyEn.removeAll(b);
                Set<String> onlyFr = new TreeSet<>(b); onlyFr.removeAll(a);
                problems.add(name + ": only in English " + onlyEn + ", only in French " + onlyFr);
            }
            if (Files.exists(enEmpty) && !keys(enEmpty).isEmpty()) problems.add(enEmpty + " should stay empty");
            Set<String> u = used.getOrDefault(base(en), Set.of());
            for (String k : a) {
                boolean dynamic = base(en).equals(MAIN) && DYNAMIC.stream().anyMatch(k::startsWith);
                if (!u.contains(k) && !dynamic) problems.add(name + ": unused key " + k);
            }
        }
        assertEquals(List.of(), problems);
    }
}
