package org.sourcedtimeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window is opened on from the command line: {@code timeline [FILE] [--select ID]}, a model
 * file (the file manager's "open with") and an event or quote to select, the id an export gives
 * (docs/exports.md). Both may be absent.
 */
public record WindowArgs(Path file, String select) {
    public static final WindowArgs NONE = new WindowArgs(null, null);

    /** @throws IllegalArgumentException with a message for the user when the words are not of this form */
    public static WindowArgs parse(List<String> args) {
        Path file = null;
        String select = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--select")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) throw new IllegalArgumentException("--select needs an event or quote id");
                if (select != null) throw new IllegalArgumentException("--select is given twice");
                select = args.get(++i);
            } else if (a.startsWith("--select=")) {
                if (select != null) throw new IllegalArgumentException("--select is given twice");
                select = a.substring("--select=".length());
                if (select.isBlank()) throw new IllegalArgumentException("--select needs an event or quote id");
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + a);
            } else {
                if (file != null) throw new IllegalArgumentException("one model file at a time, not " + file + " and " + a);
                file = Path.of(a);
            }
        }
        return new WindowArgs(file, select);
    }
}
