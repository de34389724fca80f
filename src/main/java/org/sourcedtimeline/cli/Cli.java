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
            // "timeline help build", "timeline build --help", "timeline build -h": that command's help.
            String helpFor = args[0].equals("help") && args.length > 1 ? args[1]
                    : args.length > 1 && COMMANDS.contains(args[0]) && java.util.Arrays.stream(args, 1, args.length)
                            .anyMatch(x -> x.equals("--help") || x.equals("-h")) ? args[0] : null;
            if (helpFor != null) {
                if (!COMMANDS.contains(helpFor)) throw new Args.UsageException("unknown command '" + helpFor + "'");
                out.print(usage(helpFor));
                return OK;
            }
            switch (args[0]) {
                case "--help", "-h", "help" -> { out.print(usage()); return OK; }
                case "--version", "-V" -> { out.println(AppInfo.name() + " " + AppInfo.version()); return OK; }
                case "build" -> { return BuildCommand.run(args, out, err); }
                case "validate" -> { return ValidateCommand.run(args, out, err); }
                case "render" -> { return RenderCommand.run(args, out, err); }
                case "generate" -> { return GenerateCommand.run(args, out, err); }
                case "export" -> { return ExportCommand.run(args, out, err); }
                case "import" -> { return ImportCommand.run(args, out, err); }
                default -> {
                    // A model file (the file manager's "open with") and/or --select ID open the window on them.
                    if (opensTheWindow(args)) {
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

    /** {@code FILE}, {@code --select ID} or both: checked here, so that a mistake is said on the terminal, not lost. */
    private static boolean opensTheWindow(String[] args) throws Args.UsageException {
        boolean select = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--select") || a.startsWith("--select="));
        if (!select && !(args.length == 1 && !args[0].startsWith("-"))) return false;
        org.sourcedtimeline.WindowArgs w;
        try {
            w = org.sourcedtimeline.WindowArgs.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        if (w.file() != null && !java.nio.file.Files.isRegularFile(w.file()))
            throw new Args.UsageException(select ? "no such model file: " + w.file() : "unknown command '" + args[0] + "'");
        return true;
    }

    private static final java.util.List<String> COMMANDS = java.util.List.of("build", "validate", "render", "generate", "export", "import");

    /** The help of one command: what it does, its options with their defaults, what it prints. */
    static String usage(String command) {
        return switch (command) {
            case "build" -> """
                Usage: timeline build --out FILE [--seeds DIR]

                Builds the model from the articles and the curation file in DIR (default: ./seeds): anchors
                each curated quote in its article (code-point offsets and 32 characters of context on each
                side), checks it, copies the articles beside FILE and writes FILE, then loads it back as
                'validate' would. Nothing is written when a problem is an error.

                  --out FILE     the model to write (its folder is made if missing; the articles are copied there)
                  --seeds DIR    the folder holding curation.json and the articles (default: seeds)

                Problems go to the error stream, one a line: FILE:LINE:COLUMN: message (at JSON path).
                Exit status: 0 built, 1 problems found, 2 usage error.
                """;
            case "validate" -> """
                Usage: timeline validate FILE

                Checks a model file whole: JSON syntax, schema, unique ids, every reference, every article
                present with its recorded sha256, and every quote, note and span against the exact
                characters of its article. Reports every problem, located, not only the first.

                Problems are printed one a line: FILE:LINE:COLUMN: message (at JSON path), then a summary.
                Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error.
                """;
            case "render" -> """
                Usage: timeline render --out FILE.png [--model FILE] [--select ID] [--locale fr|en]
                                       [--theme light|dark] [--width W] [--height H]

                Draws the window to a PNG without a display (JavaFX's headless platform).

                  --out FILE.png     the image to write
                  --model FILE       the model to open (default: the built-in model)
                  --select ID        an event or quote to select, as a reader would click it
                  --locale fr|en     the language of the window (default: en)
                  --theme light|dark (default: light)
                  --width W          900 to 8000 pixels (default: 1600)
                  --height H         600 to 8000 pixels (default: 1000)

                Exit status: 0 drawn, 1 the model cannot be opened or ID is not in it, 2 usage error.
                """;
            case "generate" -> """
                Usage: timeline generate --out FILE [--events N] [--quotes M] [--seed S]

                Writes a deterministic synthetic model and its synthetic articles (beside FILE), valid
                under 'validate': for benchmarks and for trying large models.

                  --out FILE     the model to write
                  --events N     0 to 10,000,000 events (default: 1000)
                  --quotes M     quotes, spread over the events (default: 5 per event)
                  --seed S       the same seed gives the same files (default: 1)

                Exit status: 0 written, 1 cannot write, 2 usage error.
                """;
            case "export" -> """
                Usage: timeline export --format events-csv|quotes-csv|markdown|annotations|timelinejs --out FILE
                                       [--model FILE] [--event ID] [--locale fr|en] [--bom] [--force]
                       timeline export --format svg|pdf|png|png2x --out FILE [--model FILE] [--select ID]
                                       [--from YYYY-MM-DD --to YYYY-MM-DD] [--width W --height H]
                                       [--locale fr|en] [--theme light|dark] [--force]

                Writes the model's evidence in another format, whole and at once (a temporary file, then
                a rename), with the model's ids in every row so that each points back into the app.

                  --format events-csv   one row an event (RFC 4180, UTF-8)
                           quotes-csv   one row a quote: speaker, attribution, article, code-point offsets,
                                        the exact words and their context
                           markdown     prose with footnotes: each quote to its article, offsets and id
                           annotations  W3C Web Annotations (JSON-LD), TextQuote and TextPosition selectors
                           timelinejs   a TimelineJS3 timeline (JSON): a slide an event, the quotes in its text
                           svg, pdf     the timeline as the window shows it, a vector image (labels are text),
                                        with its legend and a caption naming the model, the span and the articles
                           png, png2x   the same as a bitmap, at 1x or 2x
                  --out FILE      the file to write; an existing one is left alone unless --force
                  --model FILE    the model to export (default: the built-in model)
                  --event ID      markdown of this event alone
                  --locale fr|en  the language of curated text (titles, places, notes; default: en)
                  --bom           a UTF-8 byte-order mark first (CSV), for spreadsheets that need one
                  --force         replace FILE if it exists
                  --select ID     (images) the event or quote selected, as a reader would click it
                  --from, --to    (images) the days shown (default: the four encounters, as the window opens)
                  --width, --height  (images) the window the timeline is laid out in (default 1600 x 1000)
                  --theme light|dark (images; default light)

                Exit status: 0 written, 1 the model cannot be opened, ID is unknown or FILE exists, 2 usage error.
                """;
            case "import" -> """
                Usage: timeline import ARTICLE.txt [--seeds DIR] [--published YYYY[-MM[-DD]]] [--json FILE]
                       timeline import --evaluate [--seeds DIR]

                Copies ARTICLE into the seeds folder byte for byte (as NNN_<sha256>.txt, its hash added to
                SHA256SUMS), then reads it against the seeds' actors and events: every passage between
                quotation marks is proposed as a quotation (or as a term that nobody says), with a speaker,
                an event, a confidence and the words each guess rests on; boilerplate and dates too. The
                suggestions are printed and written as JSON beside the article. The curation file is not
                touched: nothing is curated until a person accepts it.

                  --seeds DIR       the seeds folder (default: ./seeds)
                  --published DATE  when the article appeared, to resolve « jeudi » or « le 5 décembre »
                  --json FILE       where to write the suggestions (default: beside the copied article)
                  --evaluate        read the seeds' own articles as if new and compare with their curation:
                                    precision and recall of quotations, right speakers and events (docs/import.md)

                Exit status: 0 read, 1 the article is not UTF-8 or the seeds do not build, 2 usage error.
                """;
            default -> usage();
        };
    }

    static String usage() {
        return """
            Usage: timeline [COMMAND] [OPTIONS]

            With no command, opens the window on the built-in model; with a model FILE, on that file;
            with --select ID (an event or quote id, as the exports give them), on that event or quote.

            Window:
              [FILE] [--select ID]                open the window (on FILE), with ID selected

            Commands:
              build    --out FILE [--seeds DIR]   build the model from the articles and the curation file
              validate FILE                       check a model file whole (schema, ids, every quote against its article)
              render   --out FILE.png [--model FILE] [--width W --height H] [--select ID]
                       [--locale fr|en] [--theme light|dark]   draw the window to a PNG, no display needed
              generate --out FILE [--events N] [--quotes M] [--seed S]   a synthetic model and its articles, for benchmarks
              export   --format F --out FILE [--model FILE] [--event ID] [--locale fr|en]
                       the evidence as CSV, Markdown with footnotes, W3C Web Annotations or TimelineJS3
              import   ARTICLE.txt [--seeds DIR] [--published DATE]   copy a new article into the seeds and
                       propose its quotations, speakers and events (nothing curated until accepted)
              --help                              this text; COMMAND --help (or help COMMAND): that command's
              --version                           the version

            Exit status: 0 success, 1 problems found, 2 usage error.
            """;
    }
}
