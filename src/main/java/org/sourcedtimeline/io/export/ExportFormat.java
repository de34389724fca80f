package org.sourcedtimeline.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sourcedtimeline.io.LoadedModel;

/** The evidence formats, by the name the command line and the window give them. */
public enum ExportFormat {
    EVENTS_CSV("events-csv", "csv"),
    QUOTES_CSV("quotes-csv", "csv"),
    MARKDOWN("markdown", "md"),
    ANNOTATIONS("annotations", "jsonld"),
    TIMELINEJS("timelinejs", "json");

    /** What to export and how: an event alone (Markdown), the language of curated text, a byte-order mark (CSV). */
    public record Options(String eventId, Locale locale, boolean byteOrderMark) {}

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    public String cliName() { return cliName; }

    /** The usual file extension, without the dot. */
    public String extension() { return extension; }

    public boolean isCsv() { return this == EVENTS_CSV || this == QUOTES_CSV; }

    public static ExportFormat byName(String name) {
        for (ExportFormat f : values()) if (f.cliName.equals(name)) return f;
        return null;
    }

    /** Writes {@code loaded} in this format, as UTF-8 (with a byte-order mark when asked, for spreadsheets that need one). */
    public void write(LoadedModel loaded, Options o, OutputStream out) throws IOException {
        if (o.byteOrderMark()) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String lang = o.locale().getLanguage();
        switch (this) {
            case EVENTS_CSV -> EvidenceCsv.events(loaded.model(), lang, w);
            case QUOTES_CSV -> EvidenceCsv.quotes(loaded.model(), lang, w);
            case MARKDOWN -> MarkdownReport.write(loaded.model(), o.eventId(), o.locale(), loaded.origin(), w);
            case ANNOTATIONS -> WebAnnotations.write(loaded.model(), lang, w);
            case TIMELINEJS -> TimelineJsJson.write(loaded.model(), o.locale(), w);
        }
        w.flush();
    }
}
