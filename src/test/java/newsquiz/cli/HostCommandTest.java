package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.QuizFiles;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `host` refuses bad input with a message naming what is wrong and exit code 2, before it listens on anything. */
class HostCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingQuizFileIsNamed() {
        FactsCommandTest.Result r = FactsCommandTest.run("host", dir.resolve("nope.json").toString(), "--db",
                dir.resolve("g.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json").doesNotContain("Exception");
    }

    @Test
    void aQuizWithoutQuestionsWithChoicesCannotBePlayedLive() throws Exception {
        Path quiz = dir.resolve("typed.json");
        QuizFiles.write(TestQuizzes.quiz(List.of(TestQuizzes.typed("t1", "short_answer", "Maduro", List.of(), null))),
                quiz);
        FactsCommandTest.Result r = FactsCommandTest.run("host", quiz.toString(), "--db", dir.resolve("g.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("typed.json: no question with choices to play live");
    }

    @Test
    void badOptionsAreRefused() throws Exception {
        Path quiz = dir.resolve("bank.json");
        QuizFiles.write(TestQuizzes.bank(2), quiz);
        for (String[] bad : new String[][] {{"--time", "1"}, {"--port", "70000"}, {"--code", "a b\u001b[2J"},
                {"--max-players", "0"}}) {
            FactsCommandTest.Result r = FactsCommandTest.run("host", quiz.toString(), bad[0], bad[1]);
            assertThat(r.code()).as(bad[0]).isEqualTo(2);
            assertThat(r.err()).as(bad[0]).startsWith("newsquiz: ").doesNotContain("\u001b");
        }
        assertThat(Files.exists(dir.resolve("g.db"))).isFalse();
    }

    @Test
    void withoutATerminalTheHostSaysSo() throws Exception {
        Path quiz = dir.resolve("bank.json");
        QuizFiles.write(TestQuizzes.bank(2), quiz);
        FactsCommandTest.Result r = FactsCommandTest.run("host", quiz.toString(), "--db", dir.resolve("g.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("host needs a terminal");
    }
}
