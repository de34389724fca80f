package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The security rules of {@link ArchitectureTest} are not vacuous: each one fails on a small class that
 * does what it forbids, and passes on one that does the allowed thing.
 */
class ArchitectureRulesBiteTest {

    static class LoadsAClassNamedByData {
        Class<?> load(String name) throws Exception { return Class.forName(name); }
    }

    static class StartsAProgram {
        void run(String cmd) throws IOException { Runtime.getRuntime().exec(new String[] {cmd}); }
    }

    static class BuildsAProcess {
        void run(String cmd) throws IOException { new ProcessBuilder(cmd).start(); }
    }

    static class StylesFromData {
        void style(javafx.scene.control.Label l, String colour) { l.setStyle("-fx-text-fill: " + colour); }
    }

    static class WritesInPlace {
        void save(Path p, byte[] b) throws IOException { Files.write(p, b); }
    }

    static class WritesAPngInPlace {
        void save(java.awt.image.RenderedImage img, File f) throws IOException { javax.imageio.ImageIO.write(img, "png", f); }
    }

    static class WritesPreferences {
        void save(java.util.prefs.Preferences node) { node.put("theme", "DARK"); }
    }

    static class PrintsToAFile {
        void save(String name) throws IOException {
            try (java.io.PrintWriter w = new java.io.PrintWriter(name)) {
                w.println("x");
            }
        }
    }

    static class FetchesAUrl {
        Object fetch(String url) throws IOException { return new java.net.URL(url).openStream(); }
    }

    static class LoadsAnImageFromAUrl {
        Object fetch(String url) { return new javafx.scene.image.Image(url); }
    }

    static class ReadsAndFormatsOnly {
        String read(Path p) throws IOException {
            java.io.StringWriter s = new java.io.StringWriter();
            try (java.io.PrintWriter w = new java.io.PrintWriter(s)) {
                w.print(Files.readString(p));
            }
            java.util.prefs.Preferences.userRoot().get("theme", null);
            return s.toString();
        }
    }

    private static JavaClasses classes(Class<?>... c) { return new ClassFileImporter().importClasses(c); }

    private static void bites(ArchRule rule, Class<?> bad) {
        assertTrue(rule.evaluate(classes(bad)).hasViolation(), rule.getDescription() + " catches " + bad.getSimpleName());
    }

    @Test
    void eachRuleCatchesWhatItForbids() {
        bites(ArchitectureTest.noClassLoadingByName, LoadsAClassNamedByData.class);
        bites(ArchitectureTest.noProcesses, StartsAProgram.class);
        bites(ArchitectureTest.noProcesses, BuildsAProcess.class);
        bites(ArchitectureTest.noStyleFromCode, StylesFromData.class);
        bites(ArchitectureTest.nothingFetchesAUrl, FetchesAUrl.class);
        bites(ArchitectureTest.nothingFetchesAUrl, LoadsAnImageFromAUrl.class);
        bites(ArchitectureTest.everyWriteIsAtomic, WritesInPlace.class);
        bites(ArchitectureTest.everyWriteIsAtomic, WritesAPngInPlace.class);
        bites(ArchitectureTest.everyWriteIsAtomic, WritesPreferences.class);
        bites(ArchitectureTest.everyWriteIsAtomic, PrintsToAFile.class);
    }

    @Test
    void readingAndFormattingInMemoryAreAllowed() {
        assertFalse(ArchitectureTest.everyWriteIsAtomic.evaluate(classes(ReadsAndFormatsOnly.class)).hasViolation());
    }
}
