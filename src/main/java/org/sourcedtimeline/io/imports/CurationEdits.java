package org.sourcedtimeline.io.imports;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.Set;
import org.sourcedtimeline.io.build.ModelBuilder;
import org.sourcedtimeline.model.ArticleText;

/**
 * The edits a review makes to the curation file, on its JSON and nothing else: the imported article's
 * source (marked {@code "review": "in-progress"} until every quoted passage is decided), each accepted
 * quote, each rejected passage among the source's {@code notQuotes} with its reason, each accepted line
 * of boilerplate. Passages are written as the curator would: the exact words, with {@code occurrence}
 * when they occur more than once. The file is written back in the same layout (two spaces, one key a
 * line), so an edit shows in a diff as the lines it added.
 */
public final class CurationEdits {
    private final JsonObject root;

    private CurationEdits(JsonObject root) {
        this.root = root;
    }

    public static CurationEdits parse(String curationText) {
        return new CurationEdits(JsonParser.parseString(curationText).getAsJsonObject());
    }

    public String text() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    /** The source of {@code file}: found by its file name, or added under review. Returns its id. */
    public String source(String file, String title, String published, String publishedHow) {
        for (JsonElement e : array("sources")) {
            JsonObject s = e.getAsJsonObject();
            if (file.equals(string(s, "file"))) return string(s, "id");
        }
        String id = unique("sources", "import-" + file.replaceFirst("\\.txt$", "").replaceAll("[^a-z0-9]+", "-"));
        JsonObject s = new JsonObject();
        s.addProperty("id", id);
        s.addProperty("file", file);
        s.addProperty("title", title);
        s.add("outlet", JsonNull.INSTANCE);
        s.addProperty("outletNote", "not named yet: imported, to be read for its outlet");
        s.addProperty("language", "fr");
        if (published != null) {
            JsonObject p = new JsonObject();
            p.addProperty("date", published);
            p.addProperty("inferredFrom", publishedHow);
            s.add("published", p);
        }
        s.add("boilerplate", new JsonArray());
        s.add("notes", new JsonArray());
        s.add("notQuotes", new JsonArray());
        s.addProperty("review", ModelBuilder.REVIEW_IN_PROGRESS);
        array("sources").add(s);
        return id;
    }

    /** Adds an actor the person named in review; returns its id (from the name, made unique). */
    public String actor(String name, String role, String affiliation) {
        String base = slug(name, 60);
        String id = unique("actors", base.isEmpty() ? "actor" : base);
        JsonObject a = new JsonObject();
        a.addProperty("id", id);
        a.addProperty("name", name);
        a.addProperty("role", role);
        a.addProperty("affiliation", affiliation);
        array("actors").add(a);
        return id;
    }

    /**
     * Adds an event the person created in review (the article is about something the model does not
     * hold yet); returns its id (from the title and year, made unique). {@code date} is YYYY, YYYY-MM or
     * YYYY-MM-DD, its precision follows; {@code place} may be null.
     */
    public String event(String title, String date, String kind, String place, String summary, String sourceId) {
        String base = slug(title, 40);
        String id = unique("events", (base.isEmpty() ? "event" : base) + "-" + date.substring(0, 4));
        JsonObject e = new JsonObject();
        e.addProperty("id", id);
        e.addProperty("title", title);
        e.addProperty("start", date);
        e.add("end", JsonNull.INSTANCE);
        e.addProperty("precision", date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day");
        if (place == null) {
            e.add("place", JsonNull.INSTANCE);
        } else {
            JsonObject p = new JsonObject();
            p.addProperty("name", place);
            e.add("place", p);
        }
        e.addProperty("kind", kind);
        e.add("participants", new JsonArray());
        e.addProperty("summary", summary);
        e.add("duration", JsonNull.INSTANCE);
        JsonArray sources = new JsonArray();
        sources.add(sourceId);
        e.add("sourceIds", sources);
        e.add("accounts", new JsonArray());
        array("events").add(e);
        return id;
    }

    /** Adds a curated quote; returns its id (the suggested one, made unique). */
    public String quote(String id, String sourceId, ArticleText article, int start, int end, String eventId, String speakerId,
                        String speakerLabel, String attribution, java.util.List<String> notes) {
        String unique = unique("quotes", id);
        JsonObject q = new JsonObject();
        q.addProperty("id", unique);
        q.addProperty("source", sourceId);
        passage(q, article, start, end);
        q.addProperty("event", eventId);
        q.addProperty("speaker", speakerId);
        q.addProperty("speakerLabel", speakerLabel);
        q.addProperty("attribution", attribution);
        q.add("saidAt", JsonNull.INSTANCE);
        JsonArray n = new JsonArray();
        notes.forEach(n::add);
        q.add("notes", n);
        array("quotes").add(q);
        JsonObject event = find("events", eventId);
        if (event != null) {
            JsonArray sourceIds = event.getAsJsonArray("sourceIds");
            if (sourceIds != null && !contains(sourceIds, sourceId)) sourceIds.add(sourceId);
        }
        return unique;
    }

    /** A passage between quotation marks judged not to be a quotation, with the reason. */
    public void notQuote(String sourceId, ArticleText article, int start, int end, String reason) {
        JsonObject n = new JsonObject();
        passage(n, article, start, end);
        n.addProperty("reason", reason);
        find("sources", sourceId).getAsJsonArray("notQuotes").add(n);
    }

    public void boilerplate(String sourceId, ArticleText article, int start, int end, String kind) {
        JsonObject b = new JsonObject();
        b.addProperty("kind", kind);
        passage(b, article, start, end);
        find("sources", sourceId).getAsJsonArray("boilerplate").add(b);
    }

    /** Every quoted passage decided: the source is curated like the others. */
    public void closeReview(String sourceId) {
        JsonObject s = find("sources", sourceId);
        if (s != null) s.remove("review");
    }

    private static void passage(JsonObject o, ArticleText article, int start, int end) {
        String exact = article.slice(start, end);
        o.addProperty("exact", exact);
        int occurrence = 0;
        int total = 0;
        for (int i = article.indexOf(exact, 0); i >= 0; i = article.indexOf(exact, i + 1)) {
            total++;
            if (i == start) occurrence = total;
        }
        if (total > 1) o.addProperty("occurrence", occurrence);
    }

    private JsonArray array(String key) {
        if (!root.has(key)) root.add(key, new JsonArray());
        return root.getAsJsonArray(key);
    }

    private JsonObject find(String key, String id) {
        for (JsonElement e : array(key)) if (id.equals(string(e.getAsJsonObject(), "id"))) return e.getAsJsonObject();
        return null;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… : the first that no entry of {@code key} has as its id. */
    private String unique(String key, String base) {
        Set<String> ids = ids(key);
        String id = base;
        for (int i = 2; ids.contains(id); i++) id = base + "-" + i;
        return id;
    }

    /** Lowercase words without accents joined by hyphens, at most {@code max} characters. */
    private static String slug(String words, int max) {
        String s = TextFold.foldWords(words).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > max ? s.substring(0, max).replaceAll("-$", "") : s;
    }

    private Set<String> ids(String key) {
        Set<String> ids = new HashSet<>();
        for (JsonElement e : array(key)) ids.add(string(e.getAsJsonObject(), "id"));
        return ids;
    }

    private static boolean contains(JsonArray a, String s) {
        for (JsonElement e : a) if (e.isJsonPrimitive() && s.equals(e.getAsString())) return true;
        return false;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
