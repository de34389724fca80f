package org.sourcedtimeline.io.build;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcedtimeline.io.ArticleDecoder;
import org.sourcedtimeline.io.DirectorySourceFolder;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.Problem;
import org.sourcedtimeline.io.TranslationsReader;
import org.sourcedtimeline.io.SourceFolder;
import org.sourcedtimeline.io.json.JsonNode;
import org.sourcedtimeline.io.json.JsonSyntaxProblem;
import org.sourcedtimeline.io.json.LocatedJsonReader;
import org.sourcedtimeline.io.json.LocationResolver;
import org.sourcedtimeline.io.json.NodeReader;
import org.sourcedtimeline.model.Account;
import org.sourcedtimeline.model.Actor;
import org.sourcedtimeline.model.ArticleText;
import org.sourcedtimeline.model.Attribution;
import org.sourcedtimeline.model.Boilerplate;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.EventKind;
import org.sourcedtimeline.model.PartialDate;
import org.sourcedtimeline.model.Place;
import org.sourcedtimeline.model.Precision;
import org.sourcedtimeline.model.Published;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.SaidAt;
import org.sourcedtimeline.model.Selector;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.SourceNote;
import org.sourcedtimeline.model.SourceSpan;
import org.sourcedtimeline.model.TextRange;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.Translations;
import org.sourcedtimeline.model.WireName;

/**
 * Builds the model from the articles and the human-written curation file: finds every passage in
 * its article, computes offsets, context and hashes, and checks every reference. Any problem is
 * reported at its line and column in the curation file, and no model is produced.
 */
public final class ModelBuilder {
    public static final String CURATION_FILE = "curation.json";

    /** The model, or null with the problems that prevented it. */
    public record Result(TimelineModel model, List<Problem> problems) {
        public boolean ok() { return model != null; }
    }

    private final NodeReader in;
    private final SourceFolder folder;
    private final Map<String, ArticleText> texts = new HashMap<>();
    private final Map<String, String> files = new HashMap<>();
    // Declared ids, known even when their article or passage failed, so one mistake is reported once.
    private final Set<String> declaredSources = new java.util.HashSet<>();
    private final Set<String> declaredQuotes = new java.util.HashSet<>();
    // Passages inside quotation marks that the curator judged not to be quotations, per source.
    private final Map<String, List<TextRange>> notQuotes = new HashMap<>();
    private final Map<String, JsonNode.Obj> sourceNodes = new HashMap<>();
    /** Sources whose quoted passages are still being reviewed (docs/import.md): one undecided is a warning there, not an error. */
    private final Set<String> underReview = new java.util.HashSet<>();
    /** The value of a source's {@code review} while an imported article is reviewed. */
    public static final String REVIEW_IN_PROGRESS = "in-progress";

    private ModelBuilder(NodeReader in, SourceFolder folder) {
        this.in = in;
        this.folder = folder;
    }

