package org.sourcedtimeline.ui.state;

import org.sourcedtimeline.ui.settings.Theme;
import org.sourcedtimeline.ui.settings.UiSettings;
import org.sourcedtimeline.model.text.Citations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.SearchIndex;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/**
 * The state of the main window, as JavaFX properties and nothing else: which model is shown, what is
 * selected, what is searched and filtered, and what the panels therefore show. It never sees a control,
 * so it is tested without a toolkit.
 *
 * <p>Selection rules: selecting a quote selects its event and opens its article; selecting another event
 * drops a quote that is not filed under it; loading a model keeps the selection when its ids still exist.
 */
public final class MainViewModel {
    /**
     * The most quotes the Quotes panel lists at once; {@link #quoteTotalProperty()} says how many
     * there are. A card is a dozen nodes: a search matching a third of a large model must not build them all.
     */
    public static final int QUOTE_LIST_LIMIT = 100;

    private final ReadOnlyObjectWrapper<LoadedModel> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObservableList<Problem> warnings = FXCollections.observableArrayList();
    private final StringProperty selectedEventId = new SimpleStringProperty(this, "selectedEventId");
    private final StringProperty selectedQuoteId = new SimpleStringProperty(this, "selectedQuoteId");
    private final StringProperty openSourceId = new SimpleStringProperty(this, "openSourceId");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<String> speakerFilter = FXCollections.observableArrayList();
    private final ObservableList<EventKind> kindFilter = FXCollections.observableArrayList();
    private final ReplacedList<Event> visibleEvents = new ReplacedList<>();
    private final ReadOnlyObjectWrapper<SearchIndex.Hits> hits = new ReadOnlyObjectWrapper<>(this, "hits", SearchIndex.Hits.NONE);
    private final ObservableList<Quote> visibleQuotes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper quoteTotal = new ReadOnlyIntegerWrapper(this, "quoteTotal");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty loadProgress = new SimpleDoubleProperty(this, "loadProgress", -1);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<String> hiddenPanels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> modelFile = new ReadOnlyObjectWrapper<>(this, "modelFile");
    private SearchIndex index;
    private boolean searching;

    public MainViewModel() {
        // A keystroke in the search field changes neither the filters nor the timeline's events.
        searchText.addListener((o, a, b) -> {
            search();
            refreshQuotes();
        });
        speakerFilter.addListener((ListChangeListener<String>) c -> refresh());
        kindFilter.addListener((ListChangeListener<EventKind>) c -> refreshEvents());
        selectedEventId.addListener((o, a, b) -> onEventSelected(b));
        selectedQuoteId.addListener((o, a, b) -> onQuoteSelected(b));
    }

