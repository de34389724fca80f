package org.sourcedtimeline.ui.control.timeline.skin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;

import org.sourcedtimeline.ui.control.timeline.Granularity;
import org.sourcedtimeline.ui.control.timeline.TimeWindow;
import org.sourcedtimeline.ui.control.timeline.TimelineItem;
import org.sourcedtimeline.ui.control.timeline.TimelineView;

/**
 * Default skin of {@link TimelineView}: one {@link Canvas} painted by a {@link TimelinePainter}
 * (redrawn at most once per pulse, only when something changed), an invisible {@link Region} over
 * the selected item for focus and accessibility, a {@link Tooltip} for the hovered item, a vertical
 * {@link ScrollBar} shown when the lanes need more height than there is, and the mouse and keyboard
 * behaviour.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    /** Pseudo-class set when the application's theme defines the AtlantaFX colour tokens. */
    public static final PseudoClass COLOR_TOKENS = PseudoClass.getPseudoClass("color-tokens");

    private static final double WHEEL_ZOOM_PER_PIXEL = Math.log(1.2) / 40;
    private static final double KEY_PAN = 0.8;
    private static final double EDGE_GRAB_PX = 6;

    private static Function<TimelineView, RowModel> modelAccessor;
    private static final Map<String, Boolean> TOKEN_SHEETS = new HashMap<>();

    private final Canvas canvas = new Canvas();
    private final Region selectionNode = new Region();
    private final ScrollBar lanesBar = new ScrollBar();
    // Set while the bar is brought in line with the painter, so that its value change is not taken for the user's.
    private boolean syncingBar;
    private final TimelinePalette palette;
    private final TimelinePainter painter;
    /** Made on the first hover: a tooltip is a popup window with a scene of its own, not worth a first frame. */
    private Tooltip tooltip;
    private final PauseTransition tooltipDelay = new PauseTransition(Duration.millis(450));

    private boolean modelDirty = true;
    private boolean paintDirty = true;
    private TimelineItem hovered;
    private int hoveredPayload = -1;
    private int themeSignature;

    // drag state
    private enum Drag { NONE, PAN, OVERVIEW_MOVE, OVERVIEW_LEFT, OVERVIEW_RIGHT }

    private Drag drag = Drag.NONE;
    private double pressX;
    private TimeScale pressScale;
    private TimeScale pressOverviewScale;
    private TimeWindow pressWindow;

    private final EventHandler<KeyEvent> keyHandler = this::keyPressed;
    private final ListChangeListener<Object> modelListener = c -> invalidateModel();

    /** Accessor through which the skin reads the layout of the control's items in its lanes (set by {@link TimelineView}). */
    public static void setModelAccessor(Function<TimelineView, RowModel> accessor) {
        if (modelAccessor != null && modelAccessor != accessor) {
            throw new IllegalStateException("model accessor already set");
        }
        modelAccessor = accessor;
    }

    /** Creates the skin for {@code control}. */
    public TimelineViewSkin(TimelineView control) {
        super(control);
        palette = new TimelinePalette(this::styleChanged);
        painter = new TimelinePainter(palette);

        canvas.setManaged(false);
        canvas.setFocusTraversable(false);
        selectionNode.getStyleClass().add("selection-marker");
        selectionNode.setManaged(false);
        selectionNode.setMouseTransparent(true);
        selectionNode.setFocusTraversable(false);
        selectionNode.setAccessibleRole(AccessibleRole.TEXT);
        selectionNode.setVisible(false);
        lanesBar.setOrientation(Orientation.VERTICAL);
        lanesBar.getStyleClass().add("lanes-scroll-bar");
        lanesBar.setManaged(false);
        lanesBar.setVisible(false);
        lanesBar.setFocusTraversable(false);
        lanesBar.valueProperty().addListener((o, old, v) -> {
            if (!syncingBar) {
                painter.setScrollY(v.doubleValue());
                requestPaint();
            }
        });
        lanesBar.addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollLanes(-e.getDeltaY());
            e.consume();
        });
        getChildren().addAll(canvas, selectionNode, lanesBar, palette.node());

        tooltipDelay.setOnFinished(e -> showTooltip());

        registerListChangeListener(control.getItems(), c -> invalidateModel());
        registerListChangeListener(control.getLanes(), c -> invalidateModel());
        registerChangeListener(control.highlightProperty(), o -> requestPaint());
        registerChangeListener(control.selectedItemProperty(), o -> {
            selectionNode.setAccessibleText(control.getSelectedItem() == null ? null : control.getAccessibleText());
            painter.revealSelection();
            requestPaint();
        });
        registerChangeListener(control.visibleWindowProperty(), o -> requestPaint());
        registerChangeListener(control.localeProperty(), o -> requestPaint());
        registerChangeListener(control.focusedProperty(), o -> requestPaint());
        registerChangeListener(control.sceneProperty(), o -> detectTheme());
        registerChangeListener(control.widthProperty(), o -> requestPaint());
        registerChangeListener(control.heightProperty(), o -> requestPaint());

        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        canvas.setOnMousePressed(this::mousePressed);
        canvas.setOnMouseDragged(this::mouseDragged);
        canvas.setOnMouseReleased(this::mouseReleased);
        canvas.setOnMouseClicked(this::mouseClicked);
        canvas.setOnMouseMoved(this::mouseMoved);
        canvas.setOnMouseExited(e -> setHover(-1, e));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        if (control.getSelectedItem() != null) {
            // Selected before the skin came: its row is to be in sight all the same.
            painter.revealSelection();
        }
        detectTheme();
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        getSkinnable().pseudoClassStateChanged(COLOR_TOKENS, false);
        hideTooltip();
        getChildren().removeAll(canvas, selectionNode, lanesBar, palette.node());
        super.dispose();
    }

    // ========================================================================= layout & paint

    private void invalidateModel() {
        modelDirty = true;
        requestPaint();
    }

    private void styleChanged() {
        requestPaint();
    }

    private void requestPaint() {
        paintDirty = true;
        TimelineView c = getSkinnable();
        if (c != null) {
            c.requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        detectThemeChange();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paintDirty = true;
        }
        canvas.relocate(x, y);
        palette.node().relocate(x, y);
        if (modelDirty) {
            painter.setModel(modelAccessor.apply(getSkinnable()));
            modelDirty = false;
            paintDirty = true;
        }
        if (paintDirty) {
            paintDirty = false;
            paint();
        }
        Bounds sel = painter.selectionBounds();
        if (sel != null) {
            selectionNode.resizeRelocate(x + sel.getMinX(), y + sel.getMinY(), sel.getWidth(), sel.getHeight());
        }
        selectionNode.setVisible(sel != null);
        layoutLanesBar(x, y, w);
    }

    /** Shows the lanes' scroll bar beside them when they overflow, in line with the last frame. */
    private void layoutLanesBar(double x, double y, double w) {
        double max = painter.maxScrollY();
        double view = painter.lanesViewportHeight();
        boolean show = max > 0 && view > 0;
        lanesBar.setVisible(show);
        if (!show) {
            return;
        }
        double bw = lanesBar.prefWidth(-1);
        lanesBar.resizeRelocate(x + w - bw, y + TimelinePainter.AXIS_H, bw, view);
        syncingBar = true;
        try {
            lanesBar.setMin(0);
            lanesBar.setMax(max);
            // The thumb is to the track as the viewport is to the lanes' whole height.
            lanesBar.setVisibleAmount(max * view / (view + max));
            lanesBar.setUnitIncrement(TimelinePainter.ROW_H);
            lanesBar.setBlockIncrement(view * 0.9);
            lanesBar.setValue(painter.scrollY());
        } finally {
            syncingBar = false;
        }
    }

    /** Scrolls the lanes by {@code dy} px (positive: down), within range. */
    private void scrollLanes(double dy) {
        if (painter.maxScrollY() <= 0 || dy == 0) {
            return;
        }
        painter.setScrollY(Math.max(0, Math.min(painter.scrollY() + dy, painter.maxScrollY())));
        requestPaint();
    }

    /** True when the lanes need more height than there is and can be scrolled. */
    boolean lanesOverflow() {
        return painter.maxScrollY() > 0;
    }

    private void paint() {
        TimelineView c = getSkinnable();
        if (canvasSurface == null) canvasSurface = new CanvasSurface(canvas.getGraphicsContext2D());
        painter.paint(canvasSurface, canvas.getWidth(), canvas.getHeight(),
                new TimelinePainter.Frame(c.getVisibleWindow(), c.getLocale(), c.getSelectedItem(), hovered,
                        c.getHighlight(), c.isFocused()));
    }

    private CanvasSurface canvasSurface;

    /**
     * Draws the current view, with its selection and highlight but no pointer or focus ring, onto
     * {@code s} at {@code w} × {@code h}; the canvas is then painted again at its own size (the painter
     * keeps the last frame's geometry for hit tests).
     */
    public void paintTo(org.sourcedtimeline.ui.control.timeline.TimelineSurface s, double w, double h) {
        TimelineView c = getSkinnable();
        painter.paint(s, w, h, new TimelinePainter.Frame(c.getVisibleWindow(), c.getLocale(), c.getSelectedItem(), null,
                c.getHighlight(), false));
        paint();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 320 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 120 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return TimelinePainter.AXIS_H + TimelinePainter.LANE_HEADER_H + TimelinePainter.ROW_H + top + bottom;
    }

    /** Bounds of an item's marker in the control's coordinates at the current zoom, or {@code null} when unknown. */
    public Bounds itemBounds(TimelineItem item) {
        if (modelDirty || paintDirty) {
            getSkinnable().layout();
        }
        Bounds b = painter.itemBounds(item);
        return b == null ? null : canvas.localToParent(b);
    }

    /** Top of the overview band in the control's coordinates ({@code height} when hidden). */
    public double overviewTop() {
        return canvas.getLayoutY() + painter.overviewTop();
    }

    // ========================================================================= theme

    /**
     * Sets {@link #COLOR_TOKENS} when the application's user agent style sheet or one of the
     * scene's style sheets defines the AtlantaFX-style {@code -color-*} tokens, so that
     * {@code timeline.css} follows them instead of Modena's colours.
     */
    private void detectTheme() {
        TimelineView c = getSkinnable();
        if (c == null) {
            return;
        }
        themeSignature = themeSignature();
        boolean tokens = definesTokens(Application.getUserAgentStylesheet());
        Scene scene = c.getScene();
        if (!tokens && scene != null) {
            tokens = definesTokens(scene.getUserAgentStylesheet());
            for (String sheet : scene.getStylesheets()) {
                tokens |= definesTokens(sheet);
            }
        }
        c.pseudoClassStateChanged(COLOR_TOKENS, tokens);
    }

    private void detectThemeChange() {
        if (themeSignature != themeSignature()) {
            detectTheme();
        }
    }

    /** Cheap fingerprint of the style sheets that may define the colour tokens. */
    private int themeSignature() {
        Scene scene = getSkinnable().getScene();
        return Objects.hash(Application.getUserAgentStylesheet(), scene == null ? null : scene.getUserAgentStylesheet(),
                scene == null ? null : scene.getStylesheets());
    }

    private static boolean definesTokens(String sheet) {
        if (sheet == null || sheet.isEmpty()) {
            return false;
        }
        return TOKEN_SHEETS.computeIfAbsent(sheet, s -> {
            try {
                URL url = s.contains(":") ? new URL(s) : TimelineViewSkin.class.getClassLoader().getResource(
                        s.startsWith("/") ? s.substring(1) : s);
                if (url == null) {
                    return false;
                }
                try (InputStream in = url.openStream()) {
                    String css = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    return css.contains("-color-accent-emphasis") && css.contains("-color-fg-default");
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
    }

    // ========================================================================= mouse

    private TimeScale currentScale() {
        TimeWindow w = getSkinnable().getVisibleWindow();
        double width = Math.max(1, canvas.getWidth());
        return new TimeScale(w.start(), w.end(), 0, width);
    }

    private boolean inOverview(double y) {
        return painter.hasOverview() && y >= painter.overviewTop();
    }

    private void mousePressed(MouseEvent e) {
        TimelineView c = getSkinnable();
        if (!c.isFocused() && c.isFocusTraversable()) {
            c.requestFocus();
        }
        hideTooltip();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressWindow = c.getVisibleWindow();
        pressScale = currentScale();
        pressOverviewScale = painter.overviewScale();
        if (inOverview(e.getY()) && pressOverviewScale != null) {
            double x = e.getX();
            if (Math.abs(x - painter.windowX0()) <= EDGE_GRAB_PX && painter.windowX1() - painter.windowX0() > 2 * EDGE_GRAB_PX) {
                drag = Drag.OVERVIEW_LEFT;
            } else if (Math.abs(x - painter.windowX1()) <= EDGE_GRAB_PX) {
                drag = Drag.OVERVIEW_RIGHT;
            } else if (x > painter.windowX0() && x < painter.windowX1()) {
                drag = Drag.OVERVIEW_MOVE;
            } else {
                // Jump: centre the window where clicked, then keep dragging it.
                double day = pressOverviewScale.toDay(x);
                TimeWindow jumped = TimeWindow.centered(day, pressWindow.span());
                c.setVisibleWindow(jumped);
                pressWindow = c.getVisibleWindow();
                drag = Drag.OVERVIEW_MOVE;
            }
        } else {
            drag = Drag.PAN;
        }
        e.consume();
    }

    private void mouseDragged(MouseEvent e) {
        TimelineView c = getSkinnable();
        double dx = e.getX() - pressX;
        switch (drag) {
            case PAN -> {
                if (Math.abs(dx) > 0) {
                    TimeScale s = pressScale.pan(dx);
                    c.setVisibleWindow(new TimeWindow(s.startDay(), s.endDay()));
                    canvas.setCursor(Cursor.CLOSED_HAND);
                }
            }
            case OVERVIEW_MOVE -> {
                double days = pressOverviewScale.daysOf(dx);
                c.setVisibleWindow(pressWindow.shift(days));
            }
            case OVERVIEW_LEFT -> {
                double start = Math.min(pressOverviewScale.toDay(e.getX()), pressWindow.end() - TimeScale.minSpan(canvas.getWidth()));
                c.setVisibleWindow(new TimeWindow(start, pressWindow.end()));
            }
            case OVERVIEW_RIGHT -> {
                double end = Math.max(pressOverviewScale.toDay(e.getX()), pressWindow.start() + TimeScale.minSpan(canvas.getWidth()));
                c.setVisibleWindow(new TimeWindow(pressWindow.start(), end));
            }
            default -> { }
        }
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        drag = Drag.NONE;
        updateCursor(e.getX(), e.getY());
    }

    private void mouseClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || inOverview(e.getY())) {
            return;
        }
        TimelineView c = getSkinnable();
        int payload = painter.hit(e.getX(), e.getY());
        if (payload < 0) {
            return;
        }
        if (TimelinePainter.isCluster(payload)) {
            // Zoom into the cluster until its members can separate.
            double s = painter.clusterStart(payload);
            double end = painter.clusterEnd(payload);
            double span = Math.max(end - s, 1) * 2.2 + 1;
            c.setSelectedItem(null);
            c.showWindow(TimeWindow.centered((s + end) / 2 + span * 0.06, span));
        } else {
            TimelineItem item = painter.itemOf(payload);
            c.setSelectedItem(item);
            if (e.getClickCount() >= 2 && item != null) {
                c.activateSelection();
            }
        }
        e.consume();
    }

    private void mouseMoved(MouseEvent e) {
        updateCursor(e.getX(), e.getY());
        setHover(inOverview(e.getY()) ? -1 : painter.hit(e.getX(), e.getY()), e);
    }

    private void updateCursor(double x, double y) {
        Cursor cursor = Cursor.DEFAULT;
        if (inOverview(y)) {
            if (Math.abs(x - painter.windowX0()) <= EDGE_GRAB_PX || Math.abs(x - painter.windowX1()) <= EDGE_GRAB_PX) {
                cursor = Cursor.H_RESIZE;
            } else if (x > painter.windowX0() && x < painter.windowX1()) {
                cursor = Cursor.OPEN_HAND;
            }
        } else if (painter.hit(x, y) >= 0) {
            cursor = Cursor.HAND;
        }
        canvas.setCursor(cursor);
    }

    private double mouseScreenX;
    private double mouseScreenY;

    private void setHover(int payload, MouseEvent e) {
        if (e != null) {
            mouseScreenX = e.getScreenX();
            mouseScreenY = e.getScreenY();
        }
        if (payload == hoveredPayload) {
            return;
        }
        hoveredPayload = payload;
        TimelineItem item = payload >= 0 ? painter.itemOf(payload) : null;
        if (item != hovered) {
            hovered = item;
            requestPaint();
        }
        hideTooltip();
        if (payload >= 0) {
            tooltip().setText(tooltipText(payload));
            tooltipDelay.playFromStart();
        }
    }

    private void showTooltip() {
        TimelineView c = getSkinnable();
        Window window = c.getScene() == null ? null : c.getScene().getWindow();
        if (hoveredPayload >= 0 && window != null && window.isShowing()) {
            tooltip().show(c, mouseScreenX + 12, mouseScreenY + 16);
        }
    }

    private void hideTooltip() {
        tooltipDelay.stop();
        if (tooltip != null) tooltip.hide();
    }

    private Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.getStyleClass().add("timeline-tooltip");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        return tooltip;
    }

    private String tooltipText(int payload) {
        java.util.Locale locale = getSkinnable().getLocale();
        if (TimelinePainter.isCluster(payload)) {
            int n = painter.clusterSize(payload);
            StringBuilder b = new StringBuilder();
            b.append(dateRange(LocalDate.ofEpochDay((long) painter.clusterStart(payload)),
                    LocalDate.ofEpochDay((long) painter.clusterEnd(payload)), Granularity.DAY, locale));
            b.append("  (").append(n).append(")");
            for (int k = 0; k < Math.min(n, 8); k++) {
                TimelineItem it = painter.clusterItem(payload, k);
                if (it != null) {
                    b.append("\n• ").append(it.label().isEmpty() ? it.id() : it.label());
                }
            }
            if (n > 8) {
                b.append("\n…");
            }
            return b.toString();
        }
        TimelineItem it = painter.itemOf(payload);
        if (it == null) {
            return "";
        }
        String dates = dateRange(it.start(), it.endExclusive(), it.granularity(), locale);
        return it.label().isEmpty() ? dates : it.label() + "\n" + dates;
    }

    /** The dates of {@code [start, endExclusive)} at a precision, in a locale. */
    static String dateRange(LocalDate start, LocalDate endExclusive, Granularity g, java.util.Locale locale) {
        LocalDate last = endExclusive.minusDays(1);
        DateTimeFormatter f = switch (g) {
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL y", locale);
            case YEAR -> DateTimeFormatter.ofPattern("y", locale);
        };
        String a = f.format(start);
        String b = f.format(last);
        return a.equals(b) ? a : a + " – " + b;
    }

    private void scrolled(ScrollEvent e) {
        TimelineView c = getSkinnable();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        TimeScale s = currentScale();
        TimeScale next;
        if (Math.abs(dx) > Math.abs(dy)) {
            next = s.pan(dx);
        } else if (dy != 0 && !e.isShortcutDown() && painter.maxScrollY() > 0 && !inOverview(e.getY())) {
            // Lanes taller than the view scroll with the wheel, as any list does; Ctrl+wheel still zooms.
            scrollLanes(-dy);
            e.consume();
            return;
        } else if (dy != 0) {
            double anchor = s.toDay(e.getX());
            next = s.zoom(Math.exp(dy * WHEEL_ZOOM_PER_PIXEL), anchor);
        } else {
            return;
        }
        c.setVisibleWindow(new TimeWindow(next.startDay(), next.endDay()));
        e.consume();
    }

    private boolean scrollLanesByKey(int direction) {
        if (painter.maxScrollY() <= 0) {
            return false;
        }
        scrollLanes(direction * TimelinePainter.ROW_H);
        return true;
    }

    private void zoomed(ZoomEvent e) {
        double f = e.getZoomFactor();
        if (f > 0 && Double.isFinite(f) && f != 1) {
            TimeScale s = currentScale();
            TimeScale next = s.zoom(f, s.toDay(e.getX()));
            getSkinnable().setVisibleWindow(new TimeWindow(next.startDay(), next.endDay()));
        }
        e.consume();
    }

    // ========================================================================= keyboard

    private void keyPressed(KeyEvent e) {
        TimelineView c = getSkinnable();
        if (e.isAltDown() || e.isMetaDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case RIGHT, KP_RIGHT -> c.selectNext();
            case LEFT, KP_LEFT -> c.selectPrevious();
            case HOME -> c.selectFirst();
            case END -> c.selectLast();
            case ENTER -> c.activateSelection();
            case PLUS, ADD, EQUALS -> c.zoomIn();
            case MINUS, SUBTRACT, UNDERSCORE -> c.zoomOut();
            case DIGIT0, NUMPAD0 -> c.fitAll();
            case PAGE_UP -> c.pan(-KEY_PAN);
            case PAGE_DOWN -> c.pan(KEY_PAN);
            case UP, KP_UP -> handled = scrollLanesByKey(-1);
            case DOWN, KP_DOWN -> handled = scrollLanesByKey(1);
            case ESCAPE -> {
                if (c.getSelectedItem() == null) {
                    handled = false;
                } else {
                    c.setSelectedItem(null);
                }
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
