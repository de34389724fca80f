package org.sourcedtimeline.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.LoadedModel;
import org.sourcedtimeline.io.ModelLoader;
import org.sourcedtimeline.model.Event;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.Source;
import org.sourcedtimeline.model.TimelineModel;

/** The CSV tables, read back by Apache Commons CSV in its RFC 4180 mode: every quote exactly its article's characters. */
class EvidenceCsvTest {
    static final LoadedModel LOADED = ModelLoader.loadBuiltIn().loaded();
    static final TimelineModel M = LOADED.model();

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    private static String quotes(String lang) throws IOException {
        StringWriter w = new StringWriter();
        EvidenceCsv.quotes(M, lang, w);
        return w.toString();
    }

    @Test
    void everyQuoteRowIsTheArticlesExactCharactersAtItsOffsets() throws IOException {
        String csv = quotes("en");
        assertTrue(csv.endsWith("\r\n") && csv.replace("\r\n", "").indexOf('\r') < 0 || csv.contains("\r"), "records end with CRLF");
        List<CSVRecord> rows = parse(csv);
        assertEquals(M.quotes().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            Quote q = M.quotes().get(i);
            assertEquals(q.id(), r.get("quote_id"));
            Source s = M.source(r.get("source_id")).orElseThrow();
            assertEquals(s.file(), r.get("article_file"));
            assertEquals(s.sha256(), r.get("article_sha256"));
            int start = Integer.parseInt(r.get("start")), end = Integer.parseInt(r.get("end"));
            String article = LOADED.article(s.id()).slice(start, end);
            assertEquals(article, r.get("exact"), q.id());
            assertEquals(q.text(), r.get("exact"));
            assertEquals(q.selector().prefix(), r.get("prefix"));
            assertEquals(q.selector().suffix(), r.get("suffix"));
            assertEquals(q.attribution().json(), r.get("attribution"));
            assertEquals(q.eventId(), r.get("event_id"));
        }
    }

    @Test
    void curatedTextComesInTheLanguageAskedForAndTheWordsNever() throws IOException {
        List<CSVRecord> en = parse(quotes("en")), fr = parse(quotes("fr"));
        boolean someDiffer = false;
        for (int i = 0; i < en.size(); i++) {
            assertEquals(en.get(i).get("exact"), fr.get(i).get("exact"), "the article's words are never translated");
            Event e = M.event(en.get(i).get("event_id")).orElseThrow();
            assertEquals(e.title("en"), en.get(i).get("event_title"));
            assertEquals(e.title("fr"), fr.get(i).get("event_title"));
            someDiffer |= !en.get(i).get("event_title").equals(fr.get(i).get("event_title"));
        }
        assertTrue(someDiffer, "the seed model has titles in both languages");
    }

    @Test
    void eventRowsListTheirQuotesAndDatesAtTheirPrecision() throws IOException {
        StringWriter w = new StringWriter();
        EvidenceCsv.events(M, "en", w);
        List<CSVRecord> rows = parse(w.toString());
        assertEquals(M.events().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Event e = M.events().get(i);
            CSVRecord r = rows.get(i);
            assertEquals(e.id(), r.get("event_id"));
            assertEquals(e.start().toString(), r.get("start"));
            assertEquals(e.precision().json(), r.get("precision"));
            assertEquals(M.quotesOf(e.id()).stream().map(Quote::id).toList(),
                    r.get("quote_ids").isEmpty() ? List.of() : List.of(r.get("quote_ids").split(" ")));
        }
    }

    /** Fields with commas, quotes, CR, LF and nothing at all, as a parser of the RFC reads them back. */
    @Test
    void anyFieldComesBackAsItWent() throws IOException {
        Random random = new Random(4180);
        String alphabet = "ab,\"\r\n «»’é\t;=+-@";
        for (int n = 0; n < 500; n++) {
            List<String> header = List.of("a", "b", "c");
            List<String> fields = new java.util.ArrayList<>();
            for (int k = 0; k < 3; k++) {
                StringBuilder b = new StringBuilder();
                for (int j = random.nextInt(6); j > 0; j--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                fields.add(b.toString());
            }
            StringWriter w = new StringWriter();
            CsvTable t = new CsvTable(w, header);
            t.row(fields);
            CSVRecord r = parse(w.toString()).get(0);
            assertEquals(fields, r.toList(), w.toString());
        }
    }

    @Test
    void theByteOrderMarkIsWrittenOnlyWhenAsked() throws IOException {
        ByteArrayOutputStream with = new ByteArrayOutputStream(), without = new ByteArrayOutputStream();
        ExportFormat.QUOTES_CSV.write(LOADED, new ExportFormat.Options(null, Locale.ENGLISH, true), with);
        ExportFormat.QUOTES_CSV.write(LOADED, new ExportFormat.Options(null, Locale.ENGLISH, false), without);
        byte[] w = with.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(w[0], w[1], w[2]));
        assertEquals(new String(without.toByteArray(), StandardCharsets.UTF_8), new String(w, 3, w.length - 3, StandardCharsets.UTF_8));
        assertEquals('q', (char) without.toByteArray()[0]);
    }
}
