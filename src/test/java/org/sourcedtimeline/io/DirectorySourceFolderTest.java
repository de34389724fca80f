package org.sourcedtimeline.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceFolderTest {
    /**
     * Found by the fuzz test on a bare Debian (LANG unset): an article named with an accent has no
     * bytes in the C locale, and the loader threw instead of reporting. A lone surrogate has no bytes in
     * any locale, so it stands in for that case here (the JSON reader refuses one, the folder must too).
     */
    @Test
    void aNameTheSystemCannotEncodeIsAProblemNotAnException(@TempDir Path tmp) {
        SourceFolder.SourceAccessException e = assertThrows(SourceFolder.SourceAccessException.class,
                () -> new DirectorySourceFolder(tmp).read("article\uD800.txt"));
        assertTrue(e.getMessage().contains("cannot be a file name on this system (file names are "), e.getMessage());
    }
}
