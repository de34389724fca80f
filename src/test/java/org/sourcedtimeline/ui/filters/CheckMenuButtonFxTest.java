package org.sourcedtimeline.ui.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.ui.StageFxTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's filter button: its menu made on first opening, entries toggled by mouse and keys, the menu left open. */
class CheckMenuButtonFxTest extends StageFxTest {
    private CheckMenuButton<String> button;
    private final List<List<String>> changes = new ArrayList<>();

    @Start
    void start(Stage stage) {
        keep(stage);
        button = new CheckMenuButton<>();
        button.setTitle("Speakers");
        button.setClearText("Show all");
        button.setConverter(new StringConverter<>() {
            @Override public String toString(String s) { return s == null ? "" : s.toUpperCase(java.util.Locale.ROOT); }
            @Override public String fromString(String s) { return null; }
        });
        button.getValues().setAll("lavrov", "blinken", "zakharova");
        button.getCheckedValues().addListener((ListChangeListener<String>) c -> changes.add(List.copyOf(button.getCheckedValues())));
        stage.setScene(new Scene(new HBox(button, new Label("beside")), 500, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> { button.hide(); return null; });
    }

    private CheckBox box(FxRobot robot, String text) {
        return robot.lookup(".check-box").match((Node n) -> n instanceof CheckBox c && text.equals(c.getText())).queryAs(CheckBox.class);
    }

    @Test
    void theMenuIsMadeOnlyWhenItFirstOpens(FxRobot robot) throws Exception {
        assertTrue(fx(() -> button.getItems().isEmpty()), "no entry before the menu opens");
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, (int) fx(() -> button.getItems().size()), "three values, a separator, Show all");
        assertEquals("LAVROV", box(robot, "LAVROV").getText(), "each value by its converter");
    }

    @Test
    void aClickTogglesOnceAndLeavesTheMenuOpen(FxRobot robot) throws Exception {
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(box(robot, "ZAKHAROVA"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(button::isShowing), "the menu stays open for the next value");
        robot.clickOn(box(robot, "LAVROV"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lavrov", "zakharova"), List.copyOf(button.getCheckedValues()), "in the values' order");
        assertTrue(box(robot, "LAVROV").isSelected());
        assertEquals("Speakers (2)", button.getText());
        assertTrue(button.getPseudoClassStates().contains(PseudoClass.getPseudoClass("filtering")));
        robot.clickOn(box(robot, "LAVROV"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("zakharova"), List.copyOf(button.getCheckedValues()), "a second click unchecks");
        assertFalse(box(robot, "LAVROV").isSelected());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(button::isShowing), "Escape closes it");
        assertEquals(List.of(List.of("zakharova"), List.of("lavrov", "zakharova"), List.of("zakharova")), changes);
    }

    @Test
    void theKeysOpenMoveAndToggle(FxRobot robot) throws Exception {
        fx(() -> { button.requestFocus(); return null; });
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(button::isShowing), "Down opens the menu");
        robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, button.getCheckedValues().size(), "Enter toggled the entry it is on: " + button.getCheckedValues());
        assertTrue(fx(button::isShowing), "and left the menu open");
        String checked = button.getCheckedValues().get(0);
        assertTrue(box(robot, checked.toUpperCase(java.util.Locale.ROOT)).isSelected());
    }

    @Test
    void showAllAndValuesThatGoUncheck(FxRobot robot) throws Exception {
        fx(() -> { button.setChecked(List.of("blinken", "lavrov", "nobody")); return null; });
        assertEquals(List.of("lavrov", "blinken"), List.copyOf(button.getCheckedValues()), "a value not listed is not checked");
        fx(() -> { button.getValues().setAll("blinken", "zakharova"); return null; });
        assertEquals(List.of("blinken"), List.copyOf(button.getCheckedValues()), "a value gone is unchecked");
        assertEquals("Speakers (1)", button.getText());
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box(robot, "BLINKEN").isSelected(), "the menu opens on the checks made before it existed");
        robot.clickOn("Show all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), List.copyOf(button.getCheckedValues()));
        assertEquals("Speakers", button.getText());
        assertFalse(button.getPseudoClassStates().contains(PseudoClass.getPseudoClass("filtering")));
        assertFalse(box(robot, "BLINKEN").isSelected());
    }
}
