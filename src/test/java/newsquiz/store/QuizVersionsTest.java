package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second quiz with the same id (the same article, other questions or title) is another version: each keeps its
 * title and questions, and answers stay reported under the questions they answered.
 */
class QuizVersionsTest {
    static List<String> kinds() {
        return Databases.kinds();
    }

    /** The bank of four with question q1 reworded, a question dropped and the title changed. */
    private static Quiz revised() {
        Quiz first = TestQuizzes.bank(4);
        List<Question> qs = new ArrayList<>();
        for (Question q : first.questions().subList(0, 3)) {
            qs.add(q.id().equals("q1") ? new Question(q.id(), q.type(), q.kind(), "Reworded q1?", q.choices(),
                    q.answer(), q.accept(), q.tolerance(), q.evidence(), q.spans(), q.difficulty(), q.rank(),
                    q.explanation()) : q);
        }
        return new Quiz(first.formatVersion(), first.id(), "Test quiz, revised", first.source(), first.generator(),
                first.seed(), qs);
    }

    private static void play(Gradebook book, String player, Quiz quiz, String answer) throws StoreException {
        GradebookRecorder r = GradebookRecorder.forPlay(book, player, 1);
        Session s = Session.start(quiz, Session.Options.defaults(), 1);
        r.started(s, 1);
        while (!s.finished()) {
            r.answered(s, s.answer(List.of(answer), 2), 2);
        }
        r.finished(s, 3);
        assertThat(r.failures()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachVersionKeepsItsTitleQuestionsAndAnswers(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", TestQuizzes.bank(4), "Wrong");
            play(book, "ben", revised(), "Right");
            Reports reports = new Reports(book);
            long first = reports.versionOf(TestQuizzes.bank(4)).orElseThrow();
            long second = reports.versionOf(revised()).orElseThrow();
            assertThat(first).isNotEqualTo(second);
            assertThat(reports.versionCount("abc")).isEqualTo(2);
            assertThat(reports.latestVersion("abc")).isEqualTo(second);

            ClassReport old = reports.report(first);
            assertThat(old.title()).isEqualTo("Test quiz");
            assertThat(old.players()).extracting(ClassReport.PlayerRow::player).containsExactly("ana");
            assertThat(old.items()).extracting(ClassReport.ItemRow::prompt).contains("Question q1?")
                    .doesNotContain("Reworded q1?").hasSize(4);

            ClassReport now = reports.report(second);
            assertThat(now.title()).isEqualTo("Test quiz, revised");
            assertThat(now.players()).extracting(ClassReport.PlayerRow::player).containsExactly("ben");
            assertThat(now.items()).extracting(ClassReport.ItemRow::prompt).contains("Reworded q1?").hasSize(3);

            // ana's study card shows the question as she missed it
            assertThat(book.dueCards("ana", 10)).extracting(c -> c.question().prompt()).contains("Question q1?");
            assertThat(reports.stats("ana", null).mostMissed()).extracting(Reports.Missed::quizTitle)
                    .containsOnly("Test quiz");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aGradebookOfSchemaTwoKeepsItsAnswersUnderTheVersionItsFileHas(String kind) throws Exception {
        String db = Databases.fresh(kind);
        boolean pg = db.startsWith("jdbc:postgresql:");
        Quiz quiz = TestQuizzes.bank(2);
        try (Connection c = DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            for (int v = 0; v < 2; v++) {
                for (String sql : Schema.migration(v, pg)) {
                    s.execute(sql);
                }
            }
            // as the code of schema 2 stored a session: the quiz, all its questions, an attempt and its answers
            s.execute("INSERT INTO schema_version (version) VALUES (2)");
            s.execute("INSERT INTO players (name, created_at) VALUES ('old', 1)");
            s.execute("INSERT INTO quizzes (id, title, checksum, file, question_count) VALUES ('abc', 'Test quiz', 'x',"
                    + " 'a.txt', 2)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO questions (quiz_id, question_id, kind, type,"
                    + " prompt, body) VALUES ('abc', ?, ?, ?, ?, ?)")) {
                for (Question q : quiz.questions()) {
                    p.setString(1, q.id());
                    p.setString(2, q.kind());
                    p.setString(3, q.type());
                    p.setString(4, q.prompt());
                    p.setString(5, QuizVersions.body(q));
                    p.executeUpdate();
                }
            }
            s.execute("INSERT INTO attempts (player_id, quiz_id, started_at, finished_at, total) VALUES (1, 'abc', 5,"
                    + " 9, 2)");
            s.execute("INSERT INTO answers (attempt_id, question_id, given, correct, timed_out, millis, points,"
                    + " answered_at) VALUES (1, 'q1', 'Right', 1, 0, 900, 100, 6), (1, 'q2', 'Wrong', 0, 0, 900, 0, 7)");
            s.execute("INSERT INTO cards (player_id, quiz_id, question_id, stability, difficulty, due, last_review,"
                    + " reps, lapses) VALUES (1, 'abc', 'q2', 0, 0, 7, 0, 0, 0)");
        }
        try (Gradebook book = Gradebook.open(db)) {
            assertThat(book.schemaVersion()).isEqualTo(Schema.VERSION);
            Reports reports = new Reports(book);
            long version = reports.versionOf(quiz).orElseThrow();
            ClassReport r = reports.report(version);
            assertThat(r.players()).extracting(ClassReport.PlayerRow::player).containsExactly("old");
            assertThat(r.items()).extracting(ClassReport.ItemRow::prompt).containsExactly("Question q1?", "Question q2?");
            assertThat(book.dueCards("old", 10)).extracting(c -> c.question().id()).containsExactly("q2");
            // playing the same file again files the new attempt under the same version
            play(book, "new", quiz, "Right");
            assertThat(reports.versionCount("abc")).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void reviewingAQuizDoesNotMakeAnotherVersionButEditingDoes() {
        Quiz bank = TestQuizzes.bank(4);
        List<Question> qs = new ArrayList<>(bank.questions());
        qs.set(0, qs.get(0).withReview(Question.ACCEPTED, null));
        qs.set(1, qs.get(1).withReview(Question.REJECTED, "two answers fit"));
        assertThat(QuizVersions.checksum(bank.withQuestions(qs, 2))).isEqualTo(QuizVersions.checksum(bank));
        assertThat(QuizVersions.checksum(revised())).isNotEqualTo(QuizVersions.checksum(bank));
    }
}
