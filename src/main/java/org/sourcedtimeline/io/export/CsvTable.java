package org.sourcedtimeline.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A table as RFC 4180 CSV: CRLF after every record, a field quoted when it holds a comma, a double
 * quote, CR or LF (its double quotes doubled), every field otherwise as it is. Nothing is trimmed or
 * changed: a quote's words come out exactly.
 */
public final class CsvTable {
    private final Writer out;
    private final int columns;

    /** Starts the table with its header. */
    public CsvTable(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        row(header);
    }

    /** One record; null fields are empty. */
    public void row(List<String> fields) throws IOException {
        if (fields.size() != columns) throw new IllegalArgumentException(fields.size() + " fields where the header has " + columns);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            field(fields.get(i));
        }
        out.write("\r\n");
    }

    private void field(String s) throws IOException {
        if (s == null || s.isEmpty()) return;
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