    // ---- properties -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LoadedModel> loadedProperty() { return loaded.getReadOnlyProperty(); }
    public LoadedModel getLoaded() { return loaded.get(); }
    /** The file the model came from; null for the built-in model. */
    public ReadOnlyObjectProperty<Path> modelFileProperty() { return modelFile.getReadOnlyProperty(); }
    public Path getModelFile() { return modelFile.get(); }
    public ObservableList<Problem> warnings() { return warnings; }
    public StringProperty selectedEventIdProperty() { return selectedEventId; }
    public String getSelectedEventId() { return selectedEventId.get(); }
    public StringProperty selectedQuoteIdProperty() { return selectedQuoteId; }
    public String getSelectedQuoteId() { return selectedQuoteId.get(); }
    public StringProperty openSourceIdProperty() { return openSourceId; }
    public String getOpenSourceId() { return openSourceId.get(); }
    public StringProperty searchTextProperty() { return searchText; }
    /** Actor ids; empty means every speaker. */
    public ObservableList<String> speakerFilter() { return speakerFilter; }
    /** Event kinds; empty means every kind. */
    public ObservableList<EventKind> kindFilter() { return kindFilter; }
    /** Events on the timeline after the kind and speaker filters, in model (time) order. */
    public ObservableList<Event> visibleEvents() { return visibleEvents; }
    /**
     * What the search matches: events by title, summary or one of their quotes, and quotes; the
     * timeline accents the events. {@link SearchIndex.Hits#NONE} when nothing is searched.
     */
    public ReadOnlyObjectProperty<SearchIndex.Hits> hitsProperty() { return hits.getReadOnlyProperty(); }
    public SearchIndex.Hits hits() { return hits.get(); }
    /**
     * Quotes of the Quotes panel: while searching, the matching quotes; otherwise the selected
     * event's quotes (all quotes when nothing is selected); always after the speaker filter, in model
     * order, and at most the first {@link #QUOTE_LIST_LIMIT} of them. The list is set again whenever
     * {@link #quoteTotalProperty()} changes, so a listener of the list can read both.
     */
    public ObservableList<Quote> visibleQuotes() { return visibleQuotes; }
    /** How many quotes {@link #visibleQuotes()} stands for, counting those past the limit. */
    public ReadOnlyIntegerProperty quoteTotalProperty() { return quoteTotal.getReadOnlyProperty(); }
    public int getQuoteTotal() { return quoteTotal.get(); }
    public ObjectProperty<Locale> localeProperty() { return locale; }
    public Locale getLocale() { return locale.get(); }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public BooleanProperty busyProperty() { return busy; }
    /** How far the model being opened has got, 0 to 1; -1 while that is not known yet. */
    public DoubleProperty loadProgressProperty() { return loadProgress; }
    public ObservableList<Path> recentFiles() { return recentFiles; }
    /** Ids of the side panels the user closed. */
    public ObservableList<String> hiddenPanels() { return hiddenPanels; }

    // ---- model --------------------------------------------------------------------------------------

    /**
     * Shows a model. The selection, the search and the filters are kept where their ids still exist in
     * it, so reloading a file never loses the user's place.
     */
    public void setModel(LoadedModel m, Path file, List<Problem> problems) {
        setModel(m, m == null ? null : new SearchIndex(m.model()), file, problems);
    }

    /** As {@link #setModel(LoadedModel, Path, List)}, with the model's search index built already (off the FX thread). */
    public void setModel(LoadedModel m, SearchIndex searchIndex, Path file, List<Problem> problems) {
        String keepEvent = selectedEventId.get();
        String keepQuote = selectedQuoteId.get();
        String keepSource = openSourceId.get();
        index = searchIndex;
        search();
        // The file first: the window's title, listening to the model, names the file it came from.
        modelFile.set(file);
        loaded.set(m);
        warnings.setAll(problems == null ? List.of() : problems);
        if (m != null) speakerFilter.removeIf(id -> !id.equals(UNNAMED_SPEAKER) && m.model().actor(id).isEmpty());
        selectedQuoteId.set(null);
        selectedEventId.set(null);
        openSourceId.set(null);
        if (m != null) {
            TimelineModel tm = m.model();
            if (keepEvent != null && tm.event(keepEvent).isPresent()) selectedEventId.set(keepEvent);
            if (keepQuote != null && tm.quote(keepQuote).isPresent()) selectedQuoteId.set(keepQuote);
            if (keepSource != null && tm.source(keepSource).isPresent() && selectedQuoteId.get() == null)
                openSourceId.set(keepSource);
        }
        refresh();
    }

    public TimelineModel model() {
        LoadedModel m = loaded.get();
        return m == null ? null : m.model();
    }

    public ArticleText article(String sourceId) {
        LoadedModel m = loaded.get();
        return m == null || sourceId == null ? null : m.article(sourceId);
    }

    // ---- selection ------------------------------------------------------------------------------------

    /** Selects an event or a quote by id; false when the model has neither. */
    public boolean select(String id) {
        TimelineModel m = model();
        if (m == null || id == null) return false;
        if (m.event(id).isPresent()) {
            selectedEventId.set(id);
            return true;
        }
        if (m.quote(id).isPresent()) {
            selectedQuoteId.set(id);
            return true;
        }
        return false;
    }