    /** Builds from {@code seedsDir/curation.json} and the articles beside it. */
    public static Result build(Path seedsDir) {
        Path curation = seedsDir.resolve(CURATION_FILE);
        String name = curation.toString();
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(curation))).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(name, Location.NONE, "the curation file is not valid UTF-8"));
            return new Result(null, problems);
        } catch (IOException e) {
            problems.add(Problem.error(name, Location.NONE, "cannot read the curation file: " + e));
            return new Result(null, problems);
        }
        return build(name, text, new DirectorySourceFolder(seedsDir), problems);
    }

    public static Result build(String name, String curationText, SourceFolder folder, List<Problem> problems) {
        JsonNode root;
        try {
            root = LocatedJsonReader.parse(curationText);
        } catch (JsonSyntaxProblem p) {
            problems.add(Problem.error(name, p.location(), "not valid JSON: " + p.getMessage()));
            return new Result(null, problems);
        }
        TimelineModel m = new ModelBuilder(new NodeReader(name, problems), folder).root(root);
        boolean failed = m == null || problems.stream().anyMatch(Problem::isError);
        List<Problem> located = LocationResolver.resolve(() -> new java.io.StringReader(curationText), problems);
        problems.clear();
        problems.addAll(located);
        return new Result(failed ? null : m, problems);
    }

    private TimelineModel root(JsonNode node) {
        JsonNode.Obj o = in.object(node, "the curation file");
        if (o == null) return null;
        in.unknownKeys(o, Set.of("title", "actors", "sources", "events", "quotes", "$comment"));
        String title = in.string(o, "title", true);
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (JsonNode n : in.array(o, "actors", true)) actor(n, actors);
        List<Source> sources = new ArrayList<>();
        for (JsonNode n : in.array(o, "sources", true)) {
            Source s = source(n);
            if (s != null) sources.add(s);
        }
        Map<String, Event> events = new LinkedHashMap<>();
        Map<Event, JsonNode.Obj> eventNodes = new HashMap<>();
        for (JsonNode n : in.array(o, "events", true)) {
            JsonNode.Obj e = in.object(n, "each event");
            if (e == null) continue;
            Event ev = event(e, actors.keySet());
            if (ev == null) continue;
            if (events.containsKey(ev.id())) in.error(in.at(e, "id"), "duplicate event id \"" + ev.id() + "\"");
            else {
                events.put(ev.id(), ev);
                eventNodes.put(ev, e);
            }
        }
        Map<String, Quote> quotes = new LinkedHashMap<>();
        Map<String, Location> quoteSpans = new HashMap<>();
        for (JsonNode n : in.array(o, "quotes", true)) {
            JsonNode.Obj q = in.object(n, "each quote");
            if (q == null) continue;
            Quote quote = quote(q, actors.keySet(), events);
            if (quote == null) continue;
            if (quotes.containsKey(quote.id())) {
                in.error(in.at(q, "id"), "duplicate quote id \"" + quote.id() + "\"");
                continue;
            }
            String spanKey = quote.sourceId() + "@" + quote.selector().start() + "-" + quote.selector().end();
            Location dup = quoteSpans.putIfAbsent(spanKey, q.at());
            if (dup != null)
                in.error(q.at(), "quote \"" + quote.id() + "\" covers the same characters as the quote at " + dup.path());
            quotes.put(quote.id(), quote);
        }
        for (Map.Entry<Event, JsonNode.Obj> e : eventNodes.entrySet())
            for (Account a : e.getKey().accounts())
                for (String qid : a.quoteIds())
                    if (!declaredQuotes.contains(qid))
                        in.error(in.at(e.getValue(), "accounts"), "an account of \"" + e.getKey().id() + "\" names quote \"" + qid
                                + "\", which the curation does not define");
        // Only on an otherwise clean build: a quote that failed to anchor would be reported twice.
        if (in.problems().stream().noneMatch(Problem::isError)) checkEveryQuotationIsCurated(sources, quotes.values());
        if (title == null) return null;
        return new TimelineModel(TimelineModel.SCHEMA_VERSION, title, sources, List.copyOf(actors.values()),
                sortedEvents(events.values()), sortedQuotes(quotes.values(), events, sources));
    }

    /**
     * Every passage that opens with a quotation mark must be a curated quote or be listed, with a
     * reason, among the source's {@code notQuotes}: a quotation can never be silently left out.
     */
    private void checkEveryQuotationIsCurated(List<Source> sources, java.util.Collection<Quote> quotes) {
        for (Source s : sources) {
            ArticleText t = texts.get(s.id());
            List<TextRange> covered = new ArrayList<>(notQuotes.getOrDefault(s.id(), List.of()));
            for (Quote q : quotes) if (q.sourceId().equals(s.id())) covered.add(q.selector().range());
            for (Boilerplate b : s.boilerplate()) covered.add(b.range());
            int undecided = 0;
            for (int at : org.sourcedtimeline.model.QuotationMarks.quotedWordStarts(t)) {
                if (covered.stream().anyMatch(r -> r.contains(at))) continue;
                if (underReview.contains(s.id())) {
                    undecided++;
                    continue;
                }
                int[] lc = t.lineColumn(at);
                String words = t.after(at, 40).replace('\n', ' ');
                in.error(sourceNodes.get(s.id()).at(), s.file() + ":" + lc[0] + ":" + lc[1] + ": the quoted words \"" + words
                        + "…\" are neither a curated quote nor listed in \"notQuotes\" of source \"" + s.id() + "\"");
            }
            if (underReview.contains(s.id()))
                in.warning(in.at(sourceNodes.get(s.id()), "review"), s.file() + " is under review: " + (undecided == 0
                        ? "every quoted passage is decided; remove \"review\" to close it"
                        : undecided + " quoted passage" + (undecided == 1 ? "" : "s") + " not decided yet"));
        }
    }

    private static List<Event> sortedEvents(java.util.Collection<Event> events) {
        return events.stream().sorted(Comparator.comparing(Event::start).thenComparing(Event::id)).toList();
    }

    /** Quotes in reading order: by event in time, then article, then position in the article. */
    private static List<Quote> sortedQuotes(java.util.Collection<Quote> quotes, Map<String, Event> events, List<Source> sources) {
        List<String> eventOrder = sortedEvents(events.values()).stream().map(Event::id).toList();
        List<String> sourceOrder = sources.stream().map(Source::id).toList();
        return quotes.stream().sorted(Comparator
                .comparingInt((Quote q) -> eventOrder.indexOf(q.eventId()))
                .thenComparingInt(q -> sourceOrder.indexOf(q.sourceId()))
                .thenComparingInt(q -> q.selector().start())
                .thenComparing(Quote::id)).toList();
    }

    private void actor(JsonNode n, Map<String, Actor> actors) {
        JsonNode.Obj o = in.object(n, "each actor");
        if (o == null) return;
        in.unknownKeys(o, Set.of("id", "name", "role", "affiliation", "translations"));
        String id = in.string(o, "id", true);
        String name = in.string(o, "name", true);
        String role = in.string(o, "role", true);
        String aff = in.string(o, "affiliation", true);
        if (id == null || name == null || role == null || aff == null) return;
        if (actors.putIfAbsent(id, new Actor(id, name, role, aff, TranslationsReader.read(in, o, Translations.ACTOR_FIELDS))) != null)
            in.error(in.at(o, "id"), "duplicate actor id \"" + id + "\"");
    }

    private Source source(JsonNode n) {
        JsonNode.Obj o = in.object(n, "each source");
        if (o == null) return null;
        in.unknownKeys(o, Set.of("id", "file", "title", "outlet", "outletNote", "language", "published", "boilerplate", "notes", "notQuotes",
                "translations", "review"));
        String id = in.string(o, "id", true);
        String file = in.string(o, "file", true);
        String title = in.string(o, "title", true);
        String outlet = in.string(o, "outlet", false);
        String outletNote = in.string(o, "outletNote", false);
        String language = in.string(o, "language", true);
        if (id == null || file == null || title == null || language == null) return null;
        if (!declaredSources.add(id)) {
            in.error(in.at(o, "id"), "duplicate source id \"" + id + "\"");
            return null;
        }
        byte[] bytes;
        ArticleText t;
        try {
            bytes = folder.read(file);
            t = ArticleDecoder.decode(bytes);
        } catch (SourceFolder.SourceAccessException e) {
            in.error(in.at(o, "file"), e.getMessage());
            return null;
        } catch (CharacterCodingException e) {
            in.error(in.at(o, "file"), "\"" + file + "\" is not valid UTF-8");
            return null;
        }
        texts.put(id, t);
        files.put(id, file);
        Published published = null;
        JsonNode.Obj p = in.object(o, "published", false);
        if (p != null) {
            in.unknownKeys(p, Set.of("date", "inferredFrom"));
            PartialDate d = date(p, "date", true);
            String how = in.string(p, "inferredFrom", true);
            if (d != null && how != null) published = new Published(d, how);
        }
        List<Boilerplate> boiler = new ArrayList<>();
        for (JsonNode bn : in.array(o, "boilerplate", false)) {
            JsonNode.Obj b = in.object(bn, "each boilerplate entry");
            if (b == null) continue;
            in.unknownKeys(b, Set.of("kind", "exact", "from", "to", "occurrence"));
            String kind = in.string(b, "kind", true);
            TextRange r = anchor(b, id);
            if (kind != null && r != null) boiler.add(new Boilerplate(r, kind));
        }
        boiler.sort(Comparator.comparingInt(b -> b.range().start()));
        // The notes in the article's order; each remembers its place in the curator's list, where its
        // translations are.
        List<JsonNode> noteNodes = in.array(o, "notes", false);
        List<Map.Entry<SourceNote, Integer>> placed = new ArrayList<>();
        for (int k = 0; k < noteNodes.size(); k++) {
            JsonNode.Obj b = in.object(noteNodes.get(k), "each source note");
            if (b == null) continue;
            in.unknownKeys(b, Set.of("note", "exact", "from", "to", "occurrence"));
            String note = in.string(b, "note", true);
            TextRange r = anchor(b, id);
            if (note != null && r != null) placed.add(Map.entry(new SourceNote(r, t.slice(r.start(), r.end()), note), k));
        }
        placed.sort(Comparator.comparingInt(e -> e.getKey().range().start()));
        List<SourceNote> notes = placed.stream().map(Map.Entry::getKey).toList();
        Translations tr = TranslationsReader.read(in, o, Translations.SOURCE_FIELDS, Map.of("notes", noteNodes.size()))
                .withList("notes", placed.stream().mapToInt(Map.Entry::getValue).toArray());
        List<TextRange> excluded = new ArrayList<>();
        for (JsonNode nn : in.array(o, "notQuotes", false)) {
            JsonNode.Obj b = in.object(nn, "each notQuotes entry");
            if (b == null) continue;
            in.unknownKeys(b, Set.of("reason", "exact", "from", "to", "occurrence"));
            in.string(b, "reason", true);
            TextRange r = anchor(b, id);
            if (r != null) excluded.add(r);
        }
        notQuotes.put(id, excluded);
        sourceNodes.put(id, o);
        String review = in.string(o, "review", false);
        if (review != null) {
            if (review.equals(REVIEW_IN_PROGRESS)) underReview.add(id);
            else in.error(in.at(o, "review"), "\"review\" is \"" + REVIEW_IN_PROGRESS + "\" while an imported article is reviewed, or absent");
        }
        return new Source(id, file, ArticleDecoder.sha256(bytes), title, outlet, outletNote, language, published, boiler, notes, tr);
    }

    private Event event(JsonNode.Obj o, Set<String> actors) {
        in.unknownKeys(o, Set.of("id", "title", "start", "end", "precision", "place", "kind", "participants", "summary",
                "duration", "sourceIds", "accounts", "translations"));
        String id = in.string(o, "id", true);
        String title = in.string(o, "title", true);
        PartialDate start = date(o, "start", true);
        PartialDate end = date(o, "end", false);
        String precision = in.string(o, "precision", true);
        Precision p = precision == null ? null : Precision.fromJson(precision);
        if (precision != null && p == null)
            in.error(in.at(o, "precision"), "\"precision\" is \"" + precision + "\"; expected " + WireName.list(Precision.values()));
        if (p != null && start != null && start.precision() != p)
            in.error(in.at(o, "start"), "\"start\" " + start + " is " + start.precision().json() + "-precise but \"precision\" says " + p.json());
        if (start != null && end != null && end.compareTo(start) < 0)
            in.error(in.at(o, "end"), "\"end\" " + end + " is before \"start\" " + start);
        Place place = null;
        JsonNode.Obj pl = in.object(o, "place", false);
        if (pl != null) {
            in.unknownKeys(pl, Set.of("name", "country", "lat", "lon"));
            String pname = in.string(pl, "name", true);
            place = pname == null ? null : new Place(pname, in.string(pl, "country", false),
                    in.number(pl, "lat", false, -90, 90), in.number(pl, "lon", false, -180, 180));
        }
        String kindName = in.string(o, "kind", true);
        EventKind kind = kindName == null ? null : EventKind.fromJson(kindName);
        if (kindName != null && kind == null)
            in.error(in.at(o, "kind"), "\"kind\" is \"" + kindName + "\"; expected " + WireName.list(EventKind.values()));
        List<String> participants = in.strings(o, "participants", true);
        for (String a : participants)
            if (!actors.contains(a)) in.error(in.at(o, "participants"), "participant \"" + a + "\" is not among the actors");
        String summary = in.string(o, "summary", true);
        String duration = in.string(o, "duration", false);
        List<String> sourceIds = in.strings(o, "sourceIds", true);
        for (String s : sourceIds)
            if (!declaredSources.contains(s)) in.error(in.at(o, "sourceIds"), "source \"" + s + "\" is not among the sources");
        List<Account> accounts = new ArrayList<>();
        for (JsonNode an : in.array(o, "accounts", false)) {
            JsonNode.Obj a = in.object(an, "each account");
            if (a == null) continue;
            in.unknownKeys(a, Set.of("side", "teller", "summary", "quoteIds", "spans", "translations"));
            String side = in.string(a, "side", true);
            String teller = in.string(a, "teller", false);
            if (teller != null && !actors.contains(teller))
                in.error(in.at(a, "teller"), "teller \"" + teller + "\" is not among the actors");
            String asum = in.string(a, "summary", true);
            List<String> quoteIds = in.strings(a, "quoteIds", false);
            List<SourceSpan> spans = new ArrayList<>();
            for (JsonNode sn : in.array(a, "spans", false)) {
                JsonNode.Obj s = in.object(sn, "each span");
                if (s == null) continue;
                in.unknownKeys(s, Set.of("source", "exact", "from", "to", "occurrence"));
                String src = in.string(s, "source", true);
                if (src == null) continue;
                TextRange r = anchor(s, src);
                if (r != null) spans.add(new SourceSpan(src, r, texts.get(src).slice(r.start(), r.end())));
            }
            Translations atr = TranslationsReader.read(in, a, Translations.ACCOUNT_FIELDS);
            if (side != null && asum != null) accounts.add(new Account(side, teller, asum, quoteIds, spans, atr));
        }
        if (id == null || title == null || start == null || kind == null || summary == null) return null;
        return new Event(id, title, start, end, place, kind, participants, summary, duration, sourceIds, accounts,
                TranslationsReader.read(in, o, Translations.EVENT_FIELDS));
    }

    private Quote quote(JsonNode.Obj o, Set<String> actors, Map<String, Event> events) {
        in.unknownKeys(o, Set.of("id", "source", "exact", "from", "to", "occurrence", "event", "speaker", "speakerLabel",
                "attribution", "saidAt", "notes", "translations"));
        String id = in.string(o, "id", true);
        if (id != null) declaredQuotes.add(id);
        String source = in.string(o, "source", true);
        String event = in.string(o, "event", true);
        String speaker = in.string(o, "speaker", false);
        if (!o.fields().containsKey("speaker"))
            in.error(in.at(o, "speaker"), "missing \"speaker\" (write null when the article does not say who)");
        String label = in.string(o, "speakerLabel", false);
        String attrName = in.string(o, "attribution", true);
        Attribution attribution = attrName == null ? null : Attribution.fromJson(attrName);
        if (attrName != null && attribution == null)
            in.error(in.at(o, "attribution"), "\"attribution\" is \"" + attrName + "\"; expected " + WireName.list(Attribution.values()));
        if (speaker != null && !actors.contains(speaker))
            in.error(in.at(o, "speaker"), "speaker \"" + speaker + "\" is not among the actors");
        if (speaker == null && label == null && o.fields().containsKey("speaker"))
            in.warning(in.at(o, "speaker"), "quote \"" + id + "\" has neither a speaker nor a speakerLabel");
        if (event != null && !events.containsKey(event))
            in.error(in.at(o, "event"), "event \"" + event + "\" is not among the events");
        SaidAt saidAt = null;
        JsonNode.Obj sa = in.object(o, "saidAt", false);
        if (sa != null) {
            in.unknownKeys(sa, Set.of("place", "date", "note"));
            PartialDate d = sa.fields().get("date") instanceof JsonNode.Null ? null : date(sa, "date", false);
            saidAt = new SaidAt(in.string(sa, "place", false), d, in.string(sa, "note", false));
        }
        List<String> notes = in.strings(o, "notes", false);
        Translations tr = TranslationsReader.read(in, o, Translations.QUOTE_FIELDS, Map.of("notes", notes.size()));
        if (source == null) return null;
        if (!declaredSources.contains(source)) {
            in.error(in.at(o, "source"), "source \"" + source + "\" is not among the sources");
            return null;
        }
        TextRange r = anchor(o, source);
        if (id == null || event == null || attribution == null || r == null) return null;
        ArticleText t = texts.get(source);
        String text = t.slice(r.start(), r.end());
        if (!text.equals(text.strip()))
            in.warning(o.at(), "quote \"" + id + "\" starts or ends with white space");
        Selector sel = new Selector(r.start(), r.end(), text, t.before(r.start(), Selector.CONTEXT), t.after(r.end(), Selector.CONTEXT));
        return new Quote(id, event, speaker, label, text, source, sel, attribution, saidAt, notes, tr);
    }

    /** Finds an {@code exact} or {@code from}/{@code to} passage in a source's article; reports where it fails. */
    private TextRange anchor(JsonNode.Obj o, String sourceId) {
        ArticleText t = texts.get(sourceId);
        if (t == null) {
            // An unreadable article was reported where it is declared; say nothing more here.
            if (!declaredSources.contains(sourceId))
                in.error(in.at(o, "source"), "source \"" + sourceId + "\" is not among the sources");
            return null;
        }
        String exact = in.string(o, "exact", false);
        String from = in.string(o, "from", false);
        String to = in.string(o, "to", false);
        Integer occ = in.integer(o, "occurrence", false, 1, 10_000);
        if ((exact == null) == (from == null)) {
            in.error(o.at(), "give either \"exact\" or \"from\" with \"to\"");
            return null;
        }
        if (from != null && to == null) {
            in.error(in.at(o, "to"), "\"from\" needs a \"to\"");
            return null;
        }
        Passage p = new Passage(exact, from, to, occ == null ? 0 : occ);
        Passage.Found f = p.findIn(t, files.get(sourceId));
        if (!f.ok()) {
            in.error(in.at(o, exact != null ? "exact" : "from"), f.problem());
            return null;
        }
        return f.range();
    }

    private PartialDate date(JsonNode.Obj o, String key, boolean required) {
        String s = in.string(o, key, required);
        if (s == null) return null;
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            in.error(in.at(o, key), "\"" + key + "\" is not a valid date: " + e.getMessage());
            return null;
        }
    }
}
