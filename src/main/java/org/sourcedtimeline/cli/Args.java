package org.sourcedtimeline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options and operands of one sub-command; anything unexpected is a usage error with a clear message. */
final class Args {
    static final class UsageException extends Exception {
        UsageException(String message) { super(message); }
    }

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Args() {}

    /** @param valued options that take a value ({@code --out FILE} or {@code --out=FILE}) */
    static Args parse(String[] args, int from, Set<String> valued, Set<String> flags) throws UsageException {
        Args a = new Args();
        for (int i = from; i < args.length; i++) {
            String s = args[i];
            if (s.startsWith("--")) {
                String name = s;
                String value = null;
                int eq = s.indexOf('=');
                if (eq > 0) {
                    name = s.substring(0, eq);
                    value = s.substring(eq + 1);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new UsageException(name + " needs a value");
                        value = args[++i];
                    }
                    a.options.put(name, value);
                } else if (flags.contains(name) && value == null) {
                    a.options.put(name, "true");
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                a.operands.add(s);
            }
        }
        return a;
    }

    String get(String name) { return options.get(name); }

    String get(String name, String fallback) { return options.getOrDefault(name, fallback); }

    boolean has(String name) { return options.containsKey(name); }

    int integer(String name, int fallback, int min, int max) throws UsageException {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw new UsageException(name + " must be between " + min + " and " + max);
            return i;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not \"" + v + "\"");
        }
    }

    List<String> operands() { return operands; }
}
