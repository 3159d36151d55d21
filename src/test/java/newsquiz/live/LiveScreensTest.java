package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;

/** The teacher's and the students' screens on a virtual terminal: what they show, the host's keys, any size. */
class LiveScreensTest {
    private final AtomicLong clock = new AtomicLong();

    private static String text(DefaultVirtualTerminal term) {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = term.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                sb.append(term.getCharacter(c, r).getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private LiveHost host(Quiz quiz) {
        return new LiveHost(new LiveGame(quiz, LiveGame.playable(quiz, 0), 20_000, 50, new LiveGame.Listener() {
        }), clock::get);
    }

    @Test
    void theHostRunsTheGameWithItsKeys() throws IOException {
        LiveHost host = host(TestQuizzes.bank(2));
        host.withGame(g -> List.of(g.join("ann", 0), g.join("bob", 0)));
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        HostConsole console = HostConsole.of(screen, host, "ssh -p 2222 NAME@10.0.0.2", "482913", "SHA256:abc");
        console.draw(true);
        assertThat(text(term)).contains("ssh -p 2222 NAME@10.0.0.2", "code 482913", "2 players joined", "ann, bob");

        console.handle(new KeyStroke(KeyType.Enter));
        clock.set(5_000);
        host.answer("ann", 1);
        console.draw(false);
        assertThat(text(term)).contains("Question 1 of 2", "15 s left", "answered 1 of 2");

        console.handle(new KeyStroke('p', false, false));
        console.handle(new KeyStroke('e', false, false));
        console.draw(false);
        assertThat(text(term)).contains("PAUSED", "p resume");
        console.handle(new KeyStroke('p', false, false));
        long left = host.withGame(g -> g.remaining(clock.get()));
        assertThat(left).isEqualTo(25_000);

        console.handle(new KeyStroke('s', false, false));
        console.draw(false);
        assertThat(text(term)).contains("time is up", "B ✓", "Leaderboard", "1. ann");

        console.handle(new KeyStroke('r', false, false));
        console.handle(new KeyStroke(KeyType.ArrowDown));
        console.draw(false);
        assertThat(text(term)).contains("Remove which player?");
        console.handle(new KeyStroke(KeyType.Enter));
        assertThat(host.withGame(LiveGame::leaderboard)).extracting(LiveGame.Standing::name).containsExactly("ann");

        console.handle(new KeyStroke('q', false, false));
        console.draw(false);
        assertThat(text(term)).contains("End the quiz now?");
        console.handle(new KeyStroke('y', false, false));
        console.draw(false);
        assertThat(text(term)).contains("The podium", "1. ann");
        assertThat(console.done()).isFalse();
        console.handle(new KeyStroke('q', false, false));
        assertThat(console.done()).isTrue();
    }

    @Test
    void aStudentScreenDrawsAtAnySizeWithHostileText() throws IOException {
        Question q = TestQuizzes.choice("q1", "quote", "Right", "Wrong\u001b]52;c;cHduZWQ=\u0007", "Right",
                "x".repeat(500));
        LiveHost host = host(TestQuizzes.quiz(List.of(q)));
        host.withGame(g -> {
            g.join("\u001b[31mann", 0);
            g.next(0);
            return null;
        });
        for (int[] size : new int[][] {{1, 1}, {2, 1}, {10, 3}, {80, 24}, {250, 100}}) {
            DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(size[0], size[1]));
            TerminalScreen screen = new TerminalScreen(term);
            screen.startScreen();
            LiveHost.Snapshot s = host.snapshot("ann");
            StudentScreen.draw(new Draw(screen.newTextGraphics()), s.view(), s.podium());
            screen.refresh();
            String shown = text(term);
            assertThat(shown).doesNotContain("\u001b", "\u0007");
            if (size[0] == 80) {
                assertThat(shown).contains("Question 1 of 1", "A  Wrong ", "Press A-C or 1-3").doesNotContain("cHduZWQ");
            }
        }
    }
}
