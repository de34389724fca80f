package org.sourcedtimeline.cli;

import java.io.PrintStream;
import org.sourcedtimeline.App;
import org.sourcedtimeline.AppInfo;

/** Dispatches the command line: no argument opens the window, a sub-command runs headless. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** Returned when the window was opened and the JVM must stay up. */
    public static final int OPENED_WINDOW = -1;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = new SafePrintStream(out);
        this.err = new SafePrintStream(err);
    }

    public int run(String[] args) {
        if (args.length == 0) {
            App.open(args);
            return OK;
        }
        try {
            switch (args[0]) {
                case "--help", "-h", "help" -> { out.print(usage()); return OK; }
                case "--version", "-V" -> { out.println(AppInfo.name() + " " + AppInfo.version()); return OK; }
                case "build" -> { return BuildCommand.run(args, out, err); }
                case "validate" -> { return ValidateCommand.run(args, out, err); }
                case "render" -> { return RenderCommand.run(args, out, err); }
                case "generate" -> { return GenerateCommand.run(args, out, err); }
                default -> {
                    // A model file given alone (the file manager's "open with") opens the window on it.
                    if (args.length == 1 && !args[0].startsWith("-") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]))) {
                        App.open(args);
                        return OK;
                    }
                    throw new Args.UsageException("unknown command '" + args[0] + "'");
                }
            }
        } catch (Args.UsageException e) {
            err.println("timeline: " + e.getMessage());
            err.println("Try 'timeline --help'.");
            return USAGE;
        }
    }

    static String usage() {
        return """
            Usage: timeline [COMMAND] [OPTIONS]

            With no command, opens the window on the built-in model; with a model FILE alone, on that file.

            Commands:
              build    --out FILE [--seeds DIR]   build the model from the articles and the curation file
              validate FILE                       check a model file whole (schema, ids, every quote against its article)
              render   --out FILE.png [--model FILE] [--width W --height H] [--select ID]
                       [--locale fr|en] [--theme light|dark]   draw the window to a PNG, no display needed
              generate --events N --quotes M [--seed S] --out FILE   a synthetic model and its articles, for benchmarks
              --help                              this text
              --version                           the version

            Exit status: 0 success, 1 problems found, 2 usage error.
            """;
    }
}
