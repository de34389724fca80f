package org.sourcedtimeline.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.model.Quote;
import org.sourcedtimeline.model.TimelineModel;

/** The Markdown report, read back by commonmark-java: the rendered words are exactly the model's. */
class MarkdownReportTest {
    static final TimelineModel M = EvidenceCsvTest.M;

    private static String report(String eventId, Locale locale) throws IOException {
        StringWriter w = new StringWriter();
        MarkdownReport.write(M, eventId, locale, "model.json", w);
        return w.toString();
    }

    /** The text a reader sees in a node: text and code, a soft break as a newline. */
    private static String text(Node n) {
        StringBuilder b = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override public void visit(Text t) { b.append(t.getLiteral()); }

            @Override public void visit(Code c) { b.append(c.getLiteral()); }

            @Override public void visit(SoftLineBreak s) { b.append('\n'); }
        });
        return b.toString();
    }

    private static List<String> blockQuotes(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(BlockQuote q) { out.add(text(q)); }
        });
        return out;
    }

    @Test
    void everyQuoteOfTheEventIsRenderedExactlyAndFootnotedToItsArticleAndOffsets() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String md = report("new-delhi-2023", locale);
            Node doc = Parser.builder().build().parse(md);
            List<Quote> quotes = M.quotesOf("new-delhi-2023");
            List<String> rendered = blockQuotes(doc);
            assertEquals(quotes.size(), rendered.size());
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                String shown = rendered.get(i);
                assertTrue(shown.startsWith("\u00AB\u00A0" + q.text() + "\u00A0\u00BB\n\u2014 "), shown);
                assertTrue(shown.endsWith("[^" + (i + 1) + "]"), shown);
            }
            // Footnotes: "[^n]: …, article `file`, code points s–e, …, quote `id`."
            Pattern note = Pattern.compile("^\\[\\^(\\d+)]: .*article (`+)(.+?)\\2, (?:code points|points de code) (\\d+)\u2013(\\d+), .*`(.+)`\\.$", Pattern.MULTILINE);
            Matcher m = note.matcher(md);
            int n = 0;
            while (m.find()) {
                Quote q = quotes.get(Integer.parseInt(m.group(1)) - 1);
                assertEquals(M.source(q.sourceId()).orElseThrow().file(), m.group(3));
                assertEquals(q.selector().start(), Integer.parseInt(m.group(4)));
                assertEquals(q.selector().end(), Integer.parseInt(m.group(5)));
                assertEquals(q.id(), m.group(6));
                n++;
            }
            assertEquals(quotes.size(), n, md);
        }
    }

    @Test
    void theWholeModelHasEveryEventAndQuote() throws IOException {
        Node doc = Parser.builder().build().parse(report(null, Locale.ENGLISH));
        assertEquals(M.quotes().stream().filter(q -> M.event(q.eventId()).isPresent()).count(), blockQuotes(doc).size());
        List<String> headings = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(org.commonmark.node.Heading h) { if (h.getLevel() == 2) headings.add(text(h)); }
        });
        assertEquals(M.events().stream().map(e -> e.title("en")).toList(), headings);
    }

    /** Whatever the text, CommonMark shows it as written once escaped: emphasis, links, lists, headings, HTML, entities. */
    @Test
    void escapedTextRendersExactly() {
        Random random = new Random(1);
        String alphabet = "ab *_`[]()<>!&#|~\\-+=.1:«»é\n";
        Parser parser = Parser.builder().build();
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int j = 1 + random.nextInt(12); j > 0; j--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString().replaceAll("\n+", "\n").strip();
            if (s.isEmpty() || s.contains("\n")) continue; // one line: a paragraph's text
            Node doc = parser.parse(MarkdownReport.escape(s));
            Node first = doc.getFirstChild();
            assertTrue(first instanceof Paragraph, () -> s + " → " + MarkdownReport.escape(s) + " is not one paragraph");
            assertEquals(s, text(first), () -> "escaped as " + MarkdownReport.escape(s));
        }
    }

    @Test
    void codeSpansHoldBackticks() {
        Parser parser = Parser.builder().build();
        for (String s : List.of("a`b", "``", "`x", "x`", "plain")) {
            Node doc = parser.parse(MarkdownReport.code(s));
            assertEquals(s, text(doc), MarkdownReport.code(s));
        }
    }
}
