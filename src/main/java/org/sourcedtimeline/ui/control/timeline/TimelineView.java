package org.sourcedtimeline.ui.control.timeline;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.util.Duration;

import org.sourcedtimeline.ui.control.timeline.skin.ItemIndex;
import org.sourcedtimeline.ui.control.timeline.skin.RowModel;
import org.sourcedtimeline.ui.control.timeline.skin.TimeScale;
import org.sourcedtimeline.ui.control.timeline.skin.TimelineViewSkin;

/**
 * A zoomable, pannable timeline of dated items in horizontal lanes, with an overview band of the
 * whole span below it.
 *
 * <p>Items are points, ranges, or soft bands for dates known only to the month or year (see
 * {@link TimelineItem} and {@link Granularity}). Labels never overlap: items too close together at
 * the current zoom merge into a cluster marker showing their count, which falls apart when zooming
 * in; a wide cluster shows by the height of its columns where in time its members crowd. The skin
 * paints only the visible part, from an interval index, on one canvas; it stays fast
 * with very many items.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * TimelineView timeline = new TimelineView();
 * timeline.getLanes().setAll(new TimelineLane("talks", "Talks"), new TimelineLane("calls", "Calls"));
 * timeline.getItems().setAll(
 *         TimelineItem.day("e1", "Geneva talks", LocalDate.of(2022, 1, 21), "talks"),
 *         TimelineItem.month("e2", "Phone call", YearMonth.of(2022, 3), "calls")
 *                 .withFlags("weak-evidence"));
 * timeline.setOnItemActivated(e -> openDetails(e.getItem()));
 * timeline.selectedItemProperty().addListener((o, old, item) -> showSummary(item));
 * timeline.setHighlight(searchHits::contains);       // accented; the rest is dimmed
 * timeline.fitAll();
 * }</pre>
 *
 * <h2>Interaction</h2>
 * Ctrl+wheel and the zoom gesture zoom around the pointer; so does the wheel while every lane fits.
 * When the lanes need more height than the control has (even with rows closed up to 16 px), a
 * vertical scroll bar shows beside them and the wheel scrolls them; selecting an item out of sight
 * scrolls its row into sight. Horizontal scrolling, Shift+wheel and dragging pan; a click selects, a
 * double click activates; clicking a cluster zooms into it. In the overview band, drag the window
 * to pan, drag its edges to zoom, click elsewhere to jump. Keys (the control is focus traversable):
 * ←/→ previous/next item by start date across lanes, Home/End first/last, Enter activates, +/= and
 * − zoom around the selection (or the centre), 0 fits all, Page Up/Down pan by most of a screen,
 * ↑/↓ scroll overflowing lanes by a row, Escape clears the selection.
 *
 * <h2>Styling</h2>
 * Style class {@value #DEFAULT_STYLE_CLASS}; the user agent style sheet is {@code timeline.css}
 * next to this class. Colours are looked-up colours that a theme can set on {@code .timeline-view}:
 * {@code -timeline-background-color}, {@code -timeline-text-color}, {@code -timeline-item-color},
 * {@code -timeline-accent-color}, {@code -timeline-focus-color}, {@code -timeline-flag-color}. By
 * default they follow Modena ({@code -fx-control-inner-background}, {@code -fx-text-background-color},
 * {@code -fx-accent}, {@code -fx-focus-color}); when the application's theme defines the AtlantaFX
 * colour tokens ({@code -color-bg-default}, {@code -color-fg-default}, {@code -color-accent-emphasis},
 * …) the control sets the pseudo-class {@code :color-tokens} and follows those instead, so light
 * and dark themes flow through. A flag {@code f} of an item is drawn in the colour of the style
 * class {@code flag-f} (non-alphanumeric characters become {@code -}), for example
 * {@code .timeline-view .flag-weak-evidence { -fx-background-color: orange; }}; undeclared flags use
 * {@code -timeline-flag-color}. The label font is {@code .timeline-view .item-label}'s font.
 */
public class TimelineView extends Control {

    /** Style class of the control. */
    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    /** Duration of the animations in milliseconds. */
    public static final int ANIMATION_MS = 200;

    /** Duration of the animated transitions. */
    public static final Duration ANIMATION_DURATION = Duration.millis(TimelineView.ANIMATION_MS);

    /** Default zoom step of {@link #zoomIn()} and {@link #zoomOut()}. */
    public static final double ZOOM_STEP = 1.6;

