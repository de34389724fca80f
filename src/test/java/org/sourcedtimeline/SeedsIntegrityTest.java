package org.sourcedtimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcedtimeline.io.ArticleDecoder;

/** The articles are evidence: not one byte of them may change. */
class SeedsIntegrityTest {
    // The sums as first received, so that editing an article and its SHA256SUMS line together still fails.
    private static final Map<String, String> RECEIVED = Map.of(
            "000_4e0675f319bf28cb.txt", "58347fb67ce791c32a111d04653c83addc484317657cbe5253f3b1033d3ecba1",
            "001_a0c01f69be3dab9d.txt", "c22755c91f179d1cf780351769aafda00395094ca7d8c35baba6df4e9b5fa499",
            "002_4255839f491557e0.txt", "ec506d9aa7151c3edbd4002fb2d8cf129951c0108e3444a17dfba9db8ab6ab8b",
            "003_bdcf629aeea73049.txt", "d7661dffde0d2a9c6c292675c4f6ed13c50c851b0f0579493a3322989f73781d",
            "004_0d8b9c62a09d6433.txt", "ec58626d2f2beff3b412ae66b5d1094b51a3f30780f2badb20f7f046f5e44196");

    @Test
    void everyArticleIsByteForByteAsReceived() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(TestFiles.seeds())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList())
                actual.put(p.getFileName().toString(), ArticleDecoder.sha256(Files.readAllBytes(p)));
        }
        assertEquals(new TreeMap<>(RECEIVED), actual);
    }

    @Test
    void sumsFileAgreesWithTheArticles() throws Exception {
        List<String> lines = Files.readAllLines(TestFiles.seeds().resolve("SHA256SUMS"));
        assertEquals(5, lines.size());
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            assertTrue(RECEIVED.containsKey(parts[1]), parts[1]);
            assertEquals(RECEIVED.get(parts[1]), parts[0], parts[1]);
        }
    }
}
