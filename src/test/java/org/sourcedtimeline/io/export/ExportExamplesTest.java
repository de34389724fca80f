package org.sourcedtimeline.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The examples in docs/examples are what the export gives today, not a hand-edited copy. */
class ExportExamplesTest {
    @Test
    void theTimelineJsPageHoldsTodaysExport() throws Exception {
        String page = Files.readString(Path.of("docs/examples/timelinejs.html"), StandardCharsets.UTF_8);
        String begin = "/* export begins */", end = "/* export ends */";
        String embedded = page.substring(page.indexOf(begin) + begin.length(), page.indexOf(end));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.TIMELINEJS.write(EvidenceCsvTest.LOADED, new ExportFormat.Options(null, Locale.ENGLISH, false), out);
        assertEquals(out.toString(StandardCharsets.UTF_8).strip(), embedded.strip(),
                "re-export with: java -jar target/timeline.jar export --format timelinejs --out F, and paste it between the markers");
    }
}
