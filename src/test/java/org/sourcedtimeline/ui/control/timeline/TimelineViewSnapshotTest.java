package org.sourcedtimeline.ui.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcedtimeline.ui.control.timeline.TimelineViewTest.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcedtimeline.ui.control.timeline.skin.TimelineViewSkin;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerDark;

/**
 * Renders the control and checks a few pixels; the PNGs land in {@code target/timeline-*.png} for a
 * human look.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewSnapshotTest {

    private static final Color MODENA_ACCENT = Color.web("#0096c9");

    private TimelineView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setLocale(Locale.ENGLISH);
        view.getLanes().setAll(TimelineSamples.lanes());
        view.getItems().setAll(TimelineSamples.items());
        view.setSelectedItem(TimelineSamples.REYKJAVIK);
        scene = new Scene(new StackPane(view), 1400, 400);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreTheme() {
        fx(() -> {
            if (Application.getUserAgentStylesheet() != null) {
                scene.setRoot(new StackPane()); // no timeline left to restyle with a stale theme
                Application.setUserAgentStylesheet(null);
            }
        });
    }

    private WritableImage render(String name) throws IOException {
        WritableImage img = fx(() -> {
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
        Path out = Path.of("target", "timeline-" + name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
        return img;
    }

    private Bounds boundsOf(TimelineItem item) {
        return fx(() -> ((TimelineViewSkin) view.getSkin()).itemBounds(item));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    /** A year label that the right edge would cut ("202" of 2027) is left out: a cut label reads as another. */
    @Test
    void noTickLabelIsCutByTheRightEdge() throws IOException {
        // A window whose right edge falls 12 px after the start of a year: room for its tick, not for its label.
        long year = LocalDate.of(2027, 1, 1).toEpochDay();
        double days = 12 * 365.25;
        double pxPerDay = 1400 / days;
        fx(() -> view.setVisibleWindow(new TimeWindow(year + 12 / pxPerDay - days, year + 12 / pxPerDay)));
        WritableImage img = render("right-edge");
        Color bg = img.getPixelReader().getColor(700, 2);
        int inked = 0;
        for (int x = 1400 - 11; x < 1400 - 2; x++) {
            boolean ink = false;
            // The axis' label band; tick marks are single columns.
            for (int y = 6; y < 30 && !ink; y++) ink = distance(img.getPixelReader().getColor(x, y), bg) > 0.6;
            if (ink) inked++;
        }
        assertTrue(inked <= 2, "columns of ink in the last 10 px of the axis (a cut label would leave several): " + inked);
    }

    @Test
    void lightThemeRender() throws IOException {
        WritableImage img = render("light");
        var px = img.getPixelReader();
        Bounds sel = boundsOf(TimelineSamples.REYKJAVIK);
        Color atSelection = px.getColor((int) sel.getCenterX(), (int) sel.getCenterY());
        assertTrue(distance(atSelection, MODENA_ACCENT) < 0.1, "selected item in the accent colour, was " + atSelection);

        Bounds other = boundsOf(TimelineSamples.PARIS);
        Color atOther = px.getColor((int) other.getCenterX(), (int) other.getCenterY());
        assertTrue(distance(atOther, MODENA_ACCENT) > 0.3, "unselected items are not accented, was " + atOther);
        assertTrue(atOther.getBrightness() < 0.6, "unselected markers are dark on white, was " + atOther);

        Color background = px.getColor(700, 80);
        assertTrue(background.getBrightness() > 0.95, "light background, was " + background);

        // Overview band at the bottom: a tinted strip, with the window rectangle's accent border
        // spanning (nearly) all of it after fitAll.
        double overviewTop = fx(() -> ((TimelineViewSkin) view.getSkin()).overviewTop());
        assertTrue(overviewTop > 300 && overviewTop < 380, "overview band at " + overviewTop);
        int accentPixels = 0;
        for (int y = (int) overviewTop; y < overviewTop + 8; y++) {
            int row = 0;
            for (int x = 0; x < 1400; x++) {
                Color c = px.getColor(x, y);
                if (c.getBlue() - c.getRed() > 0.3) {
                    row++;
                }
            }
            accentPixels = Math.max(accentPixels, row);
        }
        assertTrue(accentPixels > 1000, "window rectangle drawn in the overview, accent pixels " + accentPixels);
        Color overviewBg = px.getColor(3, (int) overviewTop + 20);
        assertTrue(overviewBg.getBrightness() < background.getBrightness(), "overview tinted, was " + overviewBg);
    }

    @Test
    void highlightingDimsTheRest() throws IOException {
        fx(() -> view.setHighlight(java.util.Set.of("delhi", "ceasefire")::contains));
        WritableImage img = render("highlight");
        var px = img.getPixelReader();
        Bounds dimmed = boundsOf(TimelineSamples.PARIS);
        Color c = px.getColor((int) dimmed.getCenterX(), (int) dimmed.getCenterY());
        assertTrue(c.getBrightness() > 0.6, "non-highlighted items are dimmed, was " + c);
        Bounds hl = boundsOf(TimelineSamples.DELHI);
        Color ring = px.getColor((int) (hl.getCenterX() + 5 + 2.75), (int) hl.getCenterY());
        assertTrue(distance(ring, MODENA_ACCENT) < 0.4, "highlighted items get an accent ring, was " + ring);
    }

    @Test
    void aClusterIsRingedWhileOneOfItsMembersIsHighlighted() throws IOException {
        // At the fit-all zoom the Geneva talks and the written answers make one cluster, whose pill
        // starts at the Geneva marker (Stockholm, before it, keeps a short label); the accent ring runs
        // 3 px below it (above it sits the selection's callout).
        Bounds first = boundsOf(TimelineSamples.GENEVA_2022);
        int x = (int) first.getMinX() + 12;
        int y = (int) Math.round(first.getCenterY() + 9 + 3);
        fx(() -> view.setHighlight("letters"::equals));
        Color ringed = render("cluster-highlight").getPixelReader().getColor(x, y);
        assertTrue(distance(ringed, MODENA_ACCENT) < 0.4, "a highlighted member rings its cluster, was " + ringed);
        // Another search: the cluster loses its ring at the next frame.
        fx(() -> view.setHighlight("paris"::equals));
        Color plain = render("cluster-highlight-gone").getPixelReader().getColor(x, y);
        assertTrue(distance(plain, MODENA_ACCENT) > 0.4, "no highlighted member, no ring, was " + plain);
    }

    /**
     * A pill wide enough shows where in time its members are: columns as tall as the pill where they
     * crowd, short or none where they are sparse, so that a row of a hundred thousand events is more
     * than one bar with a count.
     */
    @Test
    void aWideClusterShowsWhereItsMembersAre() throws IOException {
        java.util.List<TimelineItem> many = new java.util.ArrayList<>();
        LocalDate d0 = LocalDate.of(2000, 1, 1);
        // A day each for 600 days, one every 20 days for 800 days, a day each for 600 days again.
        for (int i = 0; i < 600; i++) many.add(TimelineItem.day("a" + i, "Dense " + i, d0.plusDays(i), "meetings"));
        for (int i = 0; i < 40; i++) many.add(TimelineItem.day("b" + i, "Sparse " + i, d0.plusDays(600 + 20 * i), "meetings"));
        for (int i = 0; i < 600; i++) many.add(TimelineItem.day("c" + i, "Dense again " + i, d0.plusDays(1400 + i), "meetings"));
        fx(() -> {
            view.setSelectedItem(null);
            view.getItems().setAll(many);
            view.fitAll();
        });
        WritableImage img = render("density");
        var px = img.getPixelReader();
        // Near the top of the pill, which only the tallest columns reach.
        double dense = darkShare(px, boundsOf(many.get(300)), -7);
        double sparse = darkShare(px, boundsOf(many.get(610)), -7);
        double denseAgain = darkShare(px, boundsOf(many.get(640 + 300)), -7);
        assertTrue(dense > 0.6 && denseAgain > 0.6, "crowded stretches fill the pill: " + dense + ", " + denseAgain);
        assertTrue(sparse < 0.2, "a sparse stretch leaves the pill light: " + sparse);
        // Through the middle of the pill the sparse members still show, as shorter columns.
        assertTrue(darkShare(px, boundsOf(many.get(610)), 0) > 0.1, "sparse members are not lost");
    }

    /** The share of dark pixels 30 px either side of a marker, {@code dy} from its centre line. */
    private static double darkShare(javafx.scene.image.PixelReader px, Bounds marker, int dy) {
        int y = (int) Math.round(marker.getCenterY()) + dy;
        int dark = 0;
        int x0 = (int) marker.getCenterX() - 30;
        for (int x = x0; x < x0 + 60; x++) {
            if (px.getColor(x, y).getBrightness() < 0.6) dark++;
        }
        return dark / 60.0;
    }

    /**
     * A selected member of a cluster is drawn over the pill, where the count was: the count moves to a
     * chip beside the selected marker, so that it stays readable.
     */
    @Test
    void aClusterKeepsItsCountBesideItsSelectedMember() throws IOException {
        fx(() -> view.setSelectedItem(TimelineSamples.GENEVA_2022));
        WritableImage img = render("cluster-selected");
        var px = img.getPixelReader();
        Bounds marker = boundsOf(TimelineSamples.GENEVA_2022);
        int y = (int) Math.round(marker.getCenterY());
        assertTrue(distance(px.getColor((int) marker.getCenterX(), y), MODENA_ACCENT) < 0.2, "the selected marker is drawn");
        // The chip: dark, with the light strokes of its digit, within 30 px of the marker on one side.
        int left = glyphPixels(px, (int) marker.getCenterX() - 40, (int) marker.getCenterX() - 10, y);
        int right = glyphPixels(px, (int) marker.getCenterX() + 10, (int) marker.getCenterX() + 40, y);
        assertTrue(left + right >= 8, "the count is readable beside the selected marker: " + left + " / " + right);
    }

    /** Light pixels with dark ones within 3 px on both sides (a digit's strokes on a chip), on rows y-4..y+4 of [x0, x1). */
    private static int glyphPixels(javafx.scene.image.PixelReader px, int x0, int x1, int y) {
        int n = 0;
        for (int yy = y - 4; yy <= y + 4; yy++) {
            for (int x = x0 + 3; x < x1 - 3; x++) {
                if (px.getColor(x, yy).getBrightness() < 0.7) continue;
                boolean darkLeft = false;
                boolean darkRight = false;
                for (int d = 1; d <= 3; d++) {
                    darkLeft |= px.getColor(x - d, yy).getBrightness() < 0.45;
                    darkRight |= px.getColor(x + d, yy).getBrightness() < 0.45;
                }
                if (darkLeft && darkRight) n++;
            }
        }
        return n;
    }

    /** Items prepared ahead, sorted and laid out off the JavaFX thread, look exactly as the same items set directly. */
    @Test
    void preparedItemsLookTheSame() throws IOException {
        WritableImage direct = render("direct");
        PreparedItems prepared = PreparedItems.of(TimelineSamples.items(), fx(() -> java.util.List.copyOf(view.getLanes())));
        fx(() -> {
            view.getItems().clear();
            view.setItems(prepared);
            view.setSelectedItem(TimelineSamples.REYKJAVIK); // cleared with the items
        });
        WritableImage ahead = render("prepared");
        int differing = 0;
        for (int y = 0; y < (int) direct.getHeight(); y++) {
            for (int x = 0; x < (int) direct.getWidth(); x++) {
                if (direct.getPixelReader().getArgb(x, y) != ahead.getPixelReader().getArgb(x, y)) differing++;
            }
        }
        assertEquals(0, differing, "pixels that differ");
    }

    /** Lanes with many rows close their rows up rather than push the last lane out of sight. */
    @Test
    void everyLaneStaysInSightWhenRowsCloseUp() throws IOException {
        java.util.List<TimelineItem> many = new java.util.ArrayList<>();
        LocalDate d = LocalDate.of(2020, 3, 1);
        // Items on the same days need rows of their own: points in one tier, bars in the other.
        for (int i = 0; i < 4; i++) many.add(TimelineItem.day("p" + i, "Point " + i, d, "meetings"));
        for (int i = 0; i < 4; i++) many.add(TimelineItem.range("b" + i, "Bar " + i, d.minusDays(20), d.plusDays(20), "meetings"));
        for (int i = 0; i < 2; i++) many.add(TimelineItem.day("c" + i, "Call " + i, d, "calls"));
        // An undeclared lane goes last, below the others.
        for (int i = 0; i < 2; i++) many.add(TimelineItem.day("o" + i, "Other " + i, d, "elsewhere"));
        TimelineItem call = TimelineItem.day("last", "The last one", d, "elsewhere");
        many.add(call);
        fx(() -> {
            view.setSelectedItem(null);
            view.getItems().setAll(many);
            view.fitAll();
        });
        render("rows-close-up");
        Bounds last = boundsOf(call);
        double overviewTop = fx(() -> ((TimelineViewSkin) view.getSkin()).overviewTop());
        assertTrue(last.getMaxY() <= overviewTop, "the last lane's last row is above the overview: " + last + ", overview at " + overviewTop);
        Bounds first = boundsOf(many.get(0));
        assertTrue(first.getHeight() >= 8, "rows are still tall enough for a marker: " + first);
    }

    @Test
    void zoomedInRender() throws IOException {
        fx(() -> view.showWindow(TimeWindow.of(LocalDate.of(2022, 1, 8), LocalDate.of(2022, 3, 10))));
        render("zoomed");
        Bounds geneva = boundsOf(TimelineSamples.GENEVA_2022);
        Bounds letters = boundsOf(TimelineSamples.LETTERS);
        assertTrue(letters.getMinX() - geneva.getMaxX() > 50, "the cluster fell apart");
    }

    @Test
    void flagsTakeTheirColourFromCss() throws IOException {
        fx(() -> view.showWindow(TimeWindow.of(LocalDate.of(2022, 1, 8), LocalDate.of(2022, 3, 10))));
        Bounds letters = boundsOf(TimelineSamples.LETTERS); // flagged "weak-evidence"
        int bx = (int) Math.round(letters.getCenterX() + 6);
        int by = (int) Math.round(letters.getCenterY() - 6);
        Color badge = render("flag-default").getPixelReader().getColor(bx, by);
        assertTrue(distance(badge, Color.web("#c2410c")) < 0.25, "default flag colour, was " + badge);
        String css = ".timeline-view .flag-weak-evidence { -fx-background-color: #7c3aed; }";
        fx(() -> scene.getStylesheets().add("data:text/css;base64,"
                + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        Color custom = render("flag-custom").getPixelReader().getColor(bx, by);
        assertTrue(distance(custom, Color.web("#7c3aed")) < 0.25, "per-flag colour from the style sheet, was " + custom);
    }

    @Test
    void frenchAxis() throws IOException {
        fx(() -> {
            view.setLocale(Locale.FRENCH);
            view.showWindow(TimeWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 9, 1)));
        });
        render("fr");
    }

    @Test
    void atlantaFxDarkThemeFlowsThrough() throws IOException {
        // As in the app: the theme is set, then the view is built.
        fx(() -> {
            scene.setRoot(new StackPane());
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            TimelineView dark = new TimelineView();
            dark.setAnimated(false);
            dark.setLocale(Locale.ENGLISH);
            dark.getLanes().setAll(TimelineSamples.lanes());
            dark.getItems().setAll(TimelineSamples.items());
            dark.setSelectedItem(TimelineSamples.REYKJAVIK);
            view = dark;
            scene.setRoot(new StackPane(dark));
        });
        fx(() -> view.requestFocus());
        WritableImage img = render("dark");
        var px = img.getPixelReader();
        assertTrue(fx(() -> view.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("color-tokens"))));
        Color background = px.getColor(700, 80);
        assertEquals(Color.web("#0d1117").getBrightness(), background.getBrightness(), 0.05, "dark background, was " + background);
        Bounds sel = boundsOf(TimelineSamples.REYKJAVIK);
        Color atSelection = px.getColor((int) sel.getCenterX(), (int) sel.getCenterY());
        assertTrue(distance(atSelection, Color.web("#1f6feb")) < 0.1, "AtlantaFX accent, was " + atSelection);
        Bounds other = boundsOf(TimelineSamples.PARIS);
        Color atOther = px.getColor((int) other.getCenterX(), (int) other.getCenterY());
        assertTrue(atOther.getBrightness() > 0.45, "markers light on dark, was " + atOther);
    }
}
