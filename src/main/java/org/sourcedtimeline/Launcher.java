package org.sourcedtimeline;

import org.sourcedtimeline.cli.Cli;

/**
 * Entry point of the jar. It must not extend {@code Application}: with JavaFX on the class path the
 * launcher would otherwise refuse to start. With no arguments it opens the window; otherwise the
 * command line takes over.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(args);
        if (code != Cli.OPENED_WINDOW) System.exit(code);
    }
}
