package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gradebook a teacher reads: practice never scores, abandoned attempts show, and who answered what. */
class ClassReportTest {
    static List<String> kinds() {
        return Databases.kinds();
    }

    /** A session of the four-question bank: answers in turn; {@code only} for a retry of chosen questions. */
    private static void play(Gradebook book, String player, List<String> answers, Set<String> only, long now)
            throws StoreException {
        GradebookRecorder r = GradebookRecorder.forPlay(book, player, now);
        Session s = Session.start(TestQuizzes.bank(4), new Session.Options(10, false, 1, only, 0), now);
        r.started(s, now);
        for (String a : answers) {
            r.answered(s, s.answer(List.of(a), now + 1), now + 1);
        }
        if (answers.size() < s.total()) {
            s.quit();
        }
        r.finished(s, now + 2);
        assertThat(r.failures()).isEmpty();
    }

    private static ClassReport report(Gradebook book) throws StoreException {
        Reports reports = new Reports(book);
        return reports.report(reports.latestVersion("abc"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void practiceNeverRaisesTheBestScoreNorBecomesTheLast(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Wrong", "Wrong", "Wrong"), Set.of(), 1000);
            // retrying the three missed ones (`r`, or play --missed), all right
            play(book, "ana", List.of("Right", "Right", "Right"), Set.of("q2", "q3", "q4"), 2000);
            Reports reports = new Reports(book);
            Reports.Stats s = reports.stats("ana", null);
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.practice()).isEqualTo(1);
            assertThat(s.best()).isEqualTo(25);
            assertThat(s.last()).isEqualTo(25);
            assertThat(s.trend()).containsExactly(25);
            assertThat(reports.bestByQuiz("ana")).containsEntry("abc", 25);
            ClassReport r = report(book);
            assertThat(r.players()).singleElement().satisfies(p -> {
                assertThat(p.best()).isEqualTo(25);
                assertThat(p.last()).isEqualTo(25);
                assertThat(p.attempts()).isEqualTo(1);
            });
            assertThat(r.attempts()).extracting(ClassReport.AttemptRow::practice).containsExactly(false, true);
            // the practice answers are not the class's answers either
            assertThat(r.items()).allSatisfy(i -> assertThat(i.answers()).isEqualTo(1));
            // but the retry does take the questions off the missed list
            assertThat(book.missedQuestions("ana", "abc")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAbandonedAttemptIsMarkedUnfinishedEverywhere(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Right", "Right", "Right"), Set.of(), 1000);
            play(book, "ana", List.of("Right"), Set.of(), 2000);
            Reports.Stats s = new Reports(book).stats("ana", null);
            assertThat(s.unfinished()).isEqualTo(1);
            assertThat(s.last()).isEqualTo(25);
            assertThat(s.lastFinished()).isFalse();
            ClassReport r = report(book);
            assertThat(r.attempts()).extracting(ClassReport.AttemptRow::finished).containsExactly(true, false);
            assertThat(r.attempts()).extracting(ClassReport.AttemptRow::started).containsExactly(1000L, 2000L);
            assertThat(r.players().get(0).lastFinished()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theGridShowsWhoAnsweredWhatByQuestionNumber(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Right", "Right", "Right"), Set.of(), 1000);
            play(book, "ben", List.of("Right", "Other", "Right", "Right"), Set.of(), 2000);
            play(book, "cy", List.of("Wrong"), Set.of(), 3000);
            ClassReport r = report(book);
            assertThat(r.questions()).extracting(ClassReport.QuestionRow::number).containsExactly(1, 2, 3, 4);
            assertThat(r.questions().get(1).prompt()).isEqualTo("Question q2?");
            assertThat(r.grid()).extracting(ClassReport.GridRow::player).containsExactly("ana", "ben", "cy");
            List<ClassReport.Cell> ben = r.grid().get(1).cells();
            assertThat(ben.get(0).correct()).isTrue();
            assertThat(ben.get(1).correct()).isFalse();
            assertThat(ben.get(1).given()).isEqualTo("Other");
            List<ClassReport.Cell> cy = r.grid().get(2).cells();
            assertThat(cy.get(0).correct()).isFalse();
            assertThat(cy.subList(1, 4)).noneMatch(ClassReport.Cell::answered);
            // each player's best: 100, 75 and 0
            assertThat(r.classAverage()).isCloseTo(175 / 3.0, within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void discriminationIsShownWithEnoughPlayers(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            // ten players: the three best answer q2 right, the three weakest wrong
            for (int i = 0; i < 10; i++) {
                String q2 = i < 5 ? "Right" : "Wrong";
                String rest = i < 7 ? "Right" : "Wrong";
                play(book, "p" + i, List.of(rest, q2, rest, rest), Set.of(), 1000 + i);
            }
            ClassReport r = report(book);
            assertThat(r.playersRanked()).isEqualTo(10);
            assertThat(r.discriminationShown()).isTrue();
            ClassReport.ItemRow q2 = r.items().get(1);
            assertThat(q2.discrimination()).isCloseTo(1.0, within(1e-9));
        }
    }
}
