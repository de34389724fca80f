package org.sourcedtimeline.ui.dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import jfxtras.scene.control.LocalDateTextField;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Precision;
import org.sourcedtimeline.model.TimelineModel;

/**
 * The "go to date" field. JFXtras' {@link LocalDateTextField} rather than JavaFX's DatePicker: it
 * reads a date typed in several ways (« 21/01/2022 », « 21 janvier 2022 », « 2022-01-21 » in French;
 * "1/21/22", "Jan 21, 2022", "January 21, 2022" in English) and says which text it could not read,
 * and its calendar marks the days that have an event, so the reader sees where to go before going.
 */
public final class GoToDateField {
    private GoToDateField() {}

    /** Sets the field up for {@code locale}; {@code badInput} is told the text that is no date. */
    public static void configure(LocalDateTextField field, Locale locale, Consumer<String> badInput) {
        Locale l = calendarLocale(locale);
        field.setLocale(l);
        List<DateTimeFormatter> read = formatters(l);
        field.setDateTimeFormatter(read.get(0));
        field.dateTimeFormattersProperty().setAll(read);
        field.setAllowNull(true);
        // The calendar opens in a popup of its own, which the window's style sheets do not reach.
        field.pickerShowingProperty().addListener((o, was, showing) -> {
            if (showing) javafx.application.Platform.runLater(() -> styleCalendar(field));
        });
        field.setParseErrorCallback(e -> {
            badInput.accept(typed(e, field.getText()));
            return null;
        });
    }

    /**
     * The calendar opens on the month of {@code day} (the middle of the timeline's view, kept up as the
     * reader pans), not on today's, which has no event.
     */
    public static void openAround(LocalDateTextField field, LocalDate day) {
        if (day != null && !day.withDayOfMonth(1).equals(monthOf(field.displayedLocalDate().get()))) field.displayedLocalDate().set(day);
    }

    private static LocalDate monthOf(LocalDate d) { return d == null ? null : d.withDayOfMonth(1); }

    /** What the reader typed: the field has cleared it by the time it reports, the parse error keeps it. */
    static String typed(Throwable e, String fallback) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.time.format.DateTimeParseException p && p.getParsedString() != null) return p.getParsedString().strip();
        return fallback == null ? "" : fallback.strip();
    }

    /**
     * Marks in the calendar the days that have a day-precise event of {@code model} (none when null).
     * The days are found when the calendar first opens on this model, not while the model loads; JFXtras
     * turns each into a Calendar and looks through them all for every day it draws, so a model with
     * more than {@link #MARKED_AT_MOST} such days has those nearest the month the calendar opens on
     * marked (its own month arrows do not tell the field where they went).
     */
    public static void showEventDays(LocalDateTextField field, TimelineModel model) {
        field.getProperties().put(EVENT_MODEL, model == null ? NO_MODEL : model);
        field.getProperties().remove(EVENT_DAYS);
        if (!field.getProperties().containsKey(FOLLOWING)) {
            field.getProperties().put(FOLLOWING, Boolean.TRUE);
            field.displayedLocalDate().addListener((o, was, now) -> markAround(field));
            field.pickerShowingProperty().addListener((o, was, showing) -> markAround(field));
        }
        markAround(field);
    }

    private static final Object EVENT_MODEL = new Object();
    private static final Object NO_MODEL = new Object();
    private static final Object EVENT_DAYS = new Object();
    private static final Object FOLLOWING = new Object();

    /** The most days handed to JFXtras: all of the seed model's, a few years of a dense one's. */
    static final int MARKED_AT_MOST = 2000;

    /** While the calendar shows: the event days, or the nearest of them to the month it opened on, marked. */
    private static void markAround(LocalDateTextField field) {
        if (!field.isPickerShowing()) return;
        @SuppressWarnings("unchecked")
        List<LocalDate> all = (List<LocalDate>) field.getProperties().computeIfAbsent(EVENT_DAYS,
                k -> field.getProperties().get(EVENT_MODEL) instanceof TimelineModel m ? eventDays(m) : List.of());
        LocalDate shown = field.displayedLocalDate().get() == null ? LocalDate.now() : field.displayedLocalDate().get();
        List<LocalDate> near = nearest(all, shown.withDayOfMonth(1), MARKED_AT_MOST);
        if (near.equals(field.highlightedLocalDates())) return;
        // Cleared, then added: JFXtras cannot follow a replacement of its list (setAll throws in its sync).
        field.highlightedLocalDates().clear();
        field.highlightedLocalDates().addAll(near);
    }

    /** At most {@code limit} of the sorted {@code days}, a run of them around {@code day}; all of them when few. */
    static List<LocalDate> nearest(List<LocalDate> days, LocalDate day, int limit) {
        if (days.size() <= limit) return days;
        int at = java.util.Collections.binarySearch(days, day);
        int i = at < 0 ? -at - 1 : at;
        int from = Math.max(0, Math.min(i - limit / 2, days.size() - limit));
        return days.subList(from, from + limit);
    }

    /** The days an event is dated to, start and end, for events the articles date to the day; sorted, once each. */
    public static List<LocalDate> eventDays(TimelineModel model) {
        // A set, then one sort: a million events fall on a few tens of thousands of days.
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        for (Event e : model.events()) {
            day(e.start(), days);
            if (e.end() != null) day(e.end(), days);
        }
        return days.stream().sorted().toList();
    }

    private static void day(PartialDate d, java.util.Set<LocalDate> into) {
        if (d.precision() == Precision.DAY) into.add(d.first());
    }

    /** The formats a date is read in, the first one also the one it is shown in. */
    public static List<DateTimeFormatter> formatters(Locale locale) {
        return List.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale),
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Gives the calendar's popup the style sheets of the field's window (the fixes for JFXtras under AtlantaFX). */
    private static void styleCalendar(LocalDateTextField field) {
        if (field.getScene() == null) return;
        // The view's sheets sit on its root node (FXML), the theme's on the scene.
        List<String> sheets = new java.util.ArrayList<>(field.getScene().getStylesheets());
        for (javafx.scene.Parent p = field.getParent(); p != null; p = p.getParent()) sheets.addAll(p.getStylesheets());
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w instanceof javafx.stage.PopupWindow p && p.getOwnerNode() != null && isWithin(p.getOwnerNode(), field) && p.getScene() != null) {
                for (String sheet : sheets)
                    if (!p.getScene().getStylesheets().contains(sheet)) p.getScene().getStylesheets().add(sheet);
            }
        }
    }

    private static boolean isWithin(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) if (x == ancestor) return true;
        return false;
    }

    /** French weeks start on Monday: the language alone ("fr") would give Sunday. */
    static Locale calendarLocale(Locale ui) {
        return ui.getCountry().isEmpty() && ui.getLanguage().equals("fr") ? Locale.FRANCE
                : ui.getCountry().isEmpty() && ui.getLanguage().equals("en") ? Locale.US : ui;
    }
}
