package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import newsquiz.questions.QuizFiles;
import newsquiz.session.TestQuizzes;
import newsquiz.store.Gradebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `play` with a gradebook that cannot take some answers: it says which, once each, and exits 1. */
class FailedStoreCommandTest {
    @TempDir
    Path dir;

    /** Runs the command line with these lines as standard input (the plain mode reads it when there is no console). */
    static FactsCommandTest.Result withInput(String lines, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
            return FactsCommandTest.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void answersThatCouldNotBeStoredAreNamedAndTheExitCodeIsOne() throws Exception {
        Path db = dir.resolve("grades.db");
        Gradebook.open(db.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER full BEFORE INSERT ON answers WHEN NEW.question_id = 'q2'"
                    + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        Path quiz = dir.resolve("quiz.json");
        QuizFiles.write(TestQuizzes.bank(4), quiz);
        // B is "Right" in every question of the bank
        FactsCommandTest.Result r = withInput("B\nB\nB\nB\n", "play", quiz.toString(), "--plain", "--db",
                db.toString(), "--player", "ana", "-n", "4");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsOnlyOnce("not saved in the gradebook").contains("question 2 of 4 (q2");
        assertThat(r.err()).contains("1 thing could not be saved", "question 2 of 4 (q2", "database or disk is full")
                .doesNotContain("q1", "q3", "q4");
    }

    @Test
    void aSessionStoredWholeExitsZero() throws Exception {
        Path db = dir.resolve("grades.db");
        Path quiz = dir.resolve("quiz.json");
        QuizFiles.write(TestQuizzes.bank(2), quiz);
        FactsCommandTest.Result r = withInput("B\nB\n", "play", quiz.toString(), "--plain", "--db", db.toString(),
                "--player", "ana");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
