package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import newsquiz.questions.QuizFiles;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `play --shuffle`: each player of a class gets their own order of questions and choices; a seed replays it. */
class ShuffleCommandTest {
    @TempDir
    Path dir;

    private String choices(String player, String seed) throws Exception {
        Path quiz = dir.resolve("quiz.json");
        QuizFiles.write(TestQuizzes.bank(8), quiz);
        FactsCommandTest.Result r = FailedStoreCommandTest.withInput("A\n".repeat(8), "play", quiz.toString(), "--plain", "--db",
                dir.resolve("g.db").toString(), "--player", player, "--shuffle", "--seed", seed);
        assertThat(r.code()).isZero();
        return String.join("\n", r.out().lines().filter(l -> l.matches("  [A-D]\\) .*|Question q\\d+\\?")).toList());
    }

    @Test
    void eachPlayerGetsTheirOwnOrderAndTheSameSeedReplaysIt() throws Exception {
        String ana = choices("ana", "3");
        assertThat(ana).contains("Right", "Wrong", "Other");
        assertThat(choices("ana", "3")).isEqualTo(ana);
        assertThat(choices("ben", "3")).isNotEqualTo(ana);
        assertThat(choices("ana", "4")).isNotEqualTo(ana);
        var options = new newsquiz.session.Session.Options(10, true, 3, java.util.Set.of(), 0);
        assertThat(options.forPlayer("ana")).isEqualTo(options.forPlayer("ana")).isNotEqualTo(options.forPlayer("ben"));
    }
}