    /**
     * Opens an event as Enter or a double-click on the timeline does: the event is selected and its
     * first visible quote shown, in the cards and in its article.
     */
    public void openEvent(String eventId) {
        TimelineModel m = model();
        if (m == null || m.event(eventId).isEmpty()) return;
        selectedEventId.set(eventId);
        m.quotesOf(eventId).stream().filter(this::listsQuote).findFirst()
                .or(() -> m.quotesOf(eventId).stream().findFirst())
                .ifPresent(q -> selectedQuoteId.set(q.id()));
    }

    /** Every id {@link #select} accepts, events first. */
    public List<String> selectableIds() {
        TimelineModel m = model();
        List<String> ids = new ArrayList<>();
        if (m == null) return ids;
        m.events().forEach(e -> ids.add(e.id()));
        m.quotes().forEach(q -> ids.add(q.id()));
        return ids;
    }

    /** Moves the selection along the visible events (+1 next, -1 previous); selects the first when none is. */
    public void selectAdjacentEvent(int step) {
        if (visibleEvents.isEmpty()) return;
        int i = -1;
        for (int k = 0; k < visibleEvents.size(); k++) if (visibleEvents.get(k).id().equals(selectedEventId.get())) i = k;
        int next = i < 0 ? (step > 0 ? 0 : visibleEvents.size() - 1) : Math.max(0, Math.min(visibleEvents.size() - 1, i + step));
        selectedEventId.set(visibleEvents.get(next).id());
    }

    public Event selectedEvent() {
        TimelineModel m = model();
        return m == null ? null : m.event(selectedEventId.get()).orElse(null);
    }

    public Quote selectedQuote() {
        TimelineModel m = model();
        return m == null ? null : m.quote(selectedQuoteId.get()).orElse(null);
    }

    /** Opens an article in the Source panel without changing the quote selection unless it lives elsewhere. */
    public void openSource(String sourceId) {
        Quote q = selectedQuote();
        if (q != null && !q.sourceId().equals(sourceId)) selectedQuoteId.set(null);
        openSourceId.set(sourceId);
    }

    private void onEventSelected(String id) {
        Quote q = selectedQuote();
        if (q != null && !q.eventId().equals(id)) selectedQuoteId.set(null);
        Event e = selectedEvent();
        if (selectedQuote() == null) openSourceId.set(e == null ? null : defaultSource(e));
        refreshQuotes();
    }

    /** The article an event opens on: the one holding its first quote, else its first listed source. */
    private String defaultSource(Event e) {
        List<Quote> qs = model().quotesOf(e.id());
        if (!qs.isEmpty()) return qs.get(0).sourceId();
        return e.sourceIds().isEmpty() ? null : e.sourceIds().get(0);
    }

    private void onQuoteSelected(String id) {
        TimelineModel m = model();
        if (m == null || id == null) return;
        m.quote(id).ifPresent(q -> {
            if (!q.eventId().equals(selectedEventId.get())) selectedEventId.set(q.eventId());
            openSourceId.set(q.sourceId());
        });
    }

    // ---- search and filters ---------------------------------------------------------------------------

    public boolean isSearching() { return searching; }

    private void search() {
        String text = searchText.get();
        searching = !SearchIndex.terms(text).isEmpty();
        hits.set(index == null ? SearchIndex.Hits.NONE : index.search(text));
    }

    private void refresh() {
        refreshEvents();
        refreshQuotes();
    }

    private void refreshEvents() {
        TimelineModel m = model();
        // Without a filter the model's own (immutable) list is shown: a million events, no copy.
        List<Event> events = m == null ? List.of() : kindFilter.isEmpty() && speakerFilter.isEmpty() ? m.events()
                : m.events().stream().filter(this::passesFilters).toList();
        visibleEvents.replace(events);
    }

