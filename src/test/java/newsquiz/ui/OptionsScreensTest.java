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

/** Session options on the home screen: questions, timer, order, kind and type, kept per player. */
class OptionsScreensTest {
    @TempDir
    Path dir;

    /** A player whose options are kept in memory, as the gradebook's services keep them in a file. */
    static final class Kept extends FirstRunScreensTest.Players {
        final List<Session.Options> kept = new ArrayList<>();

        Kept() {
            super("Ana");
            player = "Ana";
        }

        @Override
        public Session.Options sessionOptions() {
            return kept.isEmpty() ? null : kept.get(kept.size() - 1);
        }

        @Override
        public void rememberSessionOptions(Session.Options options) {
            kept.add(options);
        }
    }

    private VirtualScreen home(Kept services) throws Exception {
        QuizFiles.write(TestQuizzes.bank(12), dir.resolve("bank.json"));
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults(), services);
        return new VirtualScreen(80, 24, true).show(runner.home());
    }

    @Test
    void optionsChosenOnTheHomeScreenShapeTheSessionAndAreKept() throws Exception {
        Kept services = new Kept();
        VirtualScreen s = home(services);
        assertThat(s.row(1)).contains("Sessions: 10 questions · no timer · best first (o)", "Player: Ana (p)");
        s.press('o');
        assertThat(s.text()).contains("Session options", "Questions     ◀ 10 questions ▶", "Kind of fact");
        assertThat(s.row(23)).endsWith("Esc: back"); // the box's keys, not mixed with the home screen's
        s.press(KeyType.ArrowLeft); // 5 questions
        s.press(KeyType.ArrowDown).press(KeyType.ArrowRight).press(KeyType.ArrowRight); // 30 s
        s.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.ArrowRight).press(KeyType.ArrowRight);
        assertThat(s.text()).contains("Kind of fact  ◀ date ▶");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("Sessions: 5 questions · 30 s each · best first · only date");
        assertThat(services.kept).singleElement().satisfies(o -> {
            assertThat(o.count()).isEqualTo(5);
            assertThat(o.timeLimitMillis()).isEqualTo(30_000);
            assertThat(o.onlyKind()).isEqualTo("date");
        });
        s.press(KeyType.Enter);
        assertThat(s.row(1)).contains("Question 1 of 5");
        assertThat(s.text()).contains("30s left");
        // a new home screen (the next run) starts from the kept options
        VirtualScreen again = home(services);
        assertThat(again.row(1)).contains("5 questions · 30 s each");
        again.press('o').press(KeyType.Escape);
        assertThat(services.kept).hasSize(1);
    }

    @Test
    void theHomeFooterStillFits80ColumnsWithTheOptionsKey() throws Exception {
        VirtualScreen s = home(new Kept());
        assertThat(s.row(23)).contains("o options").endsWith("q quit").doesNotContain("…");
    }
}
