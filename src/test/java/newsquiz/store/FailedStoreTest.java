package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that fails on chosen answers (a trigger stands in for a full disk): exactly those answers are reported
 * lost, the ones after them that were kept are not, and what was kept is in the gradebook.
 */
class FailedStoreTest {
    @TempDir
    Path dir;

    private static void failOn(Gradebook book, String table, String when) throws Exception {
        try (Statement s = book.connection().createStatement()) {
            s.execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table + " WHEN " + when
                    + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
    }

    private static void stopFailing(Gradebook book, String table) throws Exception {
        try (Statement s = book.connection().createStatement()) {
            s.execute("DROP TRIGGER fail_" + table);
        }
    }

    @Test
    void onlyTheAnswersThatFailedAreReportedAndTheOthersAreKept() throws Exception {
        try (Gradebook book = Gradebook.open(dir.resolve("g.db").toString())) {
            failOn(book, "answers", "NEW.question_id IN ('q2', 'q4')");
            GradebookRecorder r = GradebookRecorder.forPlay(book, "ana", 1);
            Session s = Session.start(TestQuizzes.bank(5), Session.Options.defaults(), 1);
            r.started(s, 1);
            List<Session.Outcome> outcomes = new ArrayList<>();
            List<Integer> failuresAfterEach = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Session.Outcome o = s.answer(List.of("Right"), 2 + i);
                r.answered(s, o, 2 + i);
                outcomes.add(o);
                failuresAfterEach.add(r.failures().size());
            }
            r.finished(s, 10);
            assertThat(failuresAfterEach).containsExactly(0, 1, 1, 2, 2);
            assertThat(r.failures()).hasSize(2);
            assertThat(r.failures().get(0)).contains("question 2 of 5", "q2", "Question q2?", "was not kept",
                    "database or disk is full");
            assertThat(r.failures().get(1)).contains("question 4 of 5", "q4");
            assertThat(outcomes).extracting(r::lost).containsExactly(false, true, false, true, false);
            Reports.Stats stats = new Reports(book).stats("ana", null);
            assertThat(stats.byKind().values().stream().mapToInt(c -> c[1]).sum()).isEqualTo(3);
        }
    }

    @Test
    void anAttemptThatCouldNotStartLosesTheAnswersUntilItCan() throws Exception {
        try (Gradebook book = Gradebook.open(dir.resolve("g.db").toString())) {
            failOn(book, "attempts", "1");
            GradebookRecorder r = GradebookRecorder.forPlay(book, "ana", 1);
            Session s = Session.start(TestQuizzes.bank(3), Session.Options.defaults(), 1);
            r.started(s, 1);
            Session.Outcome first = s.answer(List.of("Right"), 2);
            r.answered(s, first, 2);
            assertThat(r.failures()).singleElement().asString().contains("question 1 of 3");
            stopFailing(book, "attempts");
            r.answered(s, s.answer(List.of("Right"), 3), 3);
            r.answered(s, s.answer(List.of("Wrong"), 4), 4);
            r.finished(s, 5);
            assertThat(r.failures()).hasSize(1);
            Reports.Stats stats = new Reports(book).stats("ana", null);
            assertThat(stats.attempts()).isEqualTo(1);
            assertThat(stats.unfinished()).isZero();
            assertThat(stats.byKind().values().stream().mapToInt(c -> c[1]).sum()).isEqualTo(2);
        }
    }

    @Test
    void anAnswerIsKeptWholeOrNotAtAll() throws Exception {
        try (Gradebook book = Gradebook.open(dir.resolve("g.db").toString())) {
            // the answer itself would go in, but its study card cannot: neither stays, and it is reported
            failOn(book, "cards", "1");
            GradebookRecorder r = GradebookRecorder.forPlay(book, "ana", 1);
            Session s = Session.start(TestQuizzes.bank(2), Session.Options.defaults(), 1);
            r.started(s, 1);
            r.answered(s, s.answer(List.of("Wrong"), 2), 2);
            assertThat(r.failures()).hasSize(1);
            assertThat(new Reports(book).stats("ana", null).byKind()).isEmpty();
        }
    }
}
