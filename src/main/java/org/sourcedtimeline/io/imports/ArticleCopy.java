package org.sourcedtimeline.io.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.sourcedtimeline.io.AtomicFiles;

/**
 * Copies a new article into the seeds folder byte for byte, as {@code NNN_<first 16 hex digits of its
 * SHA-256>.txt} after the articles already there, and records its hash in {@code SHA256SUMS}. The same
 * bytes imported twice are the same file, not a second copy. An article that is not UTF-8 is refused:
 * quotes are anchored to its characters, which a guessed encoding would change.
 */
public final class ArticleCopy {
    public static final String SUMS = "SHA256SUMS";
    private static final Pattern SEED = Pattern.compile("(\\d{3})_[0-9a-f]{16}\\.txt");

    /** The article in the seeds folder, its text, and whether this call copied it (false: it was there already). */
    public record Imported(Path file, String sha256, String text, boolean copied) {}

    private ArticleCopy() {}

    public static Imported into(Path seeds, Path article) throws IOException {
        byte[] bytes = Files.readAllBytes(article);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(article + ": not UTF-8 text; convert it to UTF-8 first (its quotes are anchored to its characters)");
        }
        String sha = sha256(bytes);
        Path sums = seeds.resolve(SUMS);
        List<String> lines = Files.isRegularFile(sums) ? Files.readAllLines(sums, StandardCharsets.UTF_8) : List.of();
        for (String l : lines) {
            if (l.startsWith(sha + "  ")) {
                Path existing = seeds.resolve(l.substring(sha.length() + 2).strip());
                if (Files.isRegularFile(existing) && java.util.Arrays.equals(Files.readAllBytes(existing), bytes))
                    return new Imported(existing, sha, text, false);
            }
        }
        int next = 0;
        try (var files = Files.list(seeds)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                var m = SEED.matcher(p.getFileName().toString());
                if (m.matches()) next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        Path target = seeds.resolve(String.format("%03d_%s.txt", next, sha.substring(0, 16)));
        AtomicFiles.write(target, bytes);
        StringBuilder all = new StringBuilder();
        for (String l : lines) all.append(l).append('\n');
        all.append(sha).append("  ").append(target.getFileName()).append('\n');
        AtomicFiles.write(sums, all.toString().getBytes(StandardCharsets.UTF_8));
        return new Imported(target, sha, text, true);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
