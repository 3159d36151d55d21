package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen at 80x24 (the size the README promises) and 120x40: a title bar on the first row, the keys on the
 * last, and nothing cut without an ellipsis, through a whole session of every question type.
 */
class EveryScreenSizesTest {
    @TempDir
    Path dir;

    private static final String LONG = "The minister said the agreement would be signed next week in the capital after"
            + " a final round of talks between the two delegations and their legal advisers";

    private static List<Question> everyType() {
        return List.of(TestQuizzes.choice("q1", "quote", "Rostec", "Reuters", "Rostec", LONG),
                new Question("q2", "true_false", "quote", "True or false: " + LONG, List.of("True", "False"), true,
                        List.of(), null, List.of("Two."), List.of(new int[] {0, 1}), 1, 1, "Because."),
                TestQuizzes.typed("q3", "short_answer", "Juan Guaidó", List.of("Guaidó"), null),
                new Question("q4", "numeric", "quantity", "How many?", null, "1000", List.of(), 0.0,
                        List.of("Four 1,000."), List.of(new int[] {0, 1}), 1, 1, ""),
                new Question("q5", "ordering", "date", "Put these in order:", List.of(LONG, "first"),
                        List.of("first", LONG), List.of(), null, List.of("Five."), List.of(new int[] {0, 1}), 3, 1, ""),
                new Question("q6", "matching", "quote", "Match:", List.of("Lee", "Kim"),
                        List.of(List.of(LONG, "Kim"), List.of("short", "Lee")), List.of(), null, List.of("Six."),
                        List.of(new int[] {0, 1}), 3, 1, ""));
    }

    private static void framed(VirtualScreen s, int columns, int rows) {
        assertThat(s.row(0)).as("title bar").startsWith(" ").isNotBlank();
        assertThat(s.row(rows - 1)).as("keys on the last row").isNotBlank();
        for (String line : s.text().lines().toList()) {
            assertThat(line.length()).isLessThanOrEqualTo(columns);
        }
        assertThat(s.text().lines().count()).isLessThanOrEqualTo(rows);
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "120, 40"})
    void aWholeSessionOfEveryTypeIsFramedAtEachSize(int columns, int rows) throws Exception {
        QuizFiles.write(TestQuizzes.quiz(everyType()), dir.resolve("every.json"));
        FirstRunScreensTest.Players services = new FirstRunScreensTest.Players("Ana");
        Runner runner = new Runner(List.of(dir), true, new Session.Options(0, false, 1, java.util.Set.of(), 30_000),
                services);
        VirtualScreen s = new VirtualScreen(columns, rows, true).show(runner.whoIsPlaying(runner::home));
        framed(s, columns, rows);
        s.press(KeyType.Enter);
        framed(s, columns, rows);
        s.press('?');
        framed(s, columns, rows);
        s.press(KeyType.Escape).press(KeyType.Enter);
        assertThat(s.row(1)).contains("Question 1 of 6");
        String[][] answers = {{"b"}, {"a"}, {"Guaido", "\n"}, {"1,000", "\n"}, {" ", "↓", " ", "\n"},
            {"b", "↓", "a", "\n"}};
        for (String[] keys : answers) {
            framed(s, columns, rows);
            s.press(KeyType.F1); // F1 also where '?' would be typed
            assertThat(s.text()).contains("Keys: ", "Any key: back");
            framed(s, columns, rows);
            s.press(KeyType.Escape).press(KeyType.Escape); // any key closes the help; Esc then asks to quit
            framed(s, columns, rows);
            assertThat(s.text()).contains("(y/n)");
            s.press('n');
            for (String k : keys) {
                switch (k) {
                    case "\n" -> s.press(KeyType.Enter);
                    case "↓" -> s.press(KeyType.ArrowDown);
                    default -> s.type(k);
                }
            }
            assertThat(s.text()).contains("Right!");
            framed(s, columns, rows);
            s.press(KeyType.Enter);
        }
        framed(s, columns, rows);
        assertThat(s.text()).contains("6 of 6 right (100%)", "No mistakes. Well done!");
        s.press('?');
        framed(s, columns, rows);
    }
}
