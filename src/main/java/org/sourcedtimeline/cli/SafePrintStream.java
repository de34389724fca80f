package org.sourcedtimeline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.sourcedtimeline.ui.text.DisplayText;

/**
 * The terminal sees model text as text: an escape sequence or a right-to-left override quoted in a
 * problem message is printed as a visible marker ({@code ⟨U+001B⟩}), never acted on by the terminal.
 */
final class SafePrintStream extends PrintStream {
    SafePrintStream(PrintStream out) {
        super(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public void print(String s) {
        super.print(DisplayText.safe(s == null ? "null" : s));
    }

    @Override
    public void print(Object o) {
        print(String.valueOf(o));
    }

    @Override
    public void println(String s) {
        synchronized (this) {
            print(s);
            println();
        }
    }

    @Override
    public void println(Object o) {
        println(String.valueOf(o));
    }
}
