package newsquiz.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
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
        assertThat(r.byKind().get("quantity")).containsExactly(2, 2);
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
                List.of(), null, List.of("f"), List.of(new int[] {0, 1}), 3, 1, "");
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

    @Test
    void theClockRunsOnlyWhileTheQuestionIsShown() {
        Session s = Session.start(TestQuizzes.bank(3), new Session.Options(0, false, 1, Set.of(), 10_000), 0);
        s.answer("Right", 4_000);
        s.showing(30_000); // the feedback was read for 26 seconds
        assertThat(s.remainingMillis(31_000)).isEqualTo(9_000);
        assertThat(s.answer("Right", 31_000).timedOut()).isFalse();
    }

    @Test
    void twoOfThreePairsEarnTwoThirdsAndEndTheStreak() {
        Question matching = new Question("m", "matching", "quote", "Match", List.of("B", "A", "C"),
                List.of(List.of("one", "A"), List.of("two", "B"), List.of("three", "C")), List.of(), null,
                List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        Session s = Session.start(TestQuizzes.quiz(List.of(TestQuizzes.choice("q", "quote", "R", "R", "W"), matching)),
                Session.Options.defaults(), 0);
        s.answer("R", 0);
        Session.Outcome o = s.answer(List.of("A", "C", "C"), 0);
        assertThat(o.verdict().correct()).isFalse();
        assertThat(o.points()).isEqualTo(67);
        assertThat(o.verdict().note()).isEqualTo("2 of 3 pairs right; wrong: quote 2");
        assertThat(s.streak()).isZero();
        assertThat(s.score()).isEqualTo(167);
    }

    private static Question on(String id, String type, String sentence) {
        return new Question(id, type, "quantity", "Q " + id, type.equals("true_false") ? List.of("True", "False")
                : List.of("a", "b", "c", "d"), "a", List.of(), null, List.of(sentence), List.of(new int[] {0, 1}), 1,
                1, "");
    }

    @Test
    void aSessionNeverAsksOneFactTwiceAndMixesTypes() {
        List<Question> bank = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            bank.add(on("mc" + i, "multiple_choice", "Sentence " + (i % 8) + "."));
        }
        bank.add(on("tf1", "true_false", "Sentence 1."));
        bank.add(on("tf2", "true_false", "Sentence 20."));
        bank.add(on("sa1", "short_answer", "Sentence 21."));
        bank.add(on("sa2", "short_answer", "  sentence 21 "));
        bank.add(on("nu1", "numeric", "Sentence 22."));
        List<String> drawn = ids(Session.start(TestQuizzes.quiz(bank), new Session.Options(8, false, 1, Set.of(), 0),
                0));
        assertThat(drawn).hasSize(8).containsExactly("mc1", "mc2", "mc3", "mc4", "mc5", "tf2", "sa1", "nu1");
        // the bank's own order is kept; no sentence twice (mc9 repeats mc1's, tf1 and sa2 repeat ones drawn)
        assertThat(drawn).doesNotContain("mc9", "tf1", "sa2");
        // every question (--all) and a retry take what they are given
        assertThat(Session.start(TestQuizzes.quiz(bank), new Session.Options(0, false, 1, Set.of(), 0), 0).total())
                .isEqualTo(17);
    }

    @Test
    void aSessionAsksForOneNameAtMostTwice() {
        // "7 of 10 answers the same person": a third question answered by one name waits for another session
        List<Question> bank = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            bank.add(new Question("lima" + i, "short_answer", i % 2 == 0 ? "quote" : "entity", "Q " + i, null,
                    i == 3 ? "ana lima" : "Ana Lima", List.of(), null, List.of("Sentence " + i + "."),
                    List.of(new int[] {0, 1}), 1, 1, ""));
        }
        bank.add(on("n1", "multiple_choice", "Sentence 5."));
        bank.add(on("n2", "multiple_choice", "Sentence 6."));
        assertThat(ids(Session.start(TestQuizzes.quiz(bank), new Session.Options(10, false, 1, Set.of(), 0), 0)))
                .containsExactly("lima1", "lima2", "n1", "n2");
        // amounts are no names: one answer may come back in another sentence's question
        assertThat(ids(Session.start(TestQuizzes.quiz(bank.subList(4, 6)), new Session.Options(10, false, 1, Set.of(),
                0), 0))).containsExactly("n1", "n2");
    }

    @Test
    void aSessionAsksWhatTheTitleAboveItAnswersOnlyWhenNothingElseIsLeft() {
        // "Poet dies aged 88" above "She was _____.": the bank keeps it for a teacher, a session asks it last
        List<Question> bank = List.of(TestQuizzes.choice("age", "quantity", "88", "75", "88", "62"),
                TestQuizzes.choice("who", "entity", "Miriam Achterberg", "Rhian Cole", "Miriam Achterberg", "Jonas Vell"),
                TestQuizzes.choice("book", "entity", "Salt Hours", "Salt Hours", "Winter Harbour", "The Long Net"));
        Quiz quiz = new Quiz(1, "abc", "Poet Miriam Achterberg dies aged 88", TestQuizzes.quiz(bank).source(),
                "newsquiz test", 1, bank);
        assertThat(ids(Session.start(quiz, new Session.Options(1, false, 1, Set.of(), 0), 0))).containsExactly("book");
        // asked last when nothing else is left, and every question (--all) is every question
        assertThat(ids(Session.start(quiz, Session.Options.defaults(), 0))).containsExactly("book", "age", "who");
        assertThat(Session.start(quiz, new Session.Options(0, false, 1, Set.of(), 0), 0).total()).isEqualTo(3);
    }

    @Test
    void aGeneratedOrderOfEventsIsDrawnOnlyWhenNothingElseIsLeft() {
        // two keys of eight were wrong: a session asks it only when the bank has nothing else
        Question order = new Question("order", "ordering", "date", "Put these events in order: A) x B) y",
                List.of("x", "y"), List.of("x", "y"), List.of(), null, List.of("Sentence o."),
                List.of(new int[] {0, 1}), 2, 9, "");
        List<Question> bank = List.of(order, on("a1", "multiple_choice", "Sentence 1."),
                on("a2", "multiple_choice", "Sentence 2."));
        assertThat(ids(Session.start(TestQuizzes.quiz(bank), new Session.Options(2, false, 1, Set.of(), 0), 0)))
                .containsExactly("a1", "a2");
        assertThat(ids(Session.start(TestQuizzes.quiz(bank), new Session.Options(3, false, 1, Set.of(), 0), 0)))
                .containsExactly("a1", "a2", "order");
    }

    @Test
    void shuffleOrdersEachQuestionsChoicesBySeedButKeepsTrueFalse() {
        List<Question> bank = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            bank.add(on("mc" + i, "multiple_choice", "Sentence " + i + "."));
        }
        bank.add(on("tf", "true_false", "Sentence tf."));
        var seeded = new Session.Options(0, true, 7, Set.of(), 0);
        Session a = Session.start(TestQuizzes.quiz(bank), seeded, 0);
        Session b = Session.start(TestQuizzes.quiz(bank), seeded, 0);
        Session other = Session.start(TestQuizzes.quiz(bank), new Session.Options(0, true, 8, Set.of(), 0), 0);
        List<List<String>> seen = new java.util.ArrayList<>();
        List<List<String>> seenOther = new java.util.ArrayList<>();
        while (!a.finished()) {
            Question q = a.current();
            assertThat(b.current().choices()).isEqualTo(q.choices());
            if (q.type().equals("true_false")) {
                assertThat(q.choices()).containsExactly("True", "False");
            } else {
                assertThat(q.choices()).containsExactlyInAnyOrder("a", "b", "c", "d");
                seen.add(q.choices());
            }
            a.answer("a", 0);
            b.answer("a", 0);
        }
        while (!other.finished()) {
            if (!other.current().type().equals("true_false")) {
                seenOther.add(other.current().choices());
            }
            other.answer("a", 0);
        }
        assertThat(seen).anyMatch(c -> !c.equals(List.of("a", "b", "c", "d")));
        assertThat(seen.stream().distinct().count()).as("not every question alike").isGreaterThan(1);
        assertThat(new java.util.HashSet<>(seenOther)).isNotEqualTo(new java.util.HashSet<>(seen));
    }

    @Test
    void aSessionCanAskOnlyOneKindOfFactOrOneType() {
        Quiz bank = TestQuizzes.bank(12); // odd questions are quotes, even ones dates
        List<String> dates = ids(Session.start(bank, new Session.Options(3, false, 1, Set.of(), 0, "date", null), 0));
        assertThat(dates).containsExactly("q2", "q4", "q6");
        assertThat(Session.start(bank, new Session.Options(10, false, 1, Set.of(), 0, null, "true_false"), 0)
                .finished()).isTrue();
    }
}
