package org.sourcedtimeline.ui.control.timeline.skin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas surface fills level and plumb lines as rectangles, and a band's hatch is cut to the band
 * without a canvas clip: both must paint what the plain strokes and the clip painted.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasSurfaceFxTest {
    private static final int W = 200;
    private static final int H = 80;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 10, 10));
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    private static Image paint(Consumer<GraphicsContext> painter) {
        return fx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, W, H);
            painter.accept(gc);
            return canvas.snapshot(null, null);
        });
    }

    /** The largest difference of one colour channel, 0–255, between two images. */
    private static int maxDelta(Image a, Image b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int max = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                for (int s = 0; s < 32; s += 8) max = Math.max(max, Math.abs((p >> s & 255) - (q >> s & 255)));
            }
        }
        return max;
    }

    private static void lines(GraphicsContext gc, LineDrawer draw) {
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setStroke(Color.rgb(20, 40, 200, 0.6));
        gc.setLineWidth(1);
        for (int i = 0; i < 12; i++) draw.line(10.5 + 15 * i, 5, 10.5 + 15 * i, 70.25);
        draw.line(0, 40.5, W, 40.5);
        draw.line(150, 60.5, 20, 60.5);
        gc.setLineWidth(2);
        gc.setStroke(Color.DARKRED);
        draw.line(5, 10, 190, 10);
        draw.line(100, 75, 100, 30);
    }

    private interface LineDrawer {
        void line(double x1, double y1, double x2, double y2);
    }

    @Test
    void levelAndPlumbLinesPaintWhatTheirStrokesPaint() {
        Image stroked = paint(gc -> lines(gc, gc::strokeLine));
        Image filled = paint(gc -> {
            CanvasSurface s = new CanvasSurface(gc);
            lines(gc, s::strokeLine);
        });
        assertTrue(maxDelta(stroked, filled) <= 2, "delta " + maxDelta(stroked, filled));
        // Not white: the lines are there at all.
        assertTrue(maxDelta(stroked, paint(gc -> { })) > 100);
    }

    @Test
    void dashedAndSlantedLinesAreStillStroked() {
        Consumer<GraphicsContext> dashed = gc -> {
            gc.setLineDashes(4, 4);
            gc.setStroke(Color.BLACK);
            gc.setLineWidth(1);
        };
        Image stroked = paint(gc -> {
            dashed.accept(gc);
            gc.strokeLine(0, 20.5, W, 20.5);
            gc.strokeLine(0, 0, W, H);
        });
        Image viaSurface = paint(gc -> {
            dashed.accept(gc);
            CanvasSurface s = new CanvasSurface(gc);
            s.strokeLine(0, 20.5, W, 20.5);
            s.strokeLine(0, 0, W, H);
        });
        assertEquals(0, maxDelta(stroked, viaSurface));
    }

    @Test
    void theFillComesBackAfterALine() {
        Image viaSurface = paint(gc -> {
            gc.setFill(Color.LIME);
            gc.setStroke(Color.RED);
            new CanvasSurface(gc).strokeLine(0, 5.5, W, 5.5);
            gc.fillRect(0, 40, W, 20);
        });
        assertEquals(Color.LIME, viaSurface.getPixelReader().getColor(50, 50));
        assertEquals(Color.RED, viaSurface.getPixelReader().getColor(50, 5));
    }

    /** The band as it was painted before: its hatch stroked whole and clipped to the band by the canvas. */
    private static void clippedBand(GraphicsContext gc, double x0, double x1, double cy, Color c, double width) {
        double h = TimelinePainter.BAND_H;
        double w = x1 - x0;
        double top = cy - h / 2;
        double fade = Math.min(0.3, 8 / Math.max(1, w));
        Color solid = PaintContext.alpha(c, 0.13);
        Color clear = PaintContext.alpha(c, 0.04);
        gc.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, clear), new Stop(fade, solid), new Stop(1 - fade, solid), new Stop(1, clear)));
        gc.fillRoundRect(x0, top, w, h, 5, 5);
        gc.save();
        gc.beginPath();
        gc.rect(Math.max(x0, -h), top, Math.min(x1, width + h) - Math.max(x0, -h), h);
        gc.clip();
        gc.setStroke(PaintContext.alpha(c, 0.6));
        gc.setLineWidth(1);
        for (double x = Math.floor((Math.max(x0, -h) - h) / 5) * 5; x < Math.min(x1, width + h); x += 5) {
            gc.strokeLine(x, top + h, x + h, top);
        }
        gc.restore();
    }

    @Test
    void aBandsHatchStaysInsideTheBand() {
        Color c = Color.rgb(60, 70, 90);
        // One band inside the canvas, one running off its left edge, one narrower than the hatch's slant.
        double[][] bands = {{30, 120, 25}, {-40, 60, 50}, {150, 157, 65}};
        Image clipped = paint(gc -> {
            for (double[] b : bands) clippedBand(gc, b[0], b[1], b[2], c, W);
        });
        Image cut = paint(gc -> {
            PaintContext ctx = new PaintContext(new TimelinePalette(() -> { }));
            ctx.width = W;
            ctx.bg = Color.WHITE;
            MarkerPainter painter = new MarkerPainter(ctx);
            CanvasSurface s = new CanvasSurface(gc);
            for (double[] b : bands) painter.paintBand(s, b[0], b[1], b[2], c);
        });
        // The line ends meet the band's edges square instead of at the stroke's slant: a faint pixel at most.
        assertTrue(maxDelta(clipped, cut) <= 40, "delta " + maxDelta(clipped, cut));
        PixelReader r = cut.getPixelReader();
        double h = TimelinePainter.BAND_H;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean inBand = false;
                for (double[] b : bands) {
                    inBand |= x >= Math.floor(b[0]) - 1 && x <= Math.ceil(b[1]) && y >= Math.floor(b[2] - h / 2) - 1
                            && y <= Math.ceil(b[2] + h / 2);
                }
                if (!inBand) assertEquals(0xFFFFFFFF, r.getArgb(x, y), "hatch outside the bands at " + x + "," + y);
            }
        }
    }
}
