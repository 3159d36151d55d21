package newsquiz.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a user's gradebook lives when nothing says otherwise. */
class DataFolderTest {
    @Test
    void homeIsTheShellsHomeBeforeTheAccountsOwn() {
        // "HOME=/tmp/class make run": a teacher's class folder, not the account owner's gradebook
        assertThat(DataFolder.path(Map.of("HOME", "/tmp/class"), "/home/owner"))
                .isEqualTo(Path.of("/tmp/class/.local/share/newsquiz"));
        assertThat(DataFolder.path(Map.of(), "/home/owner")).isEqualTo(Path.of("/home/owner/.local/share/newsquiz"));
        assertThat(DataFolder.path(Map.of("HOME", " "), "/home/owner"))
                .isEqualTo(Path.of("/home/owner/.local/share/newsquiz"));
    }

    @Test
    void xdgDataHomeComesFirst() {
        assertThat(DataFolder.path(Map.of("XDG_DATA_HOME", "/data", "HOME", "/tmp/class"), "/home/owner"))
                .isEqualTo(Path.of("/data/newsquiz"));
    }
}
