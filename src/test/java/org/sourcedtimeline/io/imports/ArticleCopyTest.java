package org.sourcedtimeline.io.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCopyTest {
    @TempDir Path dir;

    @Test
    void copiedByteForByteAfterTheOthersWithItsHashRecorded() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("004_0123456789abcdef.txt"), "old");
        byte[] bytes = "Texte « cité »\r\navec un CRLF et un BOM ?\n".getBytes(StandardCharsets.UTF_8);
        Path article = Files.write(dir.resolve("new.txt"), bytes);
        ArticleCopy.Imported i = ArticleCopy.into(seeds, article);
        assertTrue(i.copied());
        assertEquals("005_" + i.sha256().substring(0, 16) + ".txt", i.file().getFileName().toString());
        assertArrayEquals(bytes, Files.readAllBytes(i.file()), "byte for byte");
        assertEquals(i.sha256() + "  " + i.file().getFileName(), Files.readAllLines(seeds.resolve(ArticleCopy.SUMS)).get(0));

        ArticleCopy.Imported again = ArticleCopy.into(seeds, article);
        assertFalse(again.copied(), "the same bytes are the same article");
        assertEquals(i.file(), again.file());
        assertEquals(1, Files.readAllLines(seeds.resolve(ArticleCopy.SUMS)).size());
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Sécurité".getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(java.io.IOException.class, () -> ArticleCopy.into(seeds, latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        try (var files = Files.list(seeds)) {
            assertEquals(0, files.count(), "nothing copied");
        }
    }
}