    /**
     * Lists the first quotes the panel shows and counts them all. Without a speaker filter the count
     * is known and the walk stops at the limit; a search walks only its own hits.
     */
    private void refreshQuotes() {
        TimelineModel m = model();
        List<Quote> shown = new ArrayList<>();
        int total = 0;
        boolean everySpeaker = speakerFilter.isEmpty();
        if (m != null && searching) {
            SearchIndex.Hits h = hits.get();
            for (int i = h.nextQuote(0); i >= 0 && !(everySpeaker && shown.size() == QUOTE_LIST_LIMIT); i = h.nextQuote(i + 1))
                total += list(m.quotes().get(i), shown);
            if (everySpeaker) total = h.quoteCount();
        } else if (m != null) {
            List<Quote> from = selectedEventId.get() != null ? m.quotesOf(selectedEventId.get()) : m.quotes();
            for (int i = 0; i < from.size() && !(everySpeaker && shown.size() == QUOTE_LIST_LIMIT); i++)
                total += list(from.get(i), shown);
            if (everySpeaker) total = from.size();
        }
        if (total != quoteTotal.get() || !shown.equals(visibleQuotes)) {
            quoteTotal.set(total);
            visibleQuotes.setAll(shown);
        }
    }

    /** Adds a quote that passes the speaker filter to the list while there is room; 1 when it passes. */
    private int list(Quote q, List<Quote> shown) {
        if (!passesSpeakerFilter(q)) return 0;
        if (shown.size() < QUOTE_LIST_LIMIT) shown.add(q);
        return 1;
    }

    /** Whether the Quotes panel would list this quote, were there no limit. */
    private boolean listsQuote(Quote q) {
        if (!passesSpeakerFilter(q)) return false;
        if (searching) return hits.get().containsQuote(q.id());
        return selectedEventId.get() == null || selectedEventId.get().equals(q.eventId());
    }

    private boolean passesSpeakerFilter(Quote q) {
        return speakerFilter.isEmpty() || speakerFilter.contains(speakerOrUnnamed(q));
    }

    /**
     * The speaker filter's entry for the quotes whose article does not say who spoke (« un responsable
     * américain »): not an actor, so that nobody is credited with them, but a speaker one can filter by.
     * Its id cannot be an actor's (ids are lowercase letters, digits and hyphens).
     */
    public static final String UNNAMED_SPEAKER = "(unnamed)";

    private static String speakerOrUnnamed(Quote q) { return q.speakerId() == null ? UNNAMED_SPEAKER : q.speakerId(); }

    private boolean passesFilters(Event e) {
        if (!kindFilter.isEmpty() && !kindFilter.contains(e.kind())) return false;
        if (speakerFilter.isEmpty()) return true;
        for (String p : e.participants()) if (speakerFilter.contains(p)) return true;
        TimelineModel m = model();
        return m.quotesOf(e.id()).stream().anyMatch(q -> speakerFilter.contains(speakerOrUnnamed(q)));
    }

    /**
     * Speakers one can filter by: actors who speak in some quote or take part in some event, in model
     * order, then the {@linkplain #UNNAMED_SPEAKER unnamed speakers} when some quote has no named speaker.
     */
    public List<Actor> speakers() {
        TimelineModel m = model();
        if (m == null) return List.of();
        // Stops as soon as every actor is known to speak or take part: a large model has millions of quotes and a few dozen actors.
        Set<String> actors = new HashSet<>();
        for (Actor a : m.actors()) actors.add(a.id());
        Set<String> used = new HashSet<>();
        boolean unnamed = false;
        for (Quote q : m.quotes()) {
            if (used.size() == actors.size() && unnamed) break;
            if (q.speakerId() == null) unnamed = true;
            else if (actors.contains(q.speakerId())) used.add(q.speakerId());
        }
        for (Event e : m.events()) {
            if (used.size() == actors.size()) break;
            for (String p : e.participants()) if (actors.contains(p)) used.add(p);
        }
        List<Actor> out = new ArrayList<>(m.actors().stream().filter(a -> used.contains(a.id())).toList());
        if (unnamed) out.add(new Actor(UNNAMED_SPEAKER, UNNAMED_SPEAKER, "", ""));
        return out;
    }

