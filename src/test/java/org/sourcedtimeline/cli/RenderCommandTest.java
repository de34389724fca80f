package org.sourcedtimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcedtimeline.ui.UiFixtures;
import org.testfx.api.FxToolkit;

class RenderCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        // TestFX owns the toolkit in this JVM; the render command then reuses it.
        FxToolkit.registerPrimaryStage();
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void drawsTheWindowToAPngWrittenAtomically(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("shots/window.png");
        assertEquals(0, run("render", "--out", png.toString(), "--model", UiFixtures.encountersFile().toString(),
                "--width", "1200", "--height", "760", "--select", "geneva-lavrov-propositions", "--locale", "fr", "--theme", "dark"), err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(760, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < img.getWidth(); x += 7) for (int y = 0; y < img.getHeight(); y += 7) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, "a drawn window, not a blank image: " + colours.size() + " colours");
        try (Stream<Path> files = Files.list(png.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the PNG");
        }
    }

    @Test
    void unknownSelectionListsTheValidIds(@TempDir Path tmp) {
        assertEquals(1, run("render", "--out", tmp.resolve("x.png").toString(), "--model", UiFixtures.encountersFile().toString(),
                "--select", "paris-1999"));
        assertTrue(err().contains("paris-1999") && err().contains("geneva-2022") && err().contains("malta-lavrov-complement"), err());
        assertTrue(Files.notExists(tmp.resolve("x.png")));
    }

    @Test
    void aBadModelGivesItsLocatedProblems(@TempDir Path tmp) {
        assertEquals(1, run("render", "--out", tmp.resolve("x.png").toString(), "--model", UiFixtures.danglingModel().toString()));
        assertTrue(err().matches("(?s).*model\\.json:\\d+:\\d+: .*nowhere-2099.*"), err());
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path tmp) {
        assertEquals(2, run("render"));
        assertEquals(2, run("render", "--out", tmp.resolve("x.png").toString(), "--locale", "de"));
        assertEquals(2, run("render", "--out", tmp.resolve("x.png").toString(), "--theme", "sepia"));
        // Smaller than the window's own minimum, which JavaFX cannot draw.
        assertEquals(2, run("render", "--out", tmp.resolve("x.png").toString(), "--width", "800"));
        assertTrue(err().contains("--width must be between 900"), err());
        assertEquals(2, run("render", "--out", tmp.resolve("x.png").toString(), "--height", "500"));
        assertTrue(Files.notExists(tmp.resolve("x.png")));
    }

    /** A large model's ids are not all printed: the first ones and how many more. */
    @Test
    void anUnknownSelectionInALargeModelListsTheFirstIds(@TempDir Path tmp) throws Exception {
        var generated = org.sourcedtimeline.io.generate.SyntheticModel.generate(100, 300, 3);
        for (var f : generated.articles().entrySet()) {
            Files.createDirectories(tmp.resolve(f.getKey()).getParent());
            Files.write(tmp.resolve(f.getKey()), f.getValue());
        }
        Path model = Files.write(tmp.resolve("model.json"), org.sourcedtimeline.io.ModelWriter.toBytes(generated.model()));
        assertEquals(1, run("render", "--out", tmp.resolve("x.png").toString(), "--model", model.toString(), "--select", "nope"));
        assertTrue(err().contains("… and 70 more") && err().contains("… and 270 more"), err());
        assertTrue(err().length() < 3000, "a screenful, not every id: " + err().length());
    }
}
