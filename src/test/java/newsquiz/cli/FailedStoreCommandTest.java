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
        InputStream stdin = System.in;
        FactsCommandTest.Result r;
        try {
            // B is "Right" in every question of the bank
            System.setIn(new ByteArrayInputStream("B\nB\nB\nB\n".getBytes(StandardCharsets.UTF_8)));
            r = FactsCommandTest.run("play", quiz.toString(), "--plain", "--db", db.toString(), "--player", "ana",
                    "-n", "4");
        } finally {
            System.setIn(stdin);
        }
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
        InputStream stdin = System.in;
        FactsCommandTest.Result r;
        try {
            System.setIn(new ByteArrayInputStream("B\nB\n".getBytes(StandardCharsets.UTF_8)));
            r = FactsCommandTest.run("play", quiz.toString(), "--plain", "--db", db.toString(), "--player", "ana");
        } finally {
            System.setIn(stdin);
        }
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