    // ---- evidence ---------------------------------------------------------------------------------------

    /** An event backed by a single article: the UI says so everywhere it shows it. */
    public static boolean isSingleSource(Event e) { return e.sourceIds().size() <= 1; }

    /** An event with a single source or an ambiguous quote is weak evidence. */
    public static boolean isWeakEvidence(Event e, TimelineModel m) {
        if (isSingleSource(e)) return true;
        for (Quote q : m.quotesOf(e.id())) if (q.attribution() == Attribution.AMBIGUOUS) return true;
        return false;
    }

    /** Quotes of an event that no account of it references. */
    public static List<Quote> quotesOutsideAccounts(Event e, TimelineModel m) {
        Set<String> inAccounts = new LinkedHashSet<>();
        for (Account a : e.accounts()) inAccounts.addAll(a.quoteIds());
        return m.quotesOf(e.id()).stream().filter(q -> !inAccounts.contains(q.id())).toList();
    }

    // ---- recent files ----------------------------------------------------------------------------------

    /** Puts a file first in the recent list, at most {@link UiSettings#MAX_RECENT} kept. */
    public void addRecent(Path file) {
        Path p = file.toAbsolutePath().normalize();
        recentFiles.remove(p);
        recentFiles.add(0, p);
        while (recentFiles.size() > UiSettings.MAX_RECENT) recentFiles.remove(recentFiles.size() - 1);
    }

    // ---- text -------------------------------------------------------------------------------------------

    public ResourceBundle bundle() { return bundle(locale.get()); }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.sourcedtimeline.ui.window.MainView", locale);
    }

    /** The citation of a quote for the clipboard, in the UI language. */
    /**
     * The command that opens the window on this event or quote again, as an export names it:
     * {@code timeline --select ID}, with the model file first when one is open (quoted for a shell).
     */
    public String link(String id) {
        Path f = getModelFile();
        return "timeline " + (f == null ? "" : shellQuoted(f.toString()) + " ") + "--select " + shellQuoted(id);
    }

    /** {@code s} as one word for a POSIX shell: as it is when it is plain, else in single quotes. */
    static String shellQuoted(String s) {
        if (s.matches("[\\w@%+=:,./-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** An event's citation: its title, dates and place, its articles (outlet, title, date), its id. */
    public String eventCitation(String eventId) {
        TimelineModel m = model();
        if (m == null) return null;
        org.sourcedtimeline.model.Event e = m.event(eventId).orElse(null);
        if (e == null) return null;
        String lang = locale.get().getLanguage();
        StringBuilder b = new StringBuilder(e.title(lang)).append(" \u2014 ")
                .append(org.sourcedtimeline.model.text.Formats.range(e.start(), e.end(), locale.get()));
        if (e.place() != null && e.placeName(lang) != null) b.append(", ").append(e.placeName(lang));
        List<String> sources = new java.util.ArrayList<>();
        for (String sid : e.sourceIds()) {
            m.source(sid).ifPresent(s -> sources.add(Citations.article(s, locale.get())));
        }
        if (!sources.isEmpty()) b.append(". ").append(String.join("; ", sources));
        return b.append(". [").append(e.id()).append(']').toString();
    }

    public String citation(String quoteId) {
        TimelineModel m = model();
        if (m == null) return null;
        Quote q = m.quote(quoteId).orElse(null);
        if (q == null) return null;
        ResourceBundle b = bundle();
        return Citations.cite(q, m, locale.get(), text(b, "citation.characters"), text(b, "quote.unnamedSpeaker"));
    }

    static String text(ResourceBundle b, String key) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
