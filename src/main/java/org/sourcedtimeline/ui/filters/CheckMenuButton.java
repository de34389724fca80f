package org.sourcedtimeline.ui.filters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * A button named by its {@link #titleProperty() title} whose menu lists {@link #getValues() values} with
 * a check box each; the {@link #getCheckedValues() checked} ones, in the order of the values, are what
 * the filter keeps. The title shows how many are checked ("Speakers (2)") and the button takes the
 * {@code :filtering} pseudo-class, so an active filter is seen with the menu closed.
 *
 * <p>Why not ControlsFX's {@code CheckComboBox}: its skin builds a combo box, a list view, its virtual
 * flow and cells for the popup at once, for every window that opens, though most readers never open
 * it; a third of the toolbar's cost to the first frame (docs/benchmarks.md). This menu is built the
 * first time it opens, and again only when the values changed since.
 *
 * <p>A click or Enter on an entry toggles it and leaves the menu open, so several values are checked in
 * one go; Escape or a click outside closes it. The check box is only drawn: the entry takes the click,
 * so a value never toggles twice (once by the box, once by the menu).
 *
 * @param <T> the values
 */
public class CheckMenuButton<T> extends MenuButton {
    private static final PseudoClass FILTERING = PseudoClass.getPseudoClass("filtering");
    /** Marks the entries of values, as opposed to the separator and "clear" entry below them. */
    public static final String VALUE_ENTRY = "check-menu-value";
    private static final String CLEAR_ENTRY = "check-menu-clear";

    private final ObservableList<T> values = FXCollections.observableArrayList();
    private final ObservableList<T> checked = FXCollections.observableArrayList();
    private final ObservableList<T> checkedView = FXCollections.unmodifiableObservableList(checked);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty clearText = new SimpleStringProperty(this, "clearText", "");
    private final ObjectProperty<StringConverter<T>> converter =
            new SimpleObjectProperty<>(this, "converter", new StringConverter<>() {
                @Override public String toString(T t) { return t == null ? "" : t.toString(); }
                @Override public T fromString(String s) { throw new UnsupportedOperationException(); }
            });
    private boolean menuStale = true;

    public CheckMenuButton() {
        getStyleClass().add("check-menu-button");
        values.addListener((ListChangeListener<T>) c -> {
            // A value that is gone is no longer checked.
            if (checked.removeIf(v -> !values.contains(v))) updateTitle();
            staleMenu();
        });
        converter.addListener((o, a, b) -> staleMenu());
        clearText.addListener((o, a, b) -> staleMenu());
        title.addListener((o, a, b) -> updateTitle());
        addEventHandler(ON_SHOWING, e -> buildMenuIfStale());
        updateTitle();
    }

    /** The values the menu lists, in its order. */
    public final ObservableList<T> getValues() { return values; }

    /** The values checked, in the order of {@link #getValues()}; change them with {@link #check}, {@link #setChecked}. */
    public final ObservableList<T> getCheckedValues() { return checkedView; }

    public final StringProperty titleProperty() { return title; }
    public final String getTitle() { return title.get(); }
    public final void setTitle(String value) { title.set(value); }

    /** The entry below the values that unchecks them all; none when empty. */
    public final StringProperty clearTextProperty() { return clearText; }
    public final String getClearText() { return clearText.get(); }
    public final void setClearText(String value) { clearText.set(value); }

    /** How a value is named in the menu. */
    public final ObjectProperty<StringConverter<T>> converterProperty() { return converter; }
    public final StringConverter<T> getConverter() { return converter.get(); }
    public final void setConverter(StringConverter<T> value) { converter.set(value); }

    /** The name the menu shows for {@code value}. */
    public final String textOf(T value) {
        StringConverter<T> c = converter.get();
        return c == null ? String.valueOf(value) : c.toString(value);
    }

    public final boolean isChecked(T value) { return checked.contains(value); }

    /** Checks or unchecks {@code value}; a value not among the values is ignored. */
    public final void check(T value, boolean on) {
        if (!values.contains(value) || on == checked.contains(value)) return;
        Set<T> now = new LinkedHashSet<>(checked);
        if (on) now.add(value); else now.remove(value);
        setChecked(now);
    }

    /** Checks exactly {@code wanted} (those among the values), in one change of {@link #getCheckedValues()}. */
    public final void setChecked(Collection<? extends T> wanted) {
        List<T> now = new ArrayList<>();
        for (T v : values) if (wanted.contains(v)) now.add(v);
        if (now.equals(checked)) return;
        checked.setAll(now);
        updateTitle();
        syncBoxes();
    }

    public final void clearChecks() { setChecked(List.of()); }

    private void updateTitle() {
        setText(checked.isEmpty() ? title.get() : title.get() + " (" + checked.size() + ")");
        pseudoClassStateChanged(FILTERING, !checked.isEmpty());
    }

    private void staleMenu() {
        menuStale = true;
        if (isShowing()) buildMenuIfStale();
    }

    /** The entries are made when the menu first opens, not with the window. */
    private void buildMenuIfStale() {
        if (!menuStale) return;
        menuStale = false;
        List<MenuItem> entries = new ArrayList<>(values.size() + 2);
        for (T v : values) entries.add(entry(v));
        if (!clearText.get().isEmpty() && !values.isEmpty()) {
            CustomMenuItem clear = new CustomMenuItem(new Label(clearText.get()), false);
            clear.getStyleClass().add(CLEAR_ENTRY);
            clear.setOnAction(e -> clearChecks());
            entries.add(new SeparatorMenuItem());
            entries.add(clear);
        }
        getItems().setAll(entries);
        syncBoxes();
    }

    private MenuItem entry(T value) {
        CheckBox box = new CheckBox(textOf(value));
        box.setMouseTransparent(true);
        box.setFocusTraversable(false);
        // The menu fires a custom entry when its content is clicked: a pane round the box takes the click.
        StackPane content = new StackPane(box);
        content.setAlignment(Pos.CENTER_LEFT);
        CustomMenuItem item = new CustomMenuItem(content, false);
        item.getStyleClass().add(VALUE_ENTRY);
        item.setUserData(value);
        item.setOnAction(e -> check(value, !checked.contains(value)));
        return item;
    }

    @SuppressWarnings("unchecked")
    private void syncBoxes() {
        for (MenuItem m : getItems()) {
            if (m.getStyleClass().contains(CLEAR_ENTRY)) m.setDisable(checked.isEmpty());
            else if (m instanceof CustomMenuItem c && m.getStyleClass().contains(VALUE_ENTRY)
                    && c.getContent() instanceof StackPane p && p.getChildren().get(0) instanceof CheckBox box)
                box.setSelected(checked.contains((T) m.getUserData()));
        }
    }

    }
