package newsquiz.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsThePermissionsTheUmaskGivesAnyNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt")); // created as every new file is: the umask decides
        Path written = dir.resolve("quiz.json");
        WholeFiles.write(written, "{}\n");
        assertThat(Files.readString(written)).isEqualTo("{}\n");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(plain, written); // no temporary file left
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path written = dir.resolve("quiz.json");
        Files.writeString(written, "old");
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-r-----"));
        WholeFiles.write(written, "new");
        assertThat(Files.readString(written)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-r-----");
    }
}
