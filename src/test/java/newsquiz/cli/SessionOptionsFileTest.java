package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import newsquiz.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each player's session options survive the app, and a damaged file only means the defaults. */
class SessionOptionsFileTest {
    @TempDir
    Path dir;

    @Test
    void eachPlayerKeepsTheirOwnOptions() {
        SessionOptionsFile file = new SessionOptionsFile(dir.resolve("sub/options.properties"));
        assertThat(file.read("Ana")).isNull();
        file.write("Ana", new Session.Options(5, true, 1, Set.of(), 30_000, "date", null));
        file.write("Ben = Ben: x", new Session.Options(0, false, 1, Set.of(), 0, null, "true_false"));
        Session.Options ana = new SessionOptionsFile(dir.resolve("sub/options.properties")).read("Ana");
        assertThat(ana).isEqualTo(new Session.Options(5, true, 1, Set.of(), 30_000, "date", null));
        assertThat(file.read("Ben = Ben: x").onlyType()).isEqualTo("true_false");
        assertThat(file.read("Cy")).isNull();
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path f = dir.resolve("options.properties");
        Files.writeString(f, "Ana=count x time y\nBen=count 99999 time 1 shuffle true kind - type -\n\u0000\u00ff");
        SessionOptionsFile file = new SessionOptionsFile(f);
        assertThat(file.read("Ana")).isNull();
        assertThat(file.read("Ben")).isNull();
        file.write("Ana", Session.Options.defaults());
        assertThat(file.read("Ana")).isEqualTo(new Session.Options(10, false, 1, Set.of(), 0));
    }
}
