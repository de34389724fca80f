package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app starts with the same JVM option however it is started: javafx:run takes the pom's
 * {@code app.jvm.options}, the installed app's launcher its jpackage file (docs/benchmarks.md, startup).
 */
class LaunchOptionsTest {
    @Test
    void javafxRunAndTheInstalledAppGetTheSameJvmOption() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<app\\.jvm\\.options>([^<]*)</app\\.jvm\\.options>").matcher(pom);
        assertTrue(m.find(), "the pom names app.jvm.options");
        String option = m.group(1).strip();
        assertTrue(option.startsWith("-XX:") && !option.contains(" "), "one JVM option (the plugin takes it as one): " + option);
        assertTrue(pom.contains("<option>${app.jvm.options}</option>"), "javafx:run is given it");

        List<String> launcher = Files.readAllLines(Path.of("packaging/jpackage/app.jpackage"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> l.startsWith("--java-options ")).map(l -> l.substring("--java-options ".length()).strip())
                .toList();
        assertEquals(1, launcher.stream().filter(o -> o.equals(option)).count(), "the launcher is given it once: " + launcher);
    }
}
