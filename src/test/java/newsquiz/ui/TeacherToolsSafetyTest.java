package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsquiz.export.Exporter;
import newsquiz.export.Exporters;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.review.ArticleContext;
import newsquiz.review.ReviewBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review, its plain mode and every text export never pass on what a terminal or a tool would act on. */
class TeacherToolsSafetyTest {
    @TempDir
    Path dir;

    private static void assertSafe(String text) {
        assertThat(Hostile.unsafe(text)).as("first unsafe character: %s in\n%s", Hostile.firstUnsafe(text), text)
                .isFalse();
    }

    @Test
    void aHostileBankIsReviewedSafelyOnEveryQuestion() throws Exception {
        Path file = dir.resolve("hostile.json");
        QuizFiles.write(HostileQuiz.quiz(), file);
        Quiz quiz = QuizFiles.read(file);
        VirtualScreen s = new VirtualScreen(80, 24, true).show(new ReviewView(new ReviewBank(file, quiz),
                ArticleContext.none(), () -> null, java.util.Map.of(quiz.questions().get(0).id(),
                List.of(HostileQuiz.h("flag")))));
        for (int i = 0; i < quiz.questions().size(); i++) {
            assertSafe(s.text());
            assertSafe(s.press('e').press('p').text());
            s.press(KeyType.Escape).press(KeyType.ArrowDown);
        }
        StringWriter out = new StringWriter();
        new PlainReview(LineSource.of(new ByteArrayInputStream("l\nn\nn\nn\nn\nq\n".getBytes(StandardCharsets.UTF_8))),
                new PrintWriter(out), new ReviewBank(file, quiz), ArticleContext.none()).run();
        assertSafe(out.toString().replace("\n", " "));
    }

    @Test
    void textExportsOfAHostileBankHoldNoControlOrInvisibleCharacters() throws Exception {
        for (String format : List.of("gift", "csv", "quizlet", "anki-tsv", "markdown", "moodle-xml")) {
            Exporter e = Exporters.byFormat(format).orElseThrow();
            String text = new String(e.export(HostileQuiz.quiz()).bytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", " ").replace("\n", " ").replace("\t", " ").replace("\uFEFF", "");
            assertThat(Hostile.unsafe(text)).as(format + ": %s", Hostile.firstUnsafe(text)).isFalse();
        }
    }
}
