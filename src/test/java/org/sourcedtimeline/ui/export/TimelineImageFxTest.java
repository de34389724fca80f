package org.sourcedtimeline.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.WindowFxTest;
import org.sourcedtimeline.ui.control.timeline.TimelineView;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Images of the timeline read back by other people's code: the SVG parsed as XML (its labels are
 * text elements, not a bitmap), the PDF's text extracted by PDFBox, the PNG decoded at its scale.
 */
class TimelineImageFxTest extends WindowFxTest {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @Override
    protected void beforeShow() { vm.select("new-delhi-2023"); }

    private byte[] image(TimelineImage.Kind kind, int[] size) throws Exception {
        fx(() -> {
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
            window.view().timeline().frameEncounters();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            TimelineView tv = window.view().timeline().view();
            size[0] = (int) Math.round(tv.getWidth());
            size[1] = (int) Math.round(tv.getHeight());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TimelineImage.write(kind, tv, size[0], size[1], TimelineCaption.of(fixture, tv.getVisibleWindow(), Locale.ENGLISH, false), out);
            return out.toByteArray();
        });
    }

    /** The labels the timeline shows: each event's on screen (those in the fixture's encounters lane at least). */
    private List<String> expectedWords() {
        return List.of("Stockholm", "Geneva", "La Valette", "Day", "Month or year only", "Thin evidence", "Grouped",
                fixture.model().title(), "Articles:");
    }

    @Test
    void theSvgIsVectorTextAndShapes() throws Exception {
        int[] size = new int[2];
        byte[] svg = image(TimelineImage.Kind.SVG, size);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // The SVG 1.0 doctype names a DTD on the web: never fetched (the tests, like the app, stay off the network).
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals((double) size[0], Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
        assertEquals((double) TimelineImage.height(size[1], TimelineCaption.of(fixture, fx(() -> window.view().timeline().view().getVisibleWindow()),
                Locale.ENGLISH, false)), Double.parseDouble(doc.getDocumentElement().getAttribute("height")));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) words.add(texts.item(i).getTextContent());
        String all = String.join("\n", words);
        for (String w : expectedWords()) assertTrue(all.contains(w), w + " in " + all);
        assertEquals(0, doc.getElementsByTagName("image").getLength(), "no bitmap inside");
        assertTrue(doc.getElementsByTagName("rect").getLength() + doc.getElementsByTagName("path").getLength()
                + doc.getElementsByTagName("ellipse").getLength() > 20, "shapes");
    }

    @Test
    void thePdfHasItsTextAndItsSize() throws Exception {
        int[] size = new int[2];
        byte[] pdf = image(TimelineImage.Kind.PDF, size);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(size[0], doc.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            for (String w : expectedWords()) assertTrue(text.replaceAll("\\s+", " ").contains(w), w + " in " + text);
        }
    }

    @Test
    void thePngIsDrawnAtItsScale() throws Exception {
        int[] size = new int[2];
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(image(TimelineImage.Kind.PNG, size)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(image(TimelineImage.Kind.PNG_2X, size)));
        assertEquals(size[0], one.getWidth());
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < one.getWidth(); x += 5) for (int y = 0; y < one.getHeight(); y += 5) colours.add(one.getRGB(x, y));
        assertTrue(colours.size() > 30, "drawn, not blank: " + colours.size());
    }
}
