package newsquiz.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A teacher's review with the real jar under tmux: reject two questions, fix one's key, save, leave. */
class ReviewUnderTmuxIT {
    private static final String SOCKET = "newsquiz-review-it-" + ProcessHandle.current().pid();

    private static String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SOCKET, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    /**
     * Waits (bounded, so a test never hangs) until the screen shows every text: a screen caught while it is being
     * redrawn can show the new status line above the old question.
     */
    private static String waitFor(String... texts) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        String screen = "";
        while (System.currentTimeMillis() < deadline) {
            screen = tmux("capture-pane", "-t", "it", "-p");
            String shown = screen;
            if (java.util.Arrays.stream(texts).allMatch(shown::contains)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed " + java.util.Arrays.toString(texts) + ":\n" + screen);
    }

    @AfterEach
    void stop() throws Exception {
        if (PlayUnderTmuxIT.tmuxAvailable()) {
            tmux("kill-server");
        }
    }

    @Test
    void rejectTwoFixOneSaveAndLeave() throws Exception {
        if (System.getenv("CI") != null) {
            assertThat(PlayUnderTmuxIT.tmuxAvailable()).as("tmux is installed by .ci/run").isTrue();
        }
        assumeTrue(PlayUnderTmuxIT.tmuxAvailable(), "tmux is not installed");
        Path dir = Files.createTempDirectory("newsquiz-review-it");
        Path bank = dir.resolve("bank.json");
        Files.copy(Path.of("src/test/resources/quizzes/every-type.json"), bank);
        Files.copy(Path.of("src/test/resources/articles/venezuela-rostec-2019.txt"),
                dir.resolve("venezuela-rostec-2019.txt"));
        tmux("new-session", "-d", "-s", "it", "-x", "80", "-y", "24", "env TERM=xterm-256color LC_ALL=C NEWSQUIZ_DB=" + dir.resolve("grades.db") + " XDG_DATA_HOME="
                + dir.resolve("data") + " java -jar "
                + Path.of("target/newsquiz.jar").toAbsolutePath() + " review " + bank + "; sleep 30");
        tmux("set", "-sg", "escape-time", "10");
        waitFor("Question 1/8");
        tmux("send-keys", "-t", "it", "r");
        waitFor("Question 2/8");
        tmux("send-keys", "-t", "it", "r");
        String s = waitFor("✗ 2 rejected", "In the article:", "Rostec");
        assertThat(s).contains("In the article:", "Rostec");
        tmux("send-keys", "-t", "it", "e", "k");
        waitFor("Question 3: answer");
        tmux("send-keys", "-t", "it", "C-u", "D", "Enter");
        waitFor("Changed the answer.");
        tmux("send-keys", "-t", "it", "s");
        waitFor("Saved bank.json");
        tmux("send-keys", "-t", "it", "q");
        Thread.sleep(500);
        Quiz saved = QuizFiles.read(bank);
        assertThat(saved.questions().subList(0, 2)).allMatch(q -> q.rejected());
        assertThat(saved.questions().get(2).answer()).isEqualTo("Wall Street Journal");
        assertThat(dir.resolve("bank.json.bak")).exists();
    }
}
