package org.sourcedtimeline.io.cache;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.Problem;
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

/**
 * Reads what {@link CheckedModelWriter} wrote, from bytes whose tag was checked already. Every token
 * is checked against the layout; anything else (a count that does not match, an unknown code, a
 * range outside its article) is a {@link CacheFormatException}, and nothing is half-read.
 */
public final class CheckedModelReader implements AutoCloseable {
    private static final CBORFactory FACTORY = new CBORFactory();

    /** The articles the quotes read their words from, asked for once the sources are known. */
    public interface Articles {
        /** The sources are read: their articles may be fetched from now on (in the background). */
        void sourcesRead(List<Source> sources);

        /** The article of {@code source}, with the sha256 the source records. */
        ArticleText text(Source source) throws ArticleChanged;
    }

    /** What the cache held: the model, its articles, and the warnings its full load gave. */
    public record Body(LoadedModel loaded, List<Problem> warnings) {}

    private final JsonParser p;

    public CheckedModelReader(byte[] bytes, int length) throws IOException {
        p = FACTORY.createParser(bytes, 0, length);
        expect(JsonToken.START_ARRAY);
    }

    public CacheHeader header() throws IOException {
        return new CacheHeader(str(), int32(), str(), str(), str(), int64(), int64(), str());
    }

    /** The rest of the cache, after {@link #header()}. */
    public Body body(Articles articles, String origin) throws IOException, ArticleChanged {
        try {
            return readBody(articles, origin);
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            // A record refused its fields (a bad date, a range): the layout is not ours.
            throw new CacheFormatException("a value does not fit its field: " + e.getMessage(), e);
        }
    }

