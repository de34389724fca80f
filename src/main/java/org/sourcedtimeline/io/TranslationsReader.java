package org.sourcedtimeline.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcedtimeline.io.json.JsonNode;
import org.sourcedtimeline.io.json.NodeReader;
import org.sourcedtimeline.model.Translations;

/**
 * Reads an object's {@code "translations"}: {@code {"en": {"title": "…"}}}, the same in the curation file
 * and in the model. A language is a lowercase ISO 639 code; each field must be one the record
 * translates; problems are located like every other.
 */
public final class TranslationsReader {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private TranslationsReader() {}

    /** The translations of {@code owner}, {@link Translations#NONE} when it has none (or they are all wrong). */
    public static Translations read(NodeReader in, JsonNode.Obj owner, Set<String> fields) {
        return read(in, owner, fields, Map.of());
    }

    /**
     * As {@link #read(NodeReader, JsonNode.Obj, Set)}, where the fields named in {@code lists} are lists
     * of strings, one version per item of the owner's list of that many items (its notes, in order).
     */
    public static Translations read(NodeReader in, JsonNode.Obj owner, Set<String> fields, Map<String, Integer> lists) {
        JsonNode.Obj all = in.object(owner, "translations", false);
        if (all == null) return Translations.NONE;
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (var lang : all.fields().entrySet()) {
            if (!LANGUAGE.matcher(lang.getKey()).matches()) {
                in.error(in.at(all, lang.getKey()), "\"" + lang.getKey() + "\" is not a language code; write one such as \"en\" or \"fr\"");
                continue;
            }
            JsonNode.Obj texts = in.object(all, lang.getKey(), true);
            if (texts == null) continue;
            in.unknownKeys(texts, fields);
            Map<String, String> byField = new LinkedHashMap<>();
            for (String f : texts.fields().keySet()) {
                if (!fields.contains(f)) continue;
                Integer length = lists.get(f);
                if (length != null) {
                    java.util.List<String> items = in.strings(texts, f, true);
                    if (items.size() != length) {
                        in.error(in.at(texts, f), "\"" + f + "\" has " + items.size() + " item(s) but there are " + length
                                + ": one version per " + f.replaceAll("s$", "") + ", in their order");
                        continue;
                    }
                    boolean blank = items.stream().anyMatch(String::isBlank);
                    if (blank) {
                        in.error(in.at(texts, f), "\"" + f + "\" has an empty item: give every " + f.replaceAll("s$", "") + " its version, or leave the list out");
                        continue;
                    }
                    for (int i = 0; i < items.size(); i++) byField.put(f + "." + i, items.get(i));
                    continue;
                }
                String t = in.string(texts, f, true);
                if (t != null && !t.isBlank()) byField.put(f, t);
            }
            if (!byField.isEmpty()) out.put(lang.getKey(), byField);
        }
        return out.isEmpty() ? Translations.NONE : new Translations(out);
    }
}
