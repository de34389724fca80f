package org.sourcedtimeline.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.HyperlinkSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcedtimeline.ui.StageFxTest;
import org.testfx.framework.junit5.Start;

/**
 * {@link WrappingLabel} and {@link WrappingHyperlink} answer what JavaFX's own label and link answer, at
 * every width and after every change, and work out each answer once until something changes.
 */
class WrappingLabelFxTest extends StageFxTest {
    private static final String SHORT = "Lavrov and Blinken met in Geneva.";
    private static final String LONG = "Les deux hommes se sont rencontrés à Genève pendant une heure et demie, "
            + "sans percée, chacun racontant ensuite une autre histoire des mêmes dix minutes.";

    private VBox box;
    private final AtomicInteger computed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        keep(stage);
        box = new VBox();
        stage.setScene(new Scene(box, 400, 600));
        stage.show();
    }

    /** The control under test, its skin counting what it works out, beside JavaFX's own with the same text. */
    private Labeled[] pair(String kind, String text) {
        Labeled ours;
        Labeled theirs;
        if (kind.equals("label")) {
            WrappingLabel l = new WrappingLabel(text);
            l.setSkin(new LabelSkin(l) {
                @Override
                protected double computePrefHeight(double w, double top, double right, double bottom, double left) {
                    computed.incrementAndGet();
                    return super.computePrefHeight(w, top, right, bottom, left);
                }
            });
            ours = l;
            Label plain = new Label(text);
            plain.setMinHeight(Label.USE_PREF_SIZE);
            theirs = plain;
        } else {
            WrappingHyperlink l = new WrappingHyperlink(text);
            l.setSkin(new HyperlinkSkin(l) {
                @Override
                protected double computePrefHeight(double w, double top, double right, double bottom, double left) {
                    computed.incrementAndGet();
                    return super.computePrefHeight(w, top, right, bottom, left);
                }
            });
            ours = l;
            theirs = new Hyperlink(text);
        }
        theirs.setWrapText(true);
        box.getChildren().setAll(ours, theirs);
        box.applyCss();
        box.layout();
        return new Labeled[] {ours, theirs};
    }

    private static double[] heightsAt(Labeled[] p, double width) {
        return new double[] {p[0].prefHeight(width), p[1].prefHeight(width)};
    }

    @ParameterizedTest
    @ValueSource(strings = {"label", "link"})
    void theSameHeightsAsJavaFxsOwnAtEveryWidth(String kind) throws Exception {
        for (double width : new double[] {60, 120, 200, 390}) {
            double[] h = fx(() -> heightsAt(pair(kind, LONG), width));
            assertEquals(h[1], h[0], 0.0, kind + " at " + width + " px");
        }
        double[] laidOut = fx(() -> {
            Labeled[] p = pair(kind, LONG);
            return new double[] {p[0].getHeight(), p[1].getHeight()};
        });
        assertEquals(laidOut[1], laidOut[0], 0.0, "laid out in the box");
        double[] narrowToWide = fx(() -> {
            Labeled[] p = pair(kind, LONG);
            return new double[] {p[0].prefHeight(60), p[0].prefHeight(390), p[1].prefHeight(60), p[1].prefHeight(390)};
        });
        assertTrue(narrowToWide[0] > narrowToWide[1], "taller when narrower: " + narrowToWide[0] + " against " + narrowToWide[1]);
        assertEquals(narrowToWide[2], narrowToWide[0], 0.0);
        assertEquals(narrowToWide[3], narrowToWide[1], 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"label", "link"})
    void eachHeightWorkedOutOnceUntilSomethingChanges(String kind) throws Exception {
        int[] counts = fx(() -> {
            Labeled[] p = pair(kind, LONG);
            computed.set(0);
            for (int i = 0; i < 5; i++) {
                p[0].prefHeight(150);
                p[0].minHeight(150);
                p[0].prefHeight(300);
            }
            int same = computed.get();
            p[0].prefHeight(75); // a third width: the oldest of the two remembered goes
            p[0].prefHeight(150);
            int third = computed.get();
            return new int[] {same, third};
        });
        assertEquals(2, counts[0], "two widths asked again and again: two answers worked out");
        assertEquals(4, counts[1], "a third width pushes the first one out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"label", "link"})
    void aNewTextOrFontIsMeasuredAnew(String kind) throws Exception {
        double[] text = fx(() -> {
            Labeled[] p = pair(kind, SHORT);
            double before = p[0].prefHeight(120);
            p[0].setText(LONG);
            p[1].setText(LONG);
            return new double[] {before, p[0].prefHeight(120), p[1].prefHeight(120)};
        });
        assertTrue(text[1] > text[0], "a longer text is taller: " + text[1] + " against " + text[0]);
        assertEquals(text[2], text[1], 0.0, "as JavaFX's own with the new text");

        double[] font = fx(() -> {
            Labeled[] p = pair(kind, LONG);
            double before = p[0].prefHeight(200);
            for (Labeled l : p) l.setStyle("-fx-font-size: 24px;");
            box.applyCss();
            return new double[] {before, p[0].prefHeight(200), p[1].prefHeight(200)};
        });
        assertTrue(font[1] > font[0], "a larger font is taller: " + font[1] + " against " + font[0]);
        assertEquals(font[2], font[1], 0.0, "as JavaFX's own with the new font");

        double[] graphic = fx(() -> {
            Labeled[] p = pair(kind, SHORT);
            double before = p[0].prefHeight(390);
            for (Labeled l : p) {
                javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(10, 80);
                l.setGraphic(r);
            }
            box.applyCss();
            return new double[] {before, p[0].prefHeight(390), p[1].prefHeight(390)};
        });
        assertTrue(graphic[1] > graphic[0], "a tall graphic makes it taller");
        assertEquals(graphic[2], graphic[1], 0.0, "as JavaFX's own with the graphic");
    }
}
