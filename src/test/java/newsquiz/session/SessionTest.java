package newsquiz.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import newsquiz.questions.Question;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static List<String> ids(Session s) {
        List<String> out = new java.util.ArrayList<>();
        while (!s.finished()) {
            out.add(s.current().id());
            s.answer("Right", 0);
        }
        return out;
    }

    @Test
    void drawsTenFromTheTopByDefault() {
        Session s = Session.start(TestQuizzes.bank(25), Session.Options.defaults(), 0);
        assertThat(s.total()).isEqualTo(10);
        assertThat(ids(s)).containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10");
    }

    @Test
    void drawsAllOrANumber() {
        assertThat(Session.start(TestQuizzes.bank(25), new Session.Options(0, false, 1, Set.of(), 0), 0).total())
                .isEqualTo(25);
        assertThat(Session.start(TestQuizzes.bank(25), new Session.Options(3, false, 1, Set.of(), 0), 0).total())
                .isEqualTo(3);
        assertThat(Session.start(TestQuizzes.bank(2), Session.Options.defaults(), 0).total()).isEqualTo(2);
    }

    @Test
    void shufflesTheDrawnQuestionsWithASeed() {
        var shuffled = new Session.Options(5, true, 42, Set.of(), 0);
        List<String> a = ids(Session.start(TestQuizzes.bank(25), shuffled, 0));
        List<String> b = ids(Session.start(TestQuizzes.bank(25), shuffled, 0));
        assertThat(a).isEqualTo(b).containsExactlyInAnyOrder("q1", "q2", "q3", "q4", "q5")
                .isNotEqualTo(List.of("q1", "q2", "q3", "q4", "q5"));
    }

    @Test
    void retriesOnlyTheGivenQuestions() {
        Session s = Session.start(TestQuizzes.bank(25), new Session.Options(0, false, 1, Set.of("q7", "q3"), 0), 0);
        assertThat(ids(s)).containsExactly("q3", "q7");
    }

    @Test
    void pointsGrowWithTheStreakAndStopAtTheCap() {
        Session s = Session.start(TestQuizzes.bank(10), Session.Options.defaults(), 0);
        int[] points = new int[8];
        for (int i = 0; i < 8; i++) {
            points[i] = s.answer("Right", 0).points();
        }
        assertThat(points).containsExactly(100, 110, 120, 130, 140, 150, 150, 150);
        assertThat(s.streak()).isEqualTo(8);
        assertThat(s.answer("Wrong", 0).points()).isZero();
        assertThat(s.streak()).isZero();
        assertThat(s.bestStreak()).isEqualTo(8);
    }

    @Test
    void aTimedQuestionPaysForSpeedAndRunsOut() {
        Session s = Session.start(TestQuizzes.bank(3), new Session.Options(0, false, 1, Set.of(), 10_000), 0);
        assertThat(s.remainingMillis(2_000)).isEqualTo(8_000);
        assertThat(s.answer("Right", 5_000).points()).isEqualTo(100 + 25);
        assertThat(s.timeIsUp(15_000)).isTrue();
        Session.Outcome late = s.answer("Right", 16_000);
        assertThat(late.timedOut()).isTrue();
        assertThat(late.points()).isZero();
    }

    @Test
    void resultCountsByKindAndListsTheMissed() {
        Session s = Session.start(TestQuizzes.bank(4), Session.Options.defaults(), 1_000);
        s.answer("Right", 2_000);
        s.answer("Wrong", 3_000);
        s.answer("Right", 4_000);
        s.answer("Other", 5_000);
        Session.Result r = s.result(61_000);
        assertThat(r.correct()).isEqualTo(2);
        assertThat(r.percent()).isEqualTo(50);
        assertThat(r.millis()).isEqualTo(60_000);
        assertThat(r.byKind().get("quote")).containsExactly(2, 2);
        assertThat(r.byKind().get("date")).containsExactly(0, 2);
        assertThat(r.missed()).extracting(o -> o.question().id()).containsExactly("q2", "q4");
        assertThat(r.finished()).isTrue();
    }

    @Test
    void quittingKeepsWhatWasAnswered() {
        Session s = Session.start(TestQuizzes.bank(5), Session.Options.defaults(), 0);
        s.answer("Right", 0);
        s.quit();
        assertThat(s.finished()).isTrue();
        assertThat(s.result(0).answered()).isEqualTo(1);
        assertThat(s.result(0).finished()).isFalse();
        assertThatThrownBy(s::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void matchingAndOrderingCompareTheWholeSequence() {
        Question matching = new Question("m", "matching", "quote", "Match", List.of("B", "A"),
                List.of(List.of("quote one", "A"), List.of("quote two", "B")), List.of(), null, List.of("e"),
                List.of(new int[] {0, 1}), 3, 1, "");
        Question ordering = new Question("o", "ordering", "date", "Order", List.of("y", "x"), List.of("x", "y"),
                List.of(), null, List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        Session s = Session.start(TestQuizzes.quiz(List.of(matching, ordering)), Session.Options.defaults(), 0);
        assertThat(s.answer(List.of("A", "B"), 0).verdict().correct()).isTrue();
        assertThat(s.answer(List.of("y", "x"), 0).verdict().correct()).isFalse();
    }

    @Test
    void acceptedQuestionsComeFirstAndRejectedOnesAreNeverAsked() {
        List<Question> bank = new java.util.ArrayList<>(TestQuizzes.bank(6).questions());
        bank.set(1, bank.get(1).withReview(Question.REJECTED, null));
        bank.set(3, bank.get(3).withReview(Question.ACCEPTED, null));
        bank.set(5, bank.get(5).withReview(Question.ACCEPTED, "the key looks wrong"));
        var quiz = TestQuizzes.quiz(bank);
        assertThat(ids(Session.start(quiz, new Session.Options(0, false, 1, Set.of(), 0), 0)))
                .containsExactly("q4", "q6", "q1", "q3", "q5");
        assertThat(ids(Session.start(quiz.withQuestions(bank, 1), Session.Options.defaults(), 0)))
                .containsExactly("q4");
        assertThat(ids(Session.start(quiz, new Session.Options(0, false, 1, Set.of("q2", "q3"), 0), 0)))
                .containsExactly("q3");
    }
}
