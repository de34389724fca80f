package org.sourcedtimeline.io.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcedtimeline.io.Location;
import org.sourcedtimeline.io.Problem;

/**
 * Gives problems that know only their JSON path a line and a column, by reading the file once more.
 * A path that is not in the file (a missing field) gets the position of its nearest ancestor.
 */
public final class LocationResolver {
    /** Opens the same text again. */
    public interface Source {
        Reader open() throws IOException;
    }

    private LocationResolver() {}

    public static List<Problem> resolve(Source source, List<Problem> problems) {
        Set<String> wanted = new HashSet<>();
        for (Problem p : problems) {
            if (p.line() > 0 || p.path() == null) continue;
            for (String path = p.path(); path != null; path = parent(path)) wanted.add(path);
        }
        if (wanted.isEmpty()) return problems;
        Map<String, Location> found = new HashMap<>();
        try (Reader in = source.open()) {
            JsonReader r = LocatedJsonReader.open(in);
            walk(r, wanted, found, 0);
        } catch (IOException | RuntimeException e) {
            // The text was read once already; if it cannot be walked again, paths alone must do.
        }
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            if (p.line() > 0 || p.path() == null) {
                out.add(p);
                continue;
            }
            Location at = null;
            for (String path = p.path(); path != null && at == null; path = parent(path)) at = found.get(path);
            out.add(at == null ? p : new Problem(p.severity(), p.file(), at.line(), at.column(), p.path(), p.message()));
        }
        return out;
    }

    private static void walk(JsonReader r, Set<String> wanted, Map<String, Location> found, int depth) throws IOException {
        if (depth > LocatedJsonReader.MAX_DEPTH) return;
        String path = r.getPath();
        if (wanted.contains(path)) found.put(path, LocatedJsonReader.here(r));
        JsonToken t = r.peek();
        if (t == JsonToken.BEGIN_OBJECT) {
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                if (wanted.contains(path + "." + name)) walk(r, wanted, found, depth + 1);
                else r.skipValue();
            }
            r.endObject();
        } else if (t == JsonToken.BEGIN_ARRAY) {
            r.beginArray();
            int i = 0;
            while (r.hasNext()) {
                if (wanted.contains(path + "[" + i + "]")) walk(r, wanted, found, depth + 1);
                else r.skipValue();
                i++;
            }
            r.endArray();
        } else {
            r.skipValue();
        }
    }

    /** {@code $.a[2].b} → {@code $.a[2]} → {@code $.a} → {@code $} → null. */
    static String parent(String path) {
        if (path.equals("$")) return null;
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }
}
