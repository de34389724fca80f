package org.sourcedtimeline.ui.window;

import org.sourcedtimeline.ui.filters.CheckMenuButton;
import org.sourcedtimeline.ui.fx.HoverTips;
import org.sourcedtimeline.ui.fx.Subscriptions;
import org.sourcedtimeline.ui.fx.Views;
import org.sourcedtimeline.ui.icons.AppIcon;
import org.sourcedtimeline.ui.settings.Theme;
import org.sourcedtimeline.ui.state.MainViewModel;
import org.sourcedtimeline.ui.text.DisplayText;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.ui.panels.AccountsPanel;
import org.sourcedtimeline.ui.panels.EventPanel;
import org.sourcedtimeline.ui.panels.PanelHost;
import org.sourcedtimeline.ui.panels.PanelView;
import org.sourcedtimeline.ui.panels.QuotesPanel;
import org.sourcedtimeline.ui.panels.SourcePanel;

/**
 * The main window's content (FXML controller): menus, toolbar, timeline over the side panels, status
 * bar. It shows the {@link MainViewModel} and forwards commands to its {@link Host}; a language
 * switch throws this view away and loads a new one over the same view model.
 */
public final class MainView implements PanelHost {

    /** What the view asks of the window: files, dialogs, theme and language. */
    public interface Host {
        void openFileChooser();
        void openFile(Path file);
        void openBuiltIn();
        void reload();
        void quit();
        void applyTheme(Theme theme);
        void switchLanguage(Locale locale);
        void showAbout();
        void showShortcuts();
        void copyToClipboard(String text);
        /** File › Export…: the evidence in another format. */
        void showExport();
        /** File › Import article…: a new article into the seeds, its suggestions reviewed. */
        void showImport();
        /** Stops the model being opened; the one that is open stays. */
        void cancelLoad();
    }

    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private javafx.scene.control.ToolBar toolBar;
    @FXML private Menu recentMenu;
    @FXML private MenuItem reloadItem;
    @FXML private MenuItem copyCitationItem;
    @FXML private CheckMenuItem showEventItem;
    @FXML private CheckMenuItem showAccountsItem;
    @FXML private CheckMenuItem showQuotesItem;
    @FXML private CheckMenuItem showSourceItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private RadioMenuItem frenchItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private TextField searchField;
    @FXML private CheckMenuButton<Actor> speakerFilter;
    @FXML private CheckMenuButton<EventKind> kindFilter;
    /** The "go to date" field's calendar icon is an image, which no colour variable reaches: one per theme. */
    private static final javafx.css.PseudoClass DARK = javafx.css.PseudoClass.getPseudoClass("dark");
    @FXML private jfxtras.scene.control.LocalDateTextField dateField;
    @FXML private Button zoomSelectionButton;
    @FXML private HBox loadingBox;
    @FXML private HBox legendBox;
    @FXML private ProgressBar loadProgress;
    @FXML private FontIcon themeIcon;
    @FXML private SplitPane verticalSplit;
    @FXML private SplitPane panelSplit;
    @FXML private StackPane timelineHolder;
    @FXML private StatusBar statusBar;
    @FXML private ResourceBundle resources;

    private MainViewModel vm;
    private Host host;
    private TimelineBridge timeline;
    private final Subscriptions subs = new Subscriptions();
    private final List<PanelView> panels = new ArrayList<>();
    /** Widths of the search field: as designed, and the least it shrinks to on a narrow window. */
    private static final double SEARCH_WIDTH = 330;
    private static final double SEARCH_MIN_WIDTH = 170;
    /** Widths of the two filters as designed (MainView.fxml). */
    private static final double SPEAKERS_WIDTH = 170;
    private static final double KINDS_WIDTH = 190;
    private final Label countsLabel = new Label();
    private final Label warningsLabel = new Label();
    private final PauseTransition messageTimeout = new PauseTransition(Duration.seconds(6));
    private boolean updatingFilters;

    /** The window's style sheet, which its dialogs take too. */
    public static String stylesheet() { return Views.css(MainView.class); }

    /** Loads the view for the view model's language. */
    public static MainView load(MainViewModel vm, Host host) {
        Views.Loaded<MainView> l = Views.load(MainView.class, vm.getLocale());
        l.controller().init(vm, host);
        return l.controller();
    }

    public BorderPane root() { return root; }

