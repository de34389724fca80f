package org.sourcedtimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every style sheet of the app also sits beside itself in JavaFX's binary form, which JavaFX loads
 * instead of parsing the CSS (the pom's css-to-binary step), and says the same thing: the same rules,
 * selectors and values, in the same order.
 */
class StyleSheetBinariesTest {
    private static final Path SOURCES = Path.of("src/main/resources");

    private static List<String> sheets() throws Exception {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".css")).map(p -> SOURCES.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Each rule's selectors and declarations as text (a binary rule reads its declarations only when asked). */
    private static List<String> rules(Stylesheet s) {
        List<String> out = new java.util.ArrayList<>();
        for (Rule r : s.getRules()) {
            out.add(r.getSelectors().toString());
            for (Declaration d : r.getDeclarations())
                out.add("  " + d.getProperty() + (d.isImportant() ? " !important" : "") + ": "
                        // a converter without its own toString prints its identity: not part of what the sheet says
                        + d.getParsedValue().toString().replaceAll("@[0-9a-f]+", "")
                        // a url() keeps the sheet it is relative to: the .bss beside the .css, the same folder
                        .replaceAll("\\.bss(?=</value>)", ".css"));
        }
        return out;
    }

    @Test
    void everyStyleSheetHasItsBinaryTwinSayingTheSame() throws Exception {
        List<String> sheets = sheets();
        assertFalse(sheets.isEmpty(), "found the style sheets under " + SOURCES.toAbsolutePath());
        for (String css : sheets) {
            URL text = StyleSheetBinariesTest.class.getClassLoader().getResource(css);
            URL binary = StyleSheetBinariesTest.class.getClassLoader().getResource(css.replaceAll("\\.css$", ".bss"));
            assertNotNull(text, css);
            assertNotNull(binary, css + " has no .bss beside it in the build");
            assertEquals(rules(new CssParser().parse(text)), rules(Stylesheet.loadBinary(binary)), css);
        }
    }
}