    private static final TimeWindow DEFAULT_WINDOW =
            TimeWindow.of(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1));

    static {
        TimelineViewSkin.setModelAccessor(TimelineView::rowModel);
    }

    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();

    private ItemIndex index;
    // Set only while setItems(PreparedItems) hands its index to itemsChanged.
    private ItemIndex preparedIndex;
    // The items' layout in the lanes, made ahead by PreparedItems or when the skin first asks.
    private RowModel rowModel;
    private RowModel preparedRows;
    private boolean autoFit = true;
    private boolean internalWindowChange;
    private Transition animation;
    private TimeWindow animationTarget;

    /** An empty timeline. */
    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRoleDescription("timeline");
        items.addListener((javafx.beans.InvalidationListener) o -> itemsChanged());
        widthProperty().addListener(o -> refitIfAuto());
    }

    private void itemsChanged() {
        index = preparedIndex;
        rowModel = preparedRows;
        TimelineItem selected = getSelectedItem();
        if (selected != null && index().indexOf(selected) < 0) {
            setSelectedItem(null);
        }
        refitIfAuto();
    }

    private void refitIfAuto() {
        if (autoFit) {
            TimeWindow fit = fitWindow();
            if (fit != null) {
                setWindowInternally(fit);
            }
        }
    }

    /** The index of the items, rebuilt lazily after a change. */
    private ItemIndex index() {
        if (index == null) {
            index = ItemIndex.of(items);
        }
        return index;
    }

    /**
     * Draws what the timeline shows now (its window, rows, selection and highlight) onto
     * {@code surface}, {@code width} × {@code height} px, for an image of it: a {@link Graphics2DSurface}
     * on an SVG or PDF document, or on a bitmap. Must be called on the JavaFX thread once the timeline
     * has been shown (its colours come from its style sheet).
     */
    public void paintTo(TimelineSurface surface, double width, double height) {
        if (!(getSkin() instanceof TimelineViewSkin s)) throw new IllegalStateException("the timeline has not been shown yet");
        s.paintTo(surface, width, height);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        URL css = TimelineView.class.getResource("timeline.css");
        return css == null ? null : css.toExternalForm();
    }

    // ---------------------------------------------------------------------------------- properties

    /** The items shown, in any order. Replace them in bulk with {@code setAll}. */
    /** Shows prepared items, as {@code getItems().setAll(prepared.items())} would, without sorting them again. */
    public final void setItems(PreparedItems prepared) {
        preparedIndex = prepared.index();
        preparedRows = prepared.rows();
        try {
            items.setAll(prepared.items());
        } finally {
            preparedIndex = null;
            preparedRows = null;
        }
    }

    /** The layout of the items in the lanes, made again only when either has changed. */
    RowModel rowModel() {
        ItemIndex idx = index();
        if (rowModel == null || !rowModel.isFor(idx, lanes)) {
            rowModel = RowModel.of(idx, lanes);
        }
        return rowModel;
    }

    public final ObservableList<TimelineItem> getItems() {
        return items;
    }

    /** The lanes, top to bottom. Items whose lane is not listed go to an extra lane at the bottom. */
    public final ObservableList<TimelineLane> getLanes() {
        return lanes;
    }

    private final ObjectProperty<Predicate<String>> highlight = new SimpleObjectProperty<>(this, "highlight");

    /**
     * Which items to accent, by id (for example search hits); {@code null}, the default, accents
     * none. While it is set, the other items are dimmed. It is asked only about the items being
     * painted, so it can stand for a million ids without listing them; set a new one to repaint.
     */
    public final ObjectProperty<Predicate<String>> highlightProperty() {
        return highlight;
    }

    /** See {@link #highlightProperty()}. */
    public final Predicate<String> getHighlight() {
        return highlight.get();
    }

    /** See {@link #highlightProperty()}. */
    public final void setHighlight(Predicate<String> value) {
        highlight.set(value);
    }

    private final ObjectProperty<TimelineItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem") {
        @Override
        protected void invalidated() {
            selectionChanged(get());
        }
    };

    /** The selected item, or {@code null}. Selecting an item that is out of view scrolls to it. */
    public final ObjectProperty<TimelineItem> selectedItemProperty() {
        return selectedItem;
    }

    /** See {@link #selectedItemProperty()}. */
    public final TimelineItem getSelectedItem() {
        return selectedItem.get();
    }

    /** See {@link #selectedItemProperty()}. */
    public final void setSelectedItem(TimelineItem item) {
        selectedItem.set(item);
    }

    private void selectionChanged(TimelineItem item) {
        setAccessibleText(item == null ? null : accessibleTextOf(item));
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        if (item != null && !targetWindow().intersects(item.startEpochDay(), item.endEpochDay())) {
            scrollTo(item);
        }
    }

    private static String accessibleTextOf(TimelineItem item) {
        if (item.accessibleText() != null) {
            return item.accessibleText();
        }
        String dates = item.granularity() == Granularity.DAY && !item.isRange()
                ? item.start().toString()
                : item.start() + " – " + item.endExclusive().minusDays(1);
        return item.label().isEmpty() ? dates : item.label() + ", " + dates;
    }

    private final ObjectProperty<TimeWindow> visibleWindow = new ObjectPropertyBase<>(DEFAULT_WINDOW) {
        @Override
        protected void invalidated() {
            TimeWindow w = get();
            if (w == null) {
                TimeWindow fit = fitWindow();
                set(fit == null ? DEFAULT_WINDOW : fit);
                return;
            }
            TimeWindow clamped = clamp(w);
            if (!clamped.equals(w)) {
                set(clamped);
                return;
            }
            if (!internalWindowChange) {
                stopAnimation();
                autoFit = false;
            }
        }

        @Override
        public Object getBean() {
            return TimelineView.this;
        }

        @Override
        public String getName() {
            return "visibleWindow";
        }
    };

    /**
     * The visible time range. Never {@code null} (setting {@code null} fits all items). Follows the
     * items ({@link #fitAll()}) until it is first set or changed by the user.
     */
    public final ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    /** See {@link #visibleWindowProperty()}. */
    public final TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    /** See {@link #visibleWindowProperty()}. Stops a running animation. */
    public final void setVisibleWindow(TimeWindow window) {
        visibleWindow.set(window);
    }

    private final ObjectProperty<Locale> locale =
            new SimpleObjectProperty<>(this, "locale", Locale.getDefault(Locale.Category.FORMAT));

    /** Locale of the axis labels (month names) and tooltips. {@code null} means the default locale. */
    public final ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** See {@link #localeProperty()}; never {@code null}. */
    public final Locale getLocale() {
        Locale l = locale.get();
        return l == null ? Locale.getDefault(Locale.Category.FORMAT) : l;
    }

    /** See {@link #localeProperty()}. */
    public final void setLocale(Locale value) {
        locale.set(value);
    }

    private final ObjectProperty<EventHandler<TimelineEvent>> onItemActivated = new ObjectPropertyBase<>() {
        @Override
        protected void invalidated() {
            setEventHandler(TimelineEvent.ITEM_ACTIVATED, get());
        }

        @Override
        public Object getBean() {
            return TimelineView.this;
        }

        @Override
        public String getName() {
            return "onItemActivated";
        }
    };

    /** Called when an item is activated: double click, or Enter on the selected item. */
    public final ObjectProperty<EventHandler<TimelineEvent>> onItemActivatedProperty() {
        return onItemActivated;
    }

    /** See {@link #onItemActivatedProperty()}. */
    public final EventHandler<TimelineEvent> getOnItemActivated() {
        return onItemActivated.get();
    }

    /** See {@link #onItemActivatedProperty()}. */
    public final void setOnItemActivated(EventHandler<TimelineEvent> handler) {
        onItemActivated.set(handler);
    }

    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true) {
        @Override
        protected void invalidated() {
            if (!get()) {
                finishAnimation();
            }
        }
    };

    /**
     * Whether {@link #fitAll()}, {@link #zoomToSelection()}, {@link #zoom(double, double)} and
     * {@link #scrollTo(TimelineItem)} move the window in a short animation ({@value #ANIMATION_MS} ms)
     * instead of jumping. Default {@code true}.
     */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    /** See {@link #animatedProperty()}. */
    public final boolean isAnimated() {
        return animated.get();
    }

    /** See {@link #animatedProperty()}. */
    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    // --------------------------------------------------------------------------------- navigation

    /** Shows all items (with a small margin). Does nothing without items. */
    public void fitAll() {
        TimeWindow fit = fitWindow();
        if (fit != null) {
            moveTo(fit);
            autoFit = false;
        }
    }

    /** Zooms to the selected item and its near surroundings. Does nothing without a selection. */
    public void zoomToSelection() {
        TimelineItem item = getSelectedItem();
        if (item == null) {
            return;
        }
        double s = item.startEpochDay();
        double e = item.endEpochDay();
        double span = Math.max((e - s) * 3, 60);
        double center = item.isPoint() ? s + 0.5 : (s + e) / 2;
        moveTo(TimeWindow.centered(center + span * 0.08, span));
    }

    /**
     * Zooms by {@code factor} around {@code anchorEpochDay}, which keeps its place on screen.
     * {@code factor > 1} zooms in (the visible span shrinks by that factor). Successive calls
     * during an animation accumulate.
     */
    public void zoom(double factor, double anchorEpochDay) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchorEpochDay)) {
            throw new IllegalArgumentException("zoom(" + factor + ", " + anchorEpochDay + ")");
        }
        TimeWindow base = targetWindow();
        double span = TimeScale.clampSpan(base.span() / factor, widthForClamping());
        double ratio = span / base.span();
        double s = anchorEpochDay - (anchorEpochDay - base.start()) * ratio;
        moveTo(new TimeWindow(s, s + span));
    }

    /** Zooms in by {@link #ZOOM_STEP} around the selection when visible, else around the centre. */
    public void zoomIn() {
        zoom(ZOOM_STEP, zoomAnchor());
    }

    /** Zooms out by {@link #ZOOM_STEP} around the selection when visible, else around the centre. */
    public void zoomOut() {
        zoom(1 / ZOOM_STEP, zoomAnchor());
    }

    private double zoomAnchor() {
        TimeWindow w = targetWindow();
        TimelineItem sel = getSelectedItem();
        if (sel != null && w.intersects(sel.startEpochDay(), sel.endEpochDay())) {
            double c = sel.isPoint() ? sel.startEpochDay() + 0.5 : (sel.startEpochDay() + sel.endEpochDay()) / 2.0;
            return Math.max(w.start(), Math.min(w.end(), c));
        }
        return w.center();
    }

    /**
     * Moves the visible window to {@code window} (clamped to the zoom limits), animated when
     * {@link #isAnimated()}.
     */
    public void showWindow(TimeWindow window) {
        Objects.requireNonNull(window, "window");
        moveTo(window);
        autoFit = false;
    }

    /** Pans by {@code fraction} of the visible span (positive: later dates). */
    public void pan(double fraction) {
        TimeWindow w = targetWindow();
        moveTo(w.shift(w.span() * fraction));
    }

    /**
     * Scrolls, without zooming, so that {@code item} is in view with a margin (an item longer than
     * the window gets its start in view). Does nothing when it already is.
     */
    public void scrollTo(TimelineItem item) {
        Objects.requireNonNull(item, "item");
        TimeWindow w = targetWindow();
        double s = item.startEpochDay();
        double e = item.endEpochDay();
        double span = w.span();
        double margin = span * 0.1;
        if (e - s > span - 2 * margin) {
            if (!w.intersects(s, e) || s > w.start() + span / 2) {
                moveTo(w.shift(s - (w.start() + margin)));
            }
            return;
        }
        // Points carry a label to their right: keep room for it.
        double rightRoom = item.isPoint() ? span * 0.2 : margin;
        if (s < w.start() + margin) {
            moveTo(w.shift(s - (w.start() + margin)));
        } else if (e > w.end() - rightRoom) {
            moveTo(w.shift(e - (w.end() - rightRoom)));
        }
    }

    /** Selects the item after the selected one by start date (across lanes); without a selection, the first one in view. */
    public void selectNext() {
        ItemIndex idx = index();
        if (idx.size() == 0) {
            return;
        }
        int cur = idx.indexOf(getSelectedItem());
        int next = cur < 0 ? Math.min(idx.lowerBound(targetWindow().start()), idx.size() - 1) : Math.min(cur + 1, idx.size() - 1);
        setSelectedItem(idx.get(next));
        scrollTo(idx.get(next));
    }

    /** Selects the item before the selected one by start date; without a selection, the last one in view. */
    public void selectPrevious() {
        ItemIndex idx = index();
        if (idx.size() == 0) {
            return;
        }
        int cur = idx.indexOf(getSelectedItem());
        int prev = cur < 0 ? Math.max(idx.lowerBound(targetWindow().end()) - 1, 0) : Math.max(cur - 1, 0);
        setSelectedItem(idx.get(prev));
        scrollTo(idx.get(prev));
    }

    /** Selects the earliest item. */
    public void selectFirst() {
        ItemIndex idx = index();
        if (idx.size() > 0) {
            setSelectedItem(idx.get(0));
            scrollTo(idx.get(0));
        }
    }

    /** Selects the latest item (by start date). */
    public void selectLast() {
        ItemIndex idx = index();
        if (idx.size() > 0) {
            setSelectedItem(idx.get(idx.size() - 1));
            scrollTo(idx.get(idx.size() - 1));
        }
    }

    /** Fires {@link TimelineEvent#ITEM_ACTIVATED} for the selected item, if any. */
    public void activateSelection() {
        TimelineItem item = getSelectedItem();
        if (item != null) {
            fireEvent(new TimelineEvent(this, this, TimelineEvent.ITEM_ACTIVATED, item));
        }
    }

    /** The span of all items, or {@code null} without items. */
    public final TimeWindow getItemsSpan() {
        ItemIndex idx = index();
        return idx.size() == 0 ? null : new TimeWindow(idx.minStart(), idx.maxEnd());
    }

    // --------------------------------------------------------------------------------- animation

    /** The window being animated to, or the current one. */
    private TimeWindow targetWindow() {
        return animation != null && animationTarget != null ? animationTarget : getVisibleWindow();
    }

    private TimeWindow fitWindow() {
        TimeWindow span = getItemsSpan();
        if (span == null) {
            return null;
        }
        // Margins in pixels: a little on the left, room for the last label on the right.
        double width = getWidth() > 200 ? getWidth() : 1000;
        double left = 28;
        double right = Math.min(180, width * 0.2);
        double s = Math.max(span.span(), 30);
        double center = span.center();
        double daysPerPx = s / (width - left - right);
        double start = center - s / 2 - left * daysPerPx;
        double end = center + s / 2 + right * daysPerPx;
        return clamp(new TimeWindow(start, end));
    }

    private double widthForClamping() {
        return getWidth() > 0 ? getWidth() : 800;
    }

    private TimeWindow clamp(TimeWindow w) {
        double[] c = TimeScale.clampWindow(w.start(), w.end(), widthForClamping());
        return c[0] == w.start() && c[1] == w.end() ? w : new TimeWindow(c[0], c[1]);
    }

    private void moveTo(TimeWindow target) {
        target = clamp(target);
        if (!isAnimated() || getScene() == null) {
            stopAnimation();
            setWindowInternally(target);
            return;
        }
        stopAnimation();
        TimeWindow from = getVisibleWindow();
        TimeWindow to = target;
        animationTarget = to;
        // Interpolate the span geometrically and the centre so that zooms feel even.
        double logFrom = Math.log(from.span());
        double logTo = Math.log(to.span());
        animation = new Transition() {
            {
                setCycleDuration(ANIMATION_DURATION);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double f) {
                if (f >= 1) {
                    setWindowInternally(to);
                    return;
                }
                double span = Math.exp(logFrom + (logTo - logFrom) * f);
                // Keep the point that stays fixed in a pure zoom fixed during the animation.
                double s = lerpStart(from, to, span, f);
                setWindowInternally(new TimeWindow(s, s + span));
            }
        };
        Transition a = animation;
        animation.setOnFinished(e -> {
            if (animation == a) {
                animation = null;
                animationTarget = null;
            }
        });
        animation.play();
    }

    /**
     * Start of the intermediate window of the given span at progress {@code f} on the way from
     * {@code from} to {@code to}: a pure zoom keeps its fixed point fixed all the way; otherwise the
     * centre moves linearly.
     */
    private static double lerpStart(TimeWindow from, TimeWindow to, double span, double f) {
        double dSpan = to.span() - from.span();
        if (Math.abs(dSpan) > 1e-9 * from.span()) {
            // The point p with the same relative position in both windows: p = (s0*S1 - s1*S0) / (S1 - S0).
            double p = (from.start() * to.span() - to.start() * from.span()) / dSpan;
            double rel = (p - from.start()) / from.span();
            if (rel >= -0.25 && rel <= 1.25) {
                return p - rel * span;
            }
        }
        double center = from.center() + (to.center() - from.center()) * f;
        return center - span / 2;
    }

    private void setWindowInternally(TimeWindow w) {
        boolean old = internalWindowChange;
        internalWindowChange = true;
        try {
            visibleWindow.set(w);
        } finally {
            internalWindowChange = old;
        }
    }

    private void stopAnimation() {
        if (animation != null) {
            Transition a = animation;
            animation = null;
            animationTarget = null;
            a.stop();
        }
    }

    private void finishAnimation() {
        if (animation != null) {
            TimeWindow target = animationTarget;
            stopAnimation();
            if (target != null) {
                setWindowInternally(target);
            }
        }
    }
}
