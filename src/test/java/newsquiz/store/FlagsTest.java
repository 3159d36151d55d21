package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A student's flag on a question is kept with the player and the question, and read back for the teacher. */
class FlagsTest {
    static List<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFlagFromTheFeedbackScreenIsKeptWithPlayerAndQuestion(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            var quiz = TestQuizzes.bank(3);
            GradebookRecorder recorder = GradebookRecorder.forPlay(book, "ana", 1);
            Session s = Session.start(quiz, Session.Options.defaults(), 1);
            recorder.started(s, 1);
            Session.Outcome o = s.answer(List.of("Wrong"), 2);
            recorder.answered(s, o, 2);
            recorder.flagged(s, o, "two choices are right", 3);
            GradebookRecorder.forPlay(book, "ben", 4).flagged(s, o, "typo in the question", 5);
            assertThat(new Flags(book).of(quiz.id())).containsExactly(
                    new Flags.Flag("ana", "q1", "two choices are right", 3),
                    new Flags.Flag("ben", "q1", "typo in the question", 5));
            assertThat(new Flags(book).of("another quiz")).isEmpty();
            assertThat(recorder.failures()).isEmpty();
        }
    }
}
