package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run asks who is playing inside the full screen, with a picker of the players already known. */
class FirstRunScreensTest {
    @TempDir
    Path dir;

    /** A gradebook that knows some players and remembers none yet. */
    static class Players implements Services {
        String player = "";
        final List<String> known;
        final List<String> switched = new ArrayList<>();

        Players(String... known) {
            this.known = List.of(known);
        }

        @Override
        public String player() {
            return player;
        }

        @Override
        public List<String> players() {
            return known;
        }

        @Override
        public String switchPlayer(String name) {
            switched.add(name);
            player = name;
            return "Now playing: " + name;
        }
    }

    private VirtualScreen firstRun(Players services, int columns, int rows) throws Exception {
        QuizFiles.write(TestQuizzes.bank(3), dir.resolve("quiz.json"));
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults(), services);
        return new VirtualScreen(columns, rows, true).show(runner.whoIsPlaying(runner::home));
    }

    @Test
    void aNewPlayerTypesTheirNameAndAnEmptyNameIsRefused() throws Exception {
        Players services = new Players();
        VirtualScreen s = firstRun(services, 80, 24);
        assertThat(s.text()).contains("Welcome! Who is playing?", "New player:", "┌");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("Type your name first");
        assertThat(services.switched).isEmpty();
        s.type("Ana Li").press(KeyType.Enter);
        assertThat(services.switched).containsExactly("Ana Li");
        assertThat(s.view).isInstanceOf(HomeView.class);
        assertThat(s.text()).contains("Now playing: Ana Li", "Test quiz");
    }

    @Test
    void aKnownPlayerIsPickedFromTheListAndEscLeavesTheFirstRun() throws Exception {
        Players services = new Players("Ana", "Ben", "Cy");
        VirtualScreen s = firstRun(services, 120, 40);
        assertThat(s.text()).contains("Ana", "Ben", "Cy", "New player:");
        s.press(KeyType.ArrowDown).press(KeyType.Enter);
        assertThat(services.switched).containsExactly("Ben");
        s = firstRun(new Players("Ana"), 80, 24).press(KeyType.Escape);
        assertThat(s.view).isNull();
    }

    @Test
    void pOnTheHomeScreenSwitchesWithTheSamePicker() throws Exception {
        Players services = new Players("Ana", "Ben");
        services.player = "Ana";
        VirtualScreen s = firstRun(services, 80, 24);
        assertThat(s.view).isInstanceOf(HomeView.class);
        s.press('p');
        assertThat(s.text()).contains("Who is playing?", "now: Ana", "▶ Ana");
        s.press(KeyType.Escape);
        assertThat(s.view).isInstanceOf(HomeView.class);
        s.press('p').press(KeyType.End).type("Dee").press(KeyType.Enter);
        assertThat(services.switched).containsExactly("Dee");
    }
}
