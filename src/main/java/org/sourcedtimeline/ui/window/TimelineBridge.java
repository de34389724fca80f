package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.fx.Subscriptions;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.text.DisplayText;
import org.sourcedtimeline.ui.text.QuoteText;
import org.sourcedtimeline.model.text.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.SearchIndex;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.control.timeline.PreparedItems;
import org.sourcedtimeline.ui.control.timeline.Granularity;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineLane;
import org.sourcedtimeline.ui.control.timeline.TimelineView;

/**
 * Connects the reusable {@link TimelineView} to the view model: events become items in two lanes,
 * the selection is shared both ways, search hits are highlighted. The only class that knows both.
 */
public final class TimelineBridge {
    public static final String LANE_ENCOUNTERS = "encounters";
    public static final String LANE_CONTEXT = "context";
    public static final String FLAG_WEAK = "weak-evidence";

    private final TimelineView view = new TimelineView();
    private final MainViewModel vm;
    private final Subscriptions subs;
    private final ResourceBundle bundle;
    private boolean syncing;
    // Items made off the FX thread for every event of one model in one language (see prime).
    private TimelineModel primedModel;
    private java.util.Locale primedLocale;
    private PreparedItems primedItems;

    public TimelineBridge(MainViewModel vm, ResourceBundle bundle, Subscriptions subs) {
        this.vm = vm;
        this.bundle = bundle;
        this.subs = subs;
        view.setId("timeline");
        view.setLocale(vm.getLocale());
        view.getLanes().setAll(new TimelineLane(LANE_ENCOUNTERS, bundle.getString("lane.encounters")),
                new TimelineLane(LANE_CONTEXT, bundle.getString("lane.context")));
        subs.onList(vm.visibleEvents(), this::syncItems);
        subs.onInvalidate(vm.loadedProperty(), this::syncItems);
        subs.onInvalidate(vm.hitsProperty(), this::syncHighlight);
        subs.onInvalidate(vm.selectedEventIdProperty(), this::syncSelectionFromModel);
        view.selectedItemProperty().addListener((o, a, item) -> {
            if (syncing) return;
            if (item != null) vm.selectedEventIdProperty().set(item.id());
        });
        view.setOnItemActivated(e -> vm.openEvent(e.getItem().id()));
        syncItems();
        syncHighlight();
    }

    public TimelineView view() { return view; }

    /**
     * Every event of {@code m} as an item, in model order, sorted and laid out in {@code lanes} (see
     * {@link #lanes}) for the timeline: pure, so a loading thread can make them.
     */
    public static PreparedItems prepared(TimelineModel m, java.util.Locale locale, List<TimelineLane> lanes) {
        return PreparedItems.of(items(m, locale), lanes);
    }

    /** The timeline's lanes as they are now, for {@link #prepared}. */
    public List<TimelineLane> lanes() {
        return List.copyOf(view.getLanes());
    }

    /** Every event of {@code m} as an item, in model order. */
    private static List<TimelineItem> items(TimelineModel m, java.util.Locale locale) {
        List<TimelineItem> out = new ArrayList<>(m.events().size());
        for (Event e : m.events()) out.add(item(e, m, locale));
        return out;
    }

    /**
     * Items made already (by {@link #prepared}) for the model about to be shown: while no filter hides an
     * event they are used as they are, so that showing a million events does not build them on the FX thread.
     */
    public void prime(TimelineModel m, java.util.Locale locale, PreparedItems items) {
        primedModel = m;
        primedLocale = locale;
        primedItems = items;
    }

    /** An event as a timeline item: its lane, its precision, and a flag when the evidence is thin. */
    public static TimelineItem item(Event e, TimelineModel m, java.util.Locale locale) {
        Granularity g = switch (e.precision()) {
            case DAY -> Granularity.DAY;
            case MONTH -> Granularity.MONTH;
            case YEAR -> Granularity.YEAR;
        };
        String lane = laneOf(e.kind());
        LocalDate endExclusive = e.end() == null ? null : e.endExclusive();
        Set<String> flags = MainViewModel.isWeakEvidence(e, m) ? Set.of(FLAG_WEAK) : Set.of();
        String lang = locale.getLanguage();
        String accessible = DisplayText.safeLine(e.title(lang)) + ", " + Formats.range(e.start(), e.end(), locale);
        return new TimelineItem(e.id(), label(e, lang), e.start().first(), endExclusive, g, lane, flags, accessible);
    }

