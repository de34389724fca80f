package org.sourcedtimeline.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.StageFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tips made on the first hover: the text is there at once (for screen readers and views), the tooltip when the pointer comes. */
class HoverTipsFxTest extends StageFxTest {
    private Button inToolBar;
    private Label label;
    private Text text;
    private final AtomicInteger made = new AtomicInteger();

    @Start
    void start(Stage stage) {
        keep(stage);
        inToolBar = new Button("Zoom");
        inToolBar.setAccessibleHelp("Zoom in");
        label = new Label("Legend");
        text = new Text("a run of article text");
        stage.setScene(new Scene(new VBox(20, new ToolBar(inToolBar), label, text), 400, 300));
        stage.show();
    }

    private static String shownTip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse(null);
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEntersAndThenShows(FxRobot robot) throws Exception {
        fx(() -> {
            HoverTips.install(label, "What a dot means", t -> {
                made.incrementAndGet();
                return new Tooltip(t);
            });
            return null;
        });
        assertNull(fx(() -> label.getTooltip()), "nothing made before the pointer comes");
        assertEquals("What a dot means", fx(() -> HoverTips.textOf(label)));
        assertEquals("What a dot means", fx(() -> label.getAccessibleHelp()), "a screen reader has it at once");
        assertEquals(0, made.get());

        robot.moveTo(label).moveBy(3, 1).moveBy(2, 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> "What a dot means".equals(shownTip())));
        assertEquals(1, made.get());
        assertNotNull(fx(() -> label.getTooltip()));

        robot.moveTo(text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> shownTip() == null));
        robot.moveTo(label).moveBy(3, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> "What a dot means".equals(shownTip())));
        assertEquals(1, made.get(), "made once, then JavaFX's tooltip as usual");
        robot.moveTo(text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> shownTip() == null));
    }

    @Test
    void fxmlTipsAreTakenFromAccessibleHelpEvenInsideAToolBar() throws Exception {
        fx(() -> {
            HoverTips.fromAccessibleHelp(inToolBar.getScene().getRoot());
            return null;
        });
        assertEquals("Zoom in", fx(() -> HoverTips.textOf(inToolBar)));
        assertNull(fx(() -> inToolBar.getTooltip()));
        assertEquals("Zoom in", fx(() -> HoverTips.tooltip(inToolBar).getText()));
        assertSame(fx(() -> HoverTips.tooltip(inToolBar)), fx(() -> inToolBar.getTooltip()), "made once, kept by the control");
    }

    @Test
    void aNodeThatIsNotAControlGetsItsTooltipInstalled(FxRobot robot) throws Exception {
        fx(() -> {
            HoverTips.install(text, "Said by Lavrov");
            return null;
        });
        robot.moveTo(text).moveBy(2, 0).moveBy(1, 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> "Said by Lavrov".equals(shownTip())));
        robot.moveTo(label);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> shownTip() == null));
    }

    @Test
    void aNewTextReplacesTheTipAndNullRemovesIt() throws Exception {
        fx(() -> {
            HoverTips.install(label, "first");
            HoverTips.install(label, "second");
            return null;
        });
        assertEquals("second", fx(() -> HoverTips.textOf(label)), "a tip still waiting takes the new text");
        assertEquals("second", fx(() -> HoverTips.tooltip(label).getText()));
        fx(() -> {
            HoverTips.install(label, "third");
            return null;
        });
        assertEquals("third", fx(() -> label.getTooltip().getText()), "a tip already made is replaced");
        fx(() -> {
            HoverTips.install(label, null);
            return null;
        });
        assertNull(fx(() -> label.getTooltip()));
        assertNull(fx(() -> HoverTips.textOf(label)));
        assertNull(fx(() -> label.getAccessibleHelp()));
    }

    @Test
    void nodesGivenTheSameFactoryShareOneTooltip() throws Exception {
        Tooltip shared = fx(() -> new Tooltip("Copy"));
        List<Tooltip> tips = fx(() -> {
            Button a = new Button("a");
            Button b = new Button("b");
            HoverTips.install(a, "Copy", t -> shared);
            HoverTips.install(b, "Copy", t -> shared);
            return List.of(HoverTips.tooltip(a), HoverTips.tooltip(b));
        });
        assertSame(shared, tips.get(0));
        assertSame(shared, tips.get(1));
    }
}