    private Body readBody(Articles articles, String origin) throws IOException, ArticleChanged {
        List<Problem> warnings = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) warnings.add(problem());
        int schema = int32();
        String title = str();
        List<Source> sources = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) sources.add(source());
        articles.sourcesRead(sources);
        List<Actor> actors = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) actors.add(actor());
        int eventCount = count();
        List<Event> events = new ArrayList<>(eventCount);
        Map<String, Event> eventsById = new HashMap<>(Math.max(16, eventCount * 2));
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) {
            Event e = event();
            events.add(e);
            eventsById.putIfAbsent(e.id(), e);
        }
        if (events.size() != eventCount) throw new CacheFormatException(events.size() + " events where " + eventCount + " were announced");
        Map<String, Source> sourcesById = new HashMap<>();
        for (Source s : sources) sourcesById.putIfAbsent(s.id(), s);
        Map<String, ArticleText> texts = new LinkedHashMap<>();
        int quoteCount = count();
        List<Quote> quotes = new ArrayList<>(quoteCount);
        Map<String, Quote> quotesById = new HashMap<>(Math.max(16, quoteCount * 2));
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) {
            Quote q = quote(sourcesById, texts, articles);
            quotes.add(q);
            quotesById.putIfAbsent(q.id(), q);
        }
        if (quotes.size() != quoteCount) throw new CacheFormatException(quotes.size() + " quotes where " + quoteCount + " were announced");
        expect(JsonToken.END_ARRAY);
        if (p.nextToken() != null) throw new CacheFormatException("bytes after the model");
        // Every article is checked, quoted or not, and kept as the full load keeps it.
        Map<String, ArticleText> all = new HashMap<>();
        for (Source s : sources) all.put(s.id(), article(s, texts, articles));
        TimelineModel model = new TimelineModel(schema, title, sources, actors, events, quotes).indexed(eventsById, quotesById);
        return new Body(new LoadedModel(model, all, origin), warnings);
    }

    private static ArticleText article(Source s, Map<String, ArticleText> texts, Articles articles) throws ArticleChanged {
        ArticleText t = texts.get(s.id());
        if (t == null) {
            t = articles.text(s);
            texts.put(s.id(), t);
        }
        return t;
    }

    private Problem problem() throws IOException {
        current(JsonToken.START_ARRAY);
        Problem.Severity[] severities = Problem.Severity.values();
        Problem pr = new Problem(severities[code(severities.length)], str(), int32(), int32(), str(), str());
        expect(JsonToken.END_ARRAY);
        return pr;
    }

    private Source source() throws IOException {
        current(JsonToken.START_ARRAY);
        String id = str(), file = str(), sha = str(), title = str(), outlet = str(), outletNote = str(), language = str();
        Published published = null;
        if (nullOr(JsonToken.START_ARRAY)) {
            published = new Published(date(), str());
            expect(JsonToken.END_ARRAY);
        }
        List<Boilerplate> boilerplate = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) {
            current(JsonToken.START_ARRAY);
            boilerplate.add(new Boilerplate(new TextRange(int32(), int32()), str()));
            expect(JsonToken.END_ARRAY);
        }
        List<SourceNote> notes = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) {
            current(JsonToken.START_ARRAY);
            notes.add(new SourceNote(new TextRange(int32(), int32()), str(), str()));
            expect(JsonToken.END_ARRAY);
        }
        Translations tr = translations();
        expect(JsonToken.END_ARRAY);
        return new Source(id, file, sha, title, outlet, outletNote, language, published, boilerplate, notes, tr);
    }

    private Actor actor() throws IOException {
        current(JsonToken.START_ARRAY);
        Actor a = new Actor(str(), str(), str(), str(), translations());
        expect(JsonToken.END_ARRAY);
        return a;
    }

    private Event event() throws IOException {
        current(JsonToken.START_ARRAY);
        String id = str(), title = str();
        PartialDate start = date(), end = date();
        Place place = null;
        if (nullOr(JsonToken.START_ARRAY)) {
            place = new Place(str(), str(), decimal(), decimal());
            expect(JsonToken.END_ARRAY);
        }
        EventKind kind = nullOr(JsonToken.VALUE_NUMBER_INT) ? EventKind.values()[currentCode(EventKind.values().length)] : null;
        List<String> participants = strings();
        String summary = str(), duration = str();
        List<String> sourceIds = strings();
        List<Account> accounts = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) accounts.add(account());
        Translations tr = translations();
        expect(JsonToken.END_ARRAY);
        return new Event(id, title, start, end, place, kind, participants, summary, duration, sourceIds, accounts, tr);
    }

    private Account account() throws IOException {
        current(JsonToken.START_ARRAY);
        String side = str(), teller = str(), summary = str();
        List<String> quoteIds = strings();
        List<SourceSpan> spans = new ArrayList<>();
        expect(JsonToken.START_ARRAY);
        while (next() != JsonToken.END_ARRAY) {
            current(JsonToken.START_ARRAY);
            String sourceId = str();
            TextRange range = null;
            if (nullOr(JsonToken.VALUE_NUMBER_INT)) range = new TextRange(currentInt(), int32());
            else expect(JsonToken.VALUE_NULL);
            spans.add(new SourceSpan(sourceId, range, str()));
            expect(JsonToken.END_ARRAY);
        }
        Translations tr = translations();
        expect(JsonToken.END_ARRAY);
        return new Account(side, teller, summary, quoteIds, spans, tr);
    }

    private Quote quote(Map<String, Source> sources, Map<String, ArticleText> texts, Articles articles) throws IOException, ArticleChanged {
        current(JsonToken.START_ARRAY);
        String id = str(), eventId = str(), speakerId = str(), speakerLabel = str(), sourceId = str();
        Attribution attribution = nullOr(JsonToken.VALUE_NUMBER_INT) ? Attribution.values()[currentCode(Attribution.values().length)] : null;
        Selector selector = null;
        int start = 0, end = 0;
        String exact = null, prefix = null, suffix = null;
        boolean hasSelector = nullOr(JsonToken.START_ARRAY);
        if (hasSelector) {
            start = int32();
            end = int32();
            if (next() != JsonToken.END_ARRAY) {
                exact = currentStr();
                prefix = str();
                suffix = str();
                expect(JsonToken.END_ARRAY);
                if (exact == null || prefix == null || suffix == null) throw new CacheFormatException("a quote's selector lacks its words");
                selector = new Selector(start, end, exact, prefix, suffix);
            }
        }
        String text = str();
        SaidAt saidAt = null;
        if (nullOr(JsonToken.START_ARRAY)) {
            saidAt = new SaidAt(str(), date(), str());
            expect(JsonToken.END_ARRAY);
        }
        List<String> notes = strings();
        Translations tr = translations();
        expect(JsonToken.END_ARRAY);
        boolean anchored = hasSelector && selector == null;
        if (anchored != (text == null)) throw new CacheFormatException("quote " + id + ": text and selector disagree");
        if (!anchored) return new Quote(id, eventId, speakerId, speakerLabel, text, sourceId, selector, attribution, saidAt, notes, tr);
        Source source = sources.get(sourceId);
        if (source == null) throw new CacheFormatException("quote " + id + " names no source of the cache");
        ArticleText article = article(source, texts, articles);
        return Quote.anchored(id, eventId, speakerId, speakerLabel, sourceId, Selector.in(article, start, end), attribution, saidAt,
                notes, tr);
    }

    private Translations translations() throws IOException {
        if (!nullOr(JsonToken.START_OBJECT)) return Translations.NONE;
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        while (next() != JsonToken.END_OBJECT) {
            current(JsonToken.FIELD_NAME);
            String lang = p.currentName();
            expect(JsonToken.START_OBJECT);
            Map<String, String> fields = new LinkedHashMap<>();
            while (next() != JsonToken.END_OBJECT) {
                current(JsonToken.FIELD_NAME);
                String field = p.currentName();
                fields.put(field, str());
            }
            byLanguage.put(lang, fields);
        }
        return new Translations(byLanguage);
    }

    private PartialDate date() throws IOException {
        if (!nullOr(JsonToken.VALUE_NUMBER_INT)) return null;
        long v = p.getLongValue();
        if (v < 0) throw new CacheFormatException("a negative date");
        int precision = (int) (v % 4);
        long ymd = v / 4;
        if (precision >= Precision.values().length) throw new CacheFormatException("an unknown date precision");
        return new PartialDate((int) (ymd / 10000), (int) (ymd / 100 % 100), (int) (ymd % 100), Precision.values()[precision]);
    }

    private List<String> strings() throws IOException {
        expect(JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>(4);
        JsonToken t;
        while ((t = next()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NULL) throw unexpected(t, "a string");
            out.add(currentStr());
        }
        return out;
    }

    private Double decimal() throws IOException {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_NUMBER_FLOAT) throw unexpected(t, "a number");
        return p.getDoubleValue();
    }

    private int count() throws IOException {
        int n = int32();
        if (n < 0) throw new CacheFormatException("a negative count");
        return n;
    }

    private int code(int values) throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT);
        return currentCode(values);
    }

    private int currentCode(int values) throws IOException {
        int c = currentInt();
        if (c < 0 || c >= values) throw new CacheFormatException("an unknown code " + c);
        return c;
    }

    private int int32() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT);
        return currentInt();
    }

    private int currentInt() throws IOException {
        if (p.getNumberType() != JsonParser.NumberType.INT) throw new CacheFormatException("a number out of range");
        return p.getIntValue();
    }

    private long int64() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT);
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) throw new CacheFormatException("a number out of range");
        return p.getLongValue();
    }

    private String str() throws IOException {
        JsonToken t = next();
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NULL) throw unexpected(t, "a string");
        return currentStr();
    }

    private String currentStr() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_STRING) throw unexpected(t, "a string");
        return p.getText();
    }

    /** Reads the next token: false when it is null, true when it is {@code t}; anything else is refused. */
    private boolean nullOr(JsonToken t) throws IOException {
        JsonToken n = next();
        if (n == JsonToken.VALUE_NULL) return false;
        if (n != t) throw unexpected(n, t.toString());
        return true;
    }

    private void expect(JsonToken t) throws IOException {
        JsonToken n = next();
        if (n != t) throw unexpected(n, t.toString());
    }

    private void current(JsonToken t) throws IOException {
        if (p.currentToken() != t) throw unexpected(p.currentToken(), t.toString());
    }

    private JsonToken next() throws IOException {
        JsonToken t;
        try {
            t = p.nextToken();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CacheFormatException("not the CBOR of a cache: " + e.getOriginalMessage(), e);
        }
        if (t == null) throw new CacheFormatException("the cache ends too early");
        return t;
    }

    private CacheFormatException unexpected(JsonToken got, String wanted) {
        return new CacheFormatException("found " + got + " where " + wanted + " was expected, at byte " + p.currentLocation().getByteOffset());
    }

    @Override
    public void close() throws IOException { p.close(); }
}
