package org.sourcedtimeline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.sourcedtimeline.io.json.ArrayItems;
import org.sourcedtimeline.io.json.JsonPull;
import org.sourcedtimeline.io.json.JsonSyntaxProblem;
import org.sourcedtimeline.io.json.LocatedJsonReader;
import org.sourcedtimeline.io.json.JsonNode;
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
import org.sourcedtimeline.model.Translations;
import org.sourcedtimeline.model.TimelineModel;
import org.sourcedtimeline.model.WireName;

/**
 * Maps a parsed model document (schema version 1) onto the immutable records, reporting every
 * type error, missing field and bad value with its location. Checks that need more than one field
 * (references, offsets against articles) are {@link ModelValidator}'s.
 */
public final class ModelDecoder {
    /** What was decoded, and where (JSON path) each record was written, so later checks can point at it. */
    public record Decoded(TimelineModel model, Locations where, Set<String> brokenIds) {}

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_OFFSET = Integer.MAX_VALUE - 1;
    // The fields each object may have (made once: a model has millions of objects).
    private static final Set<String> ROOT_FIELDS = Set.of("schemaVersion", "title", "sources", "actors", "events", "quotes", "$schema", "generator");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "file", "sha256", "title", "outlet", "outletNote", "language", "published", "boilerplate", "notes", "translations");
    private static final Set<String> BOILERPLATE_FIELDS = Set.of("start", "end", "kind");
    private static final Set<String> NOTE_FIELDS = Set.of("start", "end", "exact", "note");
    private static final Set<String> PUBLISHED_FIELDS = Set.of("date", "precision", "inferredFrom");
    private static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "role", "affiliation", "translations");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "title", "start", "end", "precision", "place", "kind", "participants", "summary",
                "duration", "sourceIds", "accounts", "translations");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("side", "teller", "summary", "quoteIds", "spans", "translations");
    private static final Set<String> SPAN_FIELDS = Set.of("sourceId", "start", "end", "exact");
    private static final Set<String> PLACE_FIELDS = Set.of("name", "country", "lat", "lon");
    private static final Set<String> QUOTE_FIELDS = Set.of("id", "eventId", "speakerId", "speakerLabel", "text", "sourceId", "selector",
                "attribution", "saidAt", "notes", "translations");
    private static final Set<String> SELECTOR_FIELDS = Set.of("start", "end", "exact", "prefix", "suffix");
    private static final Set<String> SAID_AT_FIELDS = Set.of("place", "date", "precision", "note");

    private static final Set<String> COLLECTIONS = Set.of("sources", "actors", "events", "quotes");

    /**
     * Where the decoder may find the articles while it decodes: told the sources as soon as they are
     * decoded, and asked for each quote's article. A quote whose words are exactly its article's is
     * then kept {@linkplain Quote#anchoredIn anchored} there, without a copy of its words and context,
     * which are dropped as soon as decoded rather than held to the end of the load.
     */
    public interface Articles {
        /** Nothing read ahead: every quote keeps its words, and the validator checks them. */
        Articles NONE = of(sources -> { });

        void sourcesDecoded(List<Source> sources);

        /** The article of {@code source} once read, when its bytes still have the model's sha256; else null. */
        ArticleText unchanged(Source source);

        /** Told the sources, never giving an article. */
        static Articles of(Consumer<List<Source>> sourcesDecoded) {
            return new Articles() {
                @Override public void sourcesDecoded(List<Source> sources) { sourcesDecoded.accept(sources); }

                @Override public ArticleText unchanged(Source source) { return null; }
            };
        }
    }

    private final NodeReader in;
    private final Articles articles;
    // Sources by id, for the quotes' articles; an id given to two sources is left out (the validator reports it).
    private final Map<String, Source> sourceById = new java.util.HashMap<>();
    private final boolean readAhead;
    private final Locations where = new Locations();
    private final List<Source> sources = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private int quoteItems;
    // Ids of items that failed to decode: references to them are not reported a second time.
    private final Set<String> brokenIds = new java.util.HashSet<>();
    // Source, actor and event ids as defined, for references to share (see shared).
    private final Map<String, String> ids = new java.util.HashMap<>();
    // The last ids shared, by hash: the quotes of an event come together, and speakers are few.
    private final String[] recent = new String[256];

    private ModelDecoder(NodeReader in, Articles articles, boolean readAhead) {
        this.in = in;
        this.articles = articles;
        this.readAhead = readAhead;
    }

    /**
     * Streams a model document: each item of the four collections is read as a small tree, decoded
     * and dropped, so memory holds the records, never the whole document.
     *
     * @return the model, or null when the document is not a model at all (problems say why)
     * @throws JsonSyntaxProblem when the text is not JSON
     */
    public static Decoded decode(JsonPull r, NodeReader in) throws JsonSyntaxProblem {
        return decode(r, in, Articles.NONE, false);
    }

    /**
     * As {@link #decode(JsonPull, NodeReader)}, telling {@code sourcesDecoded} as soon as the sources
     * are read; with {@code readAhead}, the items of each collection are parsed on a second thread
     * while this one decodes them ({@link ArrayItems#readAhead}), which pays on large models only.
     */
    public static Decoded decode(JsonPull r, NodeReader in, Consumer<List<Source>> sourcesDecoded, boolean readAhead)
            throws JsonSyntaxProblem {
        return decode(r, in, Articles.of(sourcesDecoded), readAhead);
    }

    /** As {@link #decode(JsonPull, NodeReader, Consumer, boolean)}, keeping quotes anchored in the {@code articles} they match. */
    public static Decoded decode(JsonPull r, NodeReader in, Articles articles, boolean readAhead) throws JsonSyntaxProblem {
        try {
            r.expectValue();
            Decoded d = new ModelDecoder(in.readingFrom(r), articles, readAhead).root(r);
            r.expectEnd();
            return d;
        } catch (LoadMonitor.Cancelled c) {
            throw c;
        } catch (IOException | RuntimeException e) {
            throw r.translate(e);
        }
    }

    private Decoded root(JsonPull r) throws IOException, JsonSyntaxProblem {
        if (!r.atObject()) {
            in.object(r.readValue(LocatedJsonReader.ROOT, 0), "a model file");
            return null;
        }
        r.beginObject();
        Map<String, JsonNode> top = new LinkedHashMap<>();
        while (r.hasNext()) {
            String name = r.nextName();
            if (top.containsKey(name)) throw new JsonSyntaxProblem("duplicate key \"" + name + "\"", r.here());
            Location at = Location.path("$." + name);
            if (COLLECTIONS.contains(name) && r.atArray()) {
                r.beginArray();
                try (ArrayItems items = readAhead ? ArrayItems.readAhead(r, at) : ArrayItems.inline(r, at)) {
                    int i = 0;
                    for (JsonNode item = items.next(); item != null; item = items.next(), i++) {
                        if (item instanceof JsonNode.Obj obj) collect(name, obj, i);
                        else in.error(at.item(i), "each item of \"" + name + "\" must be an object, found " + item.kind());
                    }
                }
                if (name.equals("sources")) sourcesDecoded();
                top.put(name, new JsonNode.Arr(List.of(), at));
            } else {
                top.put(name, r.readValue(at, 1));
            }
        }
        r.endObject();
        JsonNode.Obj o = new JsonNode.Obj(top, LocatedJsonReader.ROOT);
        if (!top.containsKey("schemaVersion") && quoteItems > 0 && quotes.isEmpty()) {
            // No version and not one quote with its selector: the curation file, given where a model was
            // expected. One problem says so; hundreds about missing offsets would bury it.
            in.problems().clear();
            in.error(LocatedJsonReader.ROOT, "this is not a model: it has no \"schemaVersion\" and none of its "
                    + quoteItems + " quotes has a \"selector\". A curation file? Build the model from it with "
                    + "'timeline build --seeds FOLDER --out model.json', then open or validate model.json");
            return null;
        }
        in.unknownKeys(o, ROOT_FIELDS);
        Integer version = in.integer(o, "schemaVersion", true, 0, Integer.MAX_VALUE);
        if (version != null && version != TimelineModel.SCHEMA_VERSION) {
            in.error(in.at(o, "schemaVersion"), "schemaVersion " + version + " is not supported; this version of the app reads "
                    + TimelineModel.SCHEMA_VERSION + " (a newer app may read it)");
            return null;
        }
        String title = in.string(o, "title", false);
        for (String c : COLLECTIONS) in.array(o, c, true);
        return new Decoded(new TimelineModel(version == null ? TimelineModel.SCHEMA_VERSION : version,
                title, sources, actors, events, quotes), where, brokenIds);
    }

    /** An id being defined: later references to it will share this string. */
    private String defined(String id) {
        if (id == null) return null;
        String first = ids.putIfAbsent(id, id);
        return first == null ? id : first;
    }

    /**
     * A reference, as the string of the id it names when that is defined already: five million quotes
     * would otherwise hold fifteen million copies of a few hundred thousand ids.
     */
    private String shared(String ref) {
        if (ref == null) return null;
        int slot = ref.hashCode() & (recent.length - 1);
        String r = recent[slot];
        if (r != null && r.equals(ref)) return r;
        String known = ids.get(ref);
        if (known == null) return ref;
        recent[slot] = known;
        return known;
    }

    private List<String> shared(List<String> refs) {
        List<String> out = new ArrayList<>(refs.size());
        for (String r : refs) out.add(shared(r));
        return out;
    }

    /** Decodes item {@code i} of a collection. */
    private void collect(String collection, JsonNode.Obj obj, int i) {
        Object record = switch (collection) {
            case "sources" -> add(sources, source(obj));
            case "actors" -> add(actors, actor(obj));
            case "events" -> add(events, event(obj));
            default -> {
                quoteItems++;
                yield add(quotes, quote(obj));
            }
        };
        if (record == null) {
            if (obj.fields().get("id") instanceof JsonNode.Str id) brokenIds.add(collection + ":" + id.value());
        } else if (record instanceof Event) {
            where.event(i);
        } else if (record instanceof Quote) {
            where.quote(i);
        } else {
            where.put(record, obj.at());
        }
    }

    private static <T> T add(List<T> list, T item) {
        if (item != null) list.add(item);
        return item;
    }

    private Source source(JsonNode.Obj o) {
        in.unknownKeys(o, SOURCE_FIELDS);
        String id = defined(in.string(o, "id", true));
        String file = in.string(o, "file", true);
        String sha = in.string(o, "sha256", true);
        if (sha != null && !SHA256.matcher(sha).matches())
            in.error(in.at(o, "sha256"), "\"sha256\" must be 64 lowercase hex digits");
        String title = in.string(o, "title", true);
        String outlet = in.string(o, "outlet", false);
        String outletNote = in.string(o, "outletNote", false);
        String language = in.string(o, "language", true);
        Published published = published(in.object(o, "published", false));
        List<Boilerplate> boiler = new ArrayList<>();
        for (JsonNode.Obj b : objects(o, "boilerplate", "each boilerplate range")) {
            in.unknownKeys(b, BOILERPLATE_FIELDS);
            TextRange r = range(b);
            String kind = in.string(b, "kind", true);
            if (r != null && kind != null) {
                Boilerplate bp = new Boilerplate(r, kind);
                where.put(bp, b.at());
                boiler.add(bp);
            }
        }
        List<SourceNote> notes = new ArrayList<>();
        for (JsonNode.Obj b : objects(o, "notes", "each source note")) {
            in.unknownKeys(b, NOTE_FIELDS);
            TextRange r = range(b);
            String exact = in.string(b, "exact", true);
            String note = in.string(b, "note", true);
            if (r != null && exact != null && note != null) {
                SourceNote sn = new SourceNote(r, exact, note);
                where.put(sn, b.at());
                notes.add(sn);
            }
        }
        Translations tr = TranslationsReader.read(in, o, Translations.SOURCE_FIELDS, Map.of("notes", notes.size()));
        if (id == null || file == null || sha == null || title == null || language == null) return null;
        return new Source(id, file, sha, title, outlet, outletNote, language, published, boiler, notes, tr);
    }

    private Published published(JsonNode.Obj o) {
        if (o == null) return null;
        in.unknownKeys(o, PUBLISHED_FIELDS);
        PartialDate d = date(o, "date", "precision", true);
        String how = in.string(o, "inferredFrom", true);
        return d == null || how == null ? null : new Published(d, how);
    }

    private Actor actor(JsonNode.Obj o) {
        in.unknownKeys(o, ACTOR_FIELDS);
        String id = defined(in.string(o, "id", true));
        String name = in.string(o, "name", true);
        String role = in.string(o, "role", true);
        String aff = in.string(o, "affiliation", true);
        Translations tr = TranslationsReader.read(in, o, Translations.ACTOR_FIELDS);
        return id == null || name == null || role == null || aff == null ? null : new Actor(id, name, role, aff, tr);
    }

    private Event event(JsonNode.Obj o) {
        in.unknownKeys(o, EVENT_FIELDS);
        String id = defined(in.string(o, "id", true));
        String title = in.string(o, "title", true);
        PartialDate start = date(o, "start", "precision", true);
        PartialDate end = date(o, "end", "precision", false);
        if (start != null && end != null && end.endExclusive().isBefore(start.endExclusive()))
            in.error(in.at(o, "end"), "\"end\" " + end + " is before \"start\" " + start);
        Place place = place(in.object(o, "place", false));
        String kindName = in.string(o, "kind", true);
        EventKind kind = kindName == null ? null : EventKind.fromJson(kindName);
        if (kindName != null && kind == null)
            in.error(in.at(o, "kind"), "\"kind\" is \"" + kindName + "\"; expected one of " + WireName.list(EventKind.values()));
        List<String> participants = shared(in.strings(o, "participants", true));
        String summary = in.string(o, "summary", true);
        String duration = in.string(o, "duration", false);
        List<String> sourceIds = shared(in.strings(o, "sourceIds", true));
        List<Account> accounts = new ArrayList<>();
        for (JsonNode.Obj a : objects(o, "accounts", "each account")) {
            Account acc = account(a);
            if (acc != null) {
                where.put(acc, a.at());
                accounts.add(acc);
            }
        }
        if (id == null || title == null || start == null || kind == null || summary == null) return null;
        Translations tr = TranslationsReader.read(in, o, Translations.EVENT_FIELDS);
        return new Event(id, title, start, end, place, kind, participants, summary, duration, sourceIds, accounts, tr);
    }

    private Account account(JsonNode.Obj o) {
        in.unknownKeys(o, ACCOUNT_FIELDS);
        String side = in.string(o, "side", true);
        String teller = in.string(o, "teller", false);
        String summary = in.string(o, "summary", true);
        List<String> quoteIds = in.strings(o, "quoteIds", false);
        List<SourceSpan> spans = new ArrayList<>();
        for (JsonNode.Obj s : objects(o, "spans", "each span")) {
            in.unknownKeys(s, SPAN_FIELDS);
            String src = in.string(s, "sourceId", true);
            TextRange r = range(s);
            String exact = in.string(s, "exact", true);
            if (src != null && r != null && exact != null) {
                SourceSpan span = new SourceSpan(src, r, exact);
                where.put(span, s.at());
                spans.add(span);
            }
        }
        Translations tr = TranslationsReader.read(in, o, Translations.ACCOUNT_FIELDS);
        return side == null || summary == null ? null : new Account(side, teller, summary, quoteIds, spans, tr);
    }

    private Place place(JsonNode.Obj o) {
        if (o == null) return null;
        in.unknownKeys(o, PLACE_FIELDS);
        String name = in.string(o, "name", true);
        String country = in.string(o, "country", false);
        Double lat = in.number(o, "lat", false, -90, 90);
        Double lon = in.number(o, "lon", false, -180, 180);
        return name == null ? null : new Place(name, country, lat, lon);
    }

    private void sourcesDecoded() {
        Set<String> twice = new java.util.HashSet<>();
        for (Source s : sources) if (sourceById.putIfAbsent(s.id(), s) != null) twice.add(s.id());
        sourceById.keySet().removeAll(twice);
        articles.sourcesDecoded(java.util.Collections.unmodifiableList(sources));
    }

    /** The quote anchored in its article when its words are exactly the article's; else as decoded. */
    private Quote anchored(Quote q) {
        Source s = sourceById.get(q.sourceId());
        ArticleText t = s == null ? null : articles.unchanged(s);
        Quote a = t == null ? null : q.anchoredIn(t);
        return a == null ? q : a;
    }

    private Quote quote(JsonNode.Obj o) {
        in.unknownKeys(o, QUOTE_FIELDS);
        String id = in.string(o, "id", true);
        String eventId = shared(in.string(o, "eventId", true));
        String speakerId = shared(in.string(o, "speakerId", false));
        if (!o.fields().containsKey("speakerId"))
            in.error(in.at(o, "speakerId"), "missing required field \"speakerId\" (use null when the article does not say who)");
        String label = in.string(o, "speakerLabel", false);
        String text = in.string(o, "text", true);
        String sourceId = shared(in.string(o, "sourceId", true));
        Selector selector = selector(in.object(o, "selector", true));
        String attrName = in.string(o, "attribution", true);
        Attribution attribution = attrName == null ? null : Attribution.fromJson(attrName);
        if (attrName != null && attribution == null)
            in.error(in.at(o, "attribution"), "\"attribution\" is \"" + attrName + "\"; expected one of " + WireName.list(Attribution.values()));
        SaidAt saidAt = saidAt(in.object(o, "saidAt", false));
        List<String> notes = in.strings(o, "notes", false);
        Translations tr = TranslationsReader.read(in, o, Translations.QUOTE_FIELDS, Map.of("notes", notes.size()));
        if (id == null || eventId == null || text == null || sourceId == null || selector == null || attribution == null)
            return null;
        // The selector's exact words are the quote's text in a valid model: keep one copy in memory.
        if (selector.exact().equals(text))
            selector = new Selector(selector.start(), selector.end(), text, selector.prefix(), selector.suffix());
        return anchored(new Quote(id, eventId, speakerId, label, text, sourceId, selector, attribution, saidAt, notes, tr));
    }

    private Selector selector(JsonNode.Obj o) {
        if (o == null) return null;
        in.unknownKeys(o, SELECTOR_FIELDS);
        TextRange r = range(o);
        String exact = in.string(o, "exact", true);
        String prefix = in.string(o, "prefix", true);
        String suffix = in.string(o, "suffix", true);
        if (prefix == null && o.fields().get("prefix") instanceof JsonNode.Str) prefix = "";
        if (r == null || exact == null || prefix == null || suffix == null) return null;
        return new Selector(r.start(), r.end(), exact, prefix, suffix);
    }

    private SaidAt saidAt(JsonNode.Obj o) {
        if (o == null) return null;
        in.unknownKeys(o, SAID_AT_FIELDS);
        String place = in.string(o, "place", false);
        PartialDate date = o.fields().get("date") instanceof JsonNode.Null ? null : date(o, "date", "precision", false);
        String note = in.string(o, "note", false);
        return new SaidAt(place, date, note);
    }

    /** The objects of an optional array field; anything else in it is reported. */
    private List<JsonNode.Obj> objects(JsonNode.Obj o, String key, String what) {
        List<JsonNode.Obj> out = new ArrayList<>();
        JsonNode n = o.fields().get(key);
        if (!(n instanceof JsonNode.Arr arr)) {
            in.array(o, key, false);
            return out;
        }
        for (int i = 0; i < arr.items().size(); i++) {
            JsonNode.Obj item = in.item(arr, i, what);
            if (item != null) out.add(item);
        }
        return out;
    }

    /** start/end offsets: non-negative whole numbers with end after start. */
    private TextRange range(JsonNode.Obj o) {
        Integer s = in.integer(o, "start", true, 0, MAX_OFFSET);
        Integer e = in.integer(o, "end", true, 0, MAX_OFFSET);
        if (s == null || e == null) return null;
        if (e <= s) {
            in.error(in.at(o, "end"), "\"end\" (" + e + ") must be greater than \"start\" (" + s + ")");
            return null;
        }
        return new TextRange(s, e);
    }

    /** A YYYY / YYYY-MM / YYYY-MM-DD date whose written form agrees with the precision field next to it. */
    private PartialDate date(JsonNode.Obj o, String key, String precisionKey, boolean required) {
        String s = in.string(o, key, required);
        if (s == null) return null;
        PartialDate d;
        try {
            d = PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            in.error(in.at(o, key), "\"" + key + "\" is not a valid date: " + e.getMessage());
            d = null;
        }
        String p = in.string(o, precisionKey, true);
        if (p != null) {
            // Checked even when the date is not valid: every problem is reported, not the first of each item.
            Precision precision = Precision.fromJson(p);
            if (precision == null)
                in.error(in.at(o, precisionKey), "\"" + precisionKey + "\" is \"" + p + "\"; expected one of " + WireName.list(Precision.values()));
            else if (d != null && precision != d.precision())
                in.error(in.at(o, key), "\"" + key + "\" is \"" + s + "\", which is " + d.precision().json()
                        + "-precise, but \"" + precisionKey + "\" says " + p);
        }
        return d;
    }
}