    public static String laneOf(EventKind k) {
        return switch (k) {
            case BILATERAL_MEETING, BRIEF_ENCOUNTER, MULTILATERAL_NO_BILATERAL -> LANE_ENCOUNTERS;
            case CONTEXT, STATEMENT -> LANE_CONTEXT;
        };
    }

    /**
     * Encounters are named by their town ("Genève" for "Hôtel Président Wilson, Genève"), other
     * events by their title.
     */
    static String label(Event e, String language) {
        String name = e.placeName(language);
        if (e.kind().isEncounter() && name != null && !name.isBlank()) {
            int comma = name.lastIndexOf(',');
            return DisplayText.safeLine(comma >= 0 && comma < name.length() - 1 ? name.substring(comma + 1).strip() : name.strip());
        }
        return DisplayText.safeLine(QuoteText.shorten(e.title(language), 42));
    }

    private void syncItems() {
        TimelineModel m = vm.model();
        boolean primed = m != null && m == primedModel && vm.getLocale().equals(primedLocale)
                && vm.visibleEvents().size() == m.events().size();
        List<TimelineItem> items;
        if (primed) {
            items = primedItems.items();
        } else {
            items = new ArrayList<>();
            if (m != null) for (Event e : vm.visibleEvents()) items.add(item(e, m, vm.getLocale()));
        }
        syncing = true;
        try {
            if (!items.equals(view.getItems())) {
                if (primed) view.setItems(primedItems);
                else view.getItems().setAll(items);
            }
        } finally {
            syncing = false;
        }
        syncSelectionFromModel();
    }

    /** The timeline asks the hits about the items it paints; a search that found no event dims nothing. */
    private void syncHighlight() {
        SearchIndex.Hits hits = vm.hits();
        view.setHighlight(hits.eventCount() == 0 ? null : hits::containsEvent);
    }

    private void syncSelectionFromModel() {
        String id = vm.getSelectedEventId();
        TimelineItem selected = view.getSelectedItem();
        // Selected on the timeline itself, or nothing to select: no need to look through a million items.
        if (selected != null && selected.id().equals(id) || selected == null && id == null) return;
        TimelineItem target = null;
        if (id != null) {
            for (TimelineItem i : view.getItems()) {
                if (i.id().equals(id)) {
                    target = i;
                    break;
                }
            }
        }
        if (target == selected) return;
        syncing = true;
        try {
            view.setSelectedItem(target);
            TimeWindow w = view.getVisibleWindow();
            // Only move the view when the selection is off screen: the user's zoom and pan are theirs.
            if (target != null && (w == null || !w.contains(target.startEpochDay(), target.endEpochDay()))) view.scrollTo(target);
        } finally {
            syncing = false;
        }
    }

    /**
     * Shows the encounters, the reason the app exists, rather than everything: the context reaches
     * back years and would crowd them into a corner. Zooming out shows the context.
     */
    public void frameEncounters() {
        TimeWindow w = encountersWindow(view.getItems());
        if (w == null) view.fitAll();
        else view.setVisibleWindow(w);
    }

    /**
     * The span of the encounters' lane with room on either side: an eighth of the span and two weeks
     * on the left, where the first label may have to go when the second encounter follows closely;
     * null when the lane is empty.
     */
    static TimeWindow encountersWindow(List<TimelineItem> items) {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (TimelineItem i : items) {
            if (!LANE_ENCOUNTERS.equals(i.laneId())) continue;
            start = Math.min(start, i.startEpochDay());
            end = Math.max(end, i.endEpochDay());
        }
        if (start > end) return null;
        double span = Math.max(end - start, 60);
        double margin = span / 8 + 14;
        return new TimeWindow(start - margin, end + margin);
    }

    /** Moves the visible window so that {@code date} is in its centre, keeping the zoom. */
    public void jumpTo(LocalDate date) {
        TimeWindow w = view.getVisibleWindow();
        double span = w == null ? 365 : w.span();
        view.setVisibleWindow(TimeWindow.centered(date.toEpochDay() + 0.5, span));
    }

}