    public ResourceBundle bundle() { return resources; }

    private void init(MainViewModel vm, Host host) {
        this.vm = vm;
        this.host = host;
        timeline = new TimelineBridge(vm, resources, subs);
        timelineHolder.getChildren().add(timeline.view());

        addPanel(EventPanel.class, showEventItem);
        addPanel(AccountsPanel.class, showAccountsItem);
        addPanel(QuotesPanel.class, showQuotesItem);
        addPanel(SourcePanel.class, showSourceItem);
        layoutPanels();
        subs.onList(vm.hiddenPanels(), this::layoutPanels);

        initToolbar();
        initMenus();
        initStatusBar();
        for (javafx.scene.Node n : List.of(root, legendBox, loadingBox)) HoverTips.fromAccessibleHelp(n);

        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);
        messageTimeout.setOnFinished(e -> statusBar.setText(""));
    }

    private <P extends PanelView> void addPanel(Class<P> type, CheckMenuItem toggle) {
        Views.Loaded<P> l = Views.load(type, vm.getLocale());
        P p = l.controller();
        p.init(vm, l.bundle(), resources, this);
        panels.add(p);
        toggle.setSelected(!vm.hiddenPanels().contains(p.panelId()));
        toggle.selectedProperty().addListener((o, a, on) -> {
            if (on) vm.hiddenPanels().remove(p.panelId());
            else if (!vm.hiddenPanels().contains(p.panelId())) vm.hiddenPanels().add(p.panelId());
        });
        subs.onList(vm.hiddenPanels(), () -> toggle.setSelected(!vm.hiddenPanels().contains(p.panelId())));
    }

    private void layoutPanels() {
        double[] old = panelSplit.getDividerPositions();
        List<javafx.scene.Node> shown = new ArrayList<>();
        for (PanelView p : panels) if (!vm.hiddenPanels().contains(p.panelId())) shown.add(p.root());
        if (shown.equals(panelSplit.getItems())) return;
        panelSplit.getItems().setAll(shown);
        if (old.length + 1 != shown.size()) {
            // Quotes and Source get more room than Event and Accounts: they hold the long texts.
            double total = 0;
            double[] weights = new double[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                String id = shown.get(i).getId();
                weights[i] = id.startsWith(EventPanel.ID) ? 0.85 : id.startsWith(AccountsPanel.ID) ? 1.3 : 1.35;
                total += weights[i];
            }
            double[] positions = new double[Math.max(0, shown.size() - 1)];
            double acc = 0;
            for (int i = 0; i < positions.length; i++) positions[i] = (acc += weights[i]) / total;
            panelSplit.setDividerPositions(positions);
        }
    }

    // ---- toolbar ------------------------------------------------------------------------------------------

    private void initToolbar() {
        searchField.setId("search");
        if (searchField instanceof CustomTextField c) {
            FontIcon icon = new FontIcon(AppIcon.MAGNIFY);
            icon.getStyleClass().add("search-icon");
            c.setLeft(icon);
        }
        searchField.setText(vm.searchTextProperty().get());
        searchField.textProperty().addListener((o, a, b) -> vm.searchTextProperty().set(b));
        subs.onChange(vm.searchTextProperty(), (o, a, b) -> { if (!b.equals(searchField.getText())) searchField.setText(b); });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) searchField.clear();
        });
        subs.onInvalidate(toolBar.widthProperty(), this::fitToolbar);

        speakerFilter.setId("speaker-filter");
        speakerFilter.setConverter(new StringConverter<>() {
            @Override public String toString(Actor a) {
                if (a == null) return "";
                if (a.id().equals(MainViewModel.UNNAMED_SPEAKER)) return resources.getString("filter.unnamedSpeaker");
                return DisplayText.safeLine(a.name(vm.getLocale().getLanguage()));
            }
            @Override public Actor fromString(String s) { return null; }
        });
        kindFilter.setId("kind-filter");
        kindFilter.setConverter(new StringConverter<>() {
            @Override public String toString(EventKind k) { return k == null ? "" : resources.getString("kind." + k.json()); }
            @Override public EventKind fromString(String s) { return null; }
        });
        kindFilter.getValues().setAll(EventKind.values());
        syncFilterChoices();
        subs.onInvalidate(vm.loadedProperty(), this::syncFilterChoices);
        speakerFilter.getCheckedValues().addListener((javafx.collections.ListChangeListener<Actor>) c -> {
            if (updatingFilters) return;
            vm.speakerFilter().setAll(speakerFilter.getCheckedValues().stream().map(Actor::id).toList());
        });
        kindFilter.getCheckedValues().addListener((javafx.collections.ListChangeListener<EventKind>) c -> {
            if (updatingFilters) return;
            vm.kindFilter().setAll(List.copyOf(kindFilter.getCheckedValues()));
        });
        updatingFilters = true;
        kindFilter.setChecked(vm.kindFilter());
        updatingFilters = false;

        dateField.setId("date-field");
        dateField.pseudoClassStateChanged(DARK, vm.themeProperty().get() == Theme.DARK);
        org.sourcedtimeline.ui.dates.GoToDateField.configure(dateField, vm.getLocale(),
                text -> showMessage(MessageFormat.format(resources.getString("toolbar.date.bad"), text,
                        org.sourcedtimeline.ui.dates.GoToDateField.formatters(dateField.getLocale()).get(0).format(java.time.LocalDate.of(2022, 1, 21)))));
        subs.onInvalidate(timeline.view().visibleWindowProperty(), () -> {
            var w = timeline.view().getVisibleWindow();
            if (w != null) org.sourcedtimeline.ui.dates.GoToDateField.openAround(dateField, java.time.LocalDate.ofEpochDay((long) Math.floor(w.center())));
        });
        dateField.localDateProperty().addListener((o, a, d) -> { if (d != null) timeline.jumpTo(d); });
        subs.onInvalidate(vm.loadedProperty(), () -> org.sourcedtimeline.ui.dates.GoToDateField.showEventDays(dateField, vm.model()));
        org.sourcedtimeline.ui.dates.GoToDateField.showEventDays(dateField, vm.model());

        zoomSelectionButton.disableProperty().bind(vm.selectedEventIdProperty().isNull());
        subs.onInvalidate(vm.busyProperty(), this::showBusy);
        showBusy();
        subs.add(() -> zoomSelectionButton.disableProperty().unbind());
        themeIcon.setIconCode(vm.themeProperty().get() == Theme.DARK ? AppIcon.WHITE_BALANCE_SUNNY : AppIcon.WEATHER_NIGHT);
    }

    /**
     * The progress bar and Cancel join the status bar the first time a model loads: hidden, they would
     * still be styled and laid out for the first frame, which never shows them.
     */
    private void showBusy() {
        if (!vm.busyProperty().get() || statusBar.getRightItems().contains(loadingBox)) return;
        loadingBox.visibleProperty().bind(vm.busyProperty());
        loadingBox.managedProperty().bind(vm.busyProperty());
        loadProgress.progressProperty().bind(vm.loadProgressProperty());
        subs.add(() -> {
            loadingBox.visibleProperty().unbind();
            loadingBox.managedProperty().unbind();
            loadProgress.progressProperty().unbind();
        });
        statusBar.getRightItems().add(0, loadingBox);
    }

    private void syncFilterChoices() {
        updatingFilters = true;
        try {
            List<Actor> speakers = vm.speakers();
            speakerFilter.getValues().setAll(speakers);
            speakerFilter.setChecked(speakers.stream().filter(a -> vm.speakerFilter().contains(a.id())).toList());
        } finally {
            updatingFilters = false;
        }
    }

    // ---- menus --------------------------------------------------------------------------------------------

    private void initMenus() {
        (vm.themeProperty().get() == Theme.DARK ? darkItem : lightItem).setSelected(true);
        ("fr".equals(vm.getLocale().getLanguage()) ? frenchItem : englishItem).setSelected(true);
        frenchItem.setId("menu-french");
        englishItem.setId("menu-english");
        copyCitationItem.disableProperty().bind(vm.selectedQuoteIdProperty().isNull());
        reloadItem.disableProperty().bind(vm.modelFileProperty().isNull());
        subs.add(() -> { copyCitationItem.disableProperty().unbind(); reloadItem.disableProperty().unbind(); });
        buildRecentMenu();
        subs.onList(vm.recentFiles(), this::buildRecentMenu);
    }

    private void buildRecentMenu() {
        recentMenu.getItems().clear();
        if (vm.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem(resources.getString("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (Path p : vm.recentFiles()) {
            MenuItem item = new MenuItem(DisplayText.safeLine(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent())));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> host.openFile(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        MenuItem clear = new MenuItem(resources.getString("menu.file.recent.clear"));
        clear.setOnAction(e -> vm.recentFiles().clear());
        recentMenu.getItems().add(clear);
    }

    @FXML private void onOpen() { host.openFileChooser(); }
    @FXML private void onReload() { host.reload(); }
    @FXML private void onOpenBuiltIn() { host.openBuiltIn(); }
    @FXML private void onQuit() { host.quit(); }
    @FXML private void onFitAll() { timeline.view().fitAll(); }
    @FXML private void onZoomIn() { timeline.view().zoomIn(); }
    @FXML private void onZoomOut() { timeline.view().zoomOut(); }
    @FXML private void onCancelLoad() { host.cancelLoad(); }

    @FXML private void onZoomSelection() { timeline.view().zoomToSelection(); }
    @FXML private void onFocusSearch() { searchField.requestFocus(); searchField.selectAll(); }
    @FXML private void onLight() { host.applyTheme(Theme.LIGHT); }
    @FXML private void onDark() { host.applyTheme(Theme.DARK); }
    @FXML private void onToggleTheme() { host.applyTheme(vm.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK); }
    @FXML private void onFrench() { host.switchLanguage(Locale.FRENCH); }
    @FXML private void onEnglish() { host.switchLanguage(Locale.ENGLISH); }
    @FXML private void onShortcuts() { host.showShortcuts(); }
    @FXML private void onAbout() { host.showAbout(); }

    @FXML private void onExport() { host.showExport(); }

    @FXML private void onImport() { host.showImport(); }

    @FXML private void onCopyCitation() {
        String id = vm.getSelectedQuoteId();
        if (id != null) copyToClipboard(vm.citation(id), resources.getString("status.citationCopied"));
    }

    /** Called by the window after a theme change, to swap the toolbar icon. */
    public void themeChanged(Theme t) {
        dateField.pseudoClassStateChanged(DARK, t == Theme.DARK);
        themeIcon.setIconCode(t == Theme.DARK ? AppIcon.WHITE_BALANCE_SUNNY : AppIcon.WEATHER_NIGHT);
        (t == Theme.DARK ? darkItem : lightItem).setSelected(true);
    }

    // ---- status bar ---------------------------------------------------------------------------------------

    private void initStatusBar() {
        statusBar.setId("status-bar");
        statusBar.setText("");
        countsLabel.getStyleClass().add("status-counts");
        warningsLabel.getStyleClass().add("status-warnings");
        warningsLabel.setGraphic(new FontIcon(AppIcon.ALERT_OUTLINE));
        statusBar.getLeftItems().setAll(countsLabel);
        statusBar.getRightItems().setAll(legendBox, warningsLabel);
        subs.onInvalidate(vm.loadedProperty(), this::updateStatus);
        subs.onList(vm.warnings(), this::updateStatus);
        subs.onList(vm.visibleEvents(), this::updateStatus);
        subs.onInvalidate(statusBar.widthProperty(), this::fitLegend);
        updateStatus();
    }

    private void updateStatus() {
        LoadedModel lm = vm.getLoaded();
        if (lm == null) {
            countsLabel.setText(resources.getString("status.noModel"));
        } else {
            TimelineModel m = lm.model();
            String origin = vm.getModelFile() == null ? resources.getString("status.builtIn") : vm.getModelFile().toString();
            countsLabel.setText(MessageFormat.format(resources.getString("status.counts"), DisplayText.safeLine(origin),
                    m.events().size(), m.quotes().size(), m.sources().size()));
            String title = m.title() == null || m.title().isBlank() ? "" : DisplayText.safeLine(m.title()) + "\n";
            HoverTips.install(countsLabel, title + DisplayText.safeLine(lm.origin()));
        }
        List<Problem> w = vm.warnings();
        warningsLabel.setVisible(!w.isEmpty());
        warningsLabel.setManaged(!w.isEmpty());
        warningsLabel.setText(MessageFormat.format(resources.getString("status.warnings"), w.size()));
        StringBuilder b = new StringBuilder();
        w.stream().limit(20).forEach(p -> b.append(p).append('\n'));
        HoverTips.install(warningsLabel, w.isEmpty() ? null : DisplayText.safe(b.toString().strip()));
        fitLegend();
    }

    /**
     * On a narrow window the search field gives up width, down to {@link #SEARCH_MIN_WIDTH}, then the
     * two filters up to 40 px each, before the toolbar would push its zoom buttons into the overflow
     * menu (at 1024 px and less they used to go).
     */
    private void fitToolbar() {
        double others = 0;
        for (javafx.scene.Node n : toolBar.getItems())
            if (n != searchField && n != speakerFilter && n != kindFilter) others += n.prefWidth(-1);
        javafx.geometry.Insets pad = toolBar.getInsets();
        // About 6 px between items.
        double room = toolBar.getWidth() - pad.getLeft() - pad.getRight() - others - 6 * toolBar.getItems().size()
                - SPEAKERS_WIDTH - KINDS_WIDTH;
        searchField.setPrefWidth(Math.max(SEARCH_MIN_WIDTH, Math.min(SEARCH_WIDTH, Math.floor(room))));
        double filtersGiveUp = Math.max(0, Math.min(40, Math.ceil((SEARCH_MIN_WIDTH - room) / 2)));
        speakerFilter.setPrefWidth(SPEAKERS_WIDTH - filtersGiveUp);
        kindFilter.setPrefWidth(KINDS_WIDTH - filtersGiveUp);
    }

    /**
     * The legend names its marks while there is room beside the counts and warnings; otherwise it
     * shows the marks alone, and their tooltips say what they mean.
     */
    private void fitLegend() {
        // Before the first layout the bar has no width, nor the labels their fonts: the width's change comes next.
        if (statusBar.getWidth() <= 0) return;
        double others = countsLabel.prefWidth(-1) + (warningsLabel.isManaged() ? warningsLabel.prefWidth(-1) : 0);
        double named = legendBox.getSpacing() * (legendBox.getChildren().size() - 1) + legendBox.getPadding().getRight();
        for (javafx.scene.Node n : legendBox.getChildren()) {
            Label l = (Label) n;
            javafx.scene.text.Text t = new javafx.scene.text.Text(l.getText());
            t.setFont(l.getFont());
            named += l.getGraphic().prefWidth(-1) + l.getGraphicTextGap() + t.getLayoutBounds().getWidth() + 2;
        }
        // 60: the status bar's padding and the gap between its left and right items.
        boolean room = statusBar.getWidth() - others - 60 >= named;
        for (javafx.scene.Node n : legendBox.getChildren())
            ((Label) n).setContentDisplay(room ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY);
    }

    /** A transient message in the status bar. */
    public void showMessage(String text) {
        statusBar.setText(DisplayText.safeLine(text));
        messageTimeout.playFromStart();
    }

    // ---- panel host ---------------------------------------------------------------------------------------

    @Override
    public void copyToClipboard(String text, String confirmation) {
        if (text == null) return;
        host.copyToClipboard(text);
        showMessage(confirmation);
    }

    @Override
    public void hidePanel(String panelId) {
        if (!vm.hiddenPanels().contains(panelId)) vm.hiddenPanels().add(panelId);
    }

    // ---- drag and drop ------------------------------------------------------------------------------------

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> f.getName().endsWith(".json")))
            e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            var f = e.getDragboard().getFiles().stream().filter(x -> x.getName().endsWith(".json")).findFirst();
            if (f.isPresent()) {
                host.openFile(f.get().toPath());
                done = true;
            }
        }
        e.setDropCompleted(done);
        e.consume();
    }

    // ---- state the window keeps across rebuilds -------------------------------------------------------------

    public double[] dividerPositions() {
        double[] v = verticalSplit.getDividerPositions();
        double[] h = panelSplit.getDividerPositions();
        double[] all = new double[v.length + h.length];
        System.arraycopy(v, 0, all, 0, v.length);
        System.arraycopy(h, 0, all, v.length, h.length);
        return all;
    }

    public void restoreDividers(double[] all) {
        if (all == null || all.length < 1) return;
        verticalSplit.setDividerPositions(all[0]);
        int n = panelSplit.getItems().size() - 1;
        if (all.length - 1 == n && n > 0) {
            double[] h = new double[n];
            System.arraycopy(all, 1, h, 0, n);
            panelSplit.setDividerPositions(h);
        }
    }

    public TimelineBridge timeline() { return timeline; }

    public void dispose() {
        subs.dispose();
        panels.forEach(PanelView::dispose);
        messageTimeout.stop();
    }
}
