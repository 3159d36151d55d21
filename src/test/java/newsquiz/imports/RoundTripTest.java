package newsquiz.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import newsquiz.export.Exported;
import newsquiz.export.Exporters;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import org.junit.jupiter.api.Test;

/** Export, then import: every question the format can express comes back the same (ids, prompts, keys). */
class RoundTripTest {
    private static Quiz quiz() throws Exception {
        return QuizFiles.read(Path.of("src/test/resources/quizzes/every-type.json"));
    }

    private static String export(String format, Quiz quiz) throws Exception {
        Exported e = Exporters.byFormat(format).orElseThrow().export(quiz);
        return new String(e.bytes(), StandardCharsets.UTF_8);
    }

    /** The same question as far as a student and the checker can tell. */
    private static void assertSame(Question back, Question original) {
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.type()).isEqualTo(original.type());
        assertThat(back.prompt()).isEqualTo(original.prompt());
        if (original.type().equals("numeric")) {
            assertThat(Double.parseDouble(String.valueOf(back.answer())))
                    .isEqualTo(Double.parseDouble(String.valueOf(original.answer()).replace(",", "")));
            assertThat(back.tolerance()).isEqualTo(original.tolerance());
        } else {
            assertThat(back.answer()).isEqualTo(original.answer());
        }
        if (original.choices() != null && !original.type().equals("true_false")) {
            assertThat(new HashSet<>(back.choices())).isEqualTo(new HashSet<>(original.choices()));
        }
        if (original.type().equals("short_answer")) {
            assertThat(back.accept()).isEqualTo(original.accept());
        }
    }

    @Test
    void giftKeepsEveryQuestionButOrdering() throws Exception {
        Quiz original = quiz();
        Imported back = GiftReader.read("x.gift", "x", export("gift", original));
        List<Question> expressible = original.questions().stream().filter(q -> !q.type().equals("ordering")).toList();
        assertThat(back.quiz().questions()).hasSize(expressible.size());
        for (int i = 0; i < expressible.size(); i++) {
            assertSame(back.quiz().questions().get(i), expressible.get(i));
        }
        assertThat(back.skipped()).isEmpty();
    }

    @Test
    void giftKeepsSpecialCharacters() throws Exception {
        Quiz original = quiz();
        Question q = original.questions().get(0);
        Question special = new Question(q.id(), q.type(), q.kind(), "=Who {said} ~this: #1 \\ -> \"quoted\"?",
                List.of("A = B", "C ~ D", "{E}: #F"), "C ~ D", List.of(), null, q.evidence(), q.spans(), 1, 1, null);
        Imported back = GiftReader.read("x.gift", "x", export("gift", original.withQuestions(List.of(special), null)));
        assertSame(back.quiz().questions().get(0), special);
    }

    @Test
    void moodleXmlKeepsEveryQuestion() throws Exception {
        Quiz original = quiz();
        Imported back = MoodleXmlReader.read("x.xml", "x", export("moodle-xml", original));
        assertThat(back.quiz().questions()).hasSize(original.questions().size());
        for (int i = 0; i < original.questions().size(); i++) {
            assertSame(back.quiz().questions().get(i), original.questions().get(i));
        }
        assertThat(back.skipped()).isEmpty();
    }
}
