package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gradebook on SQLite and on PostgreSQL: the same schema, code and answers. */
class GradebookTest {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    static List<String> kinds() {
        return Databases.kinds();
    }

    private static Quiz quiz() {
        return TestQuizzes.bank(4);
    }

    /** Plays a session of the bank: answers in turn, "Right" or anything else. */
    private static Session play(Gradebook book, String player, List<String> answers, boolean finish, long now)
            throws StoreException {
        GradebookRecorder r = GradebookRecorder.forPlay(book, player, now);
        Session s = Session.start(quiz(), Session.Options.defaults(), now);
        r.started(s, now);
        long t = now;
        for (String a : answers) {
            t += 1000; // a second per answer
            r.answered(s, s.answer(a, t), t);
        }
        if (finish) {
            r.finished(s, now + 5000);
        }
        assertThat(r.failures()).isEmpty();
        return s;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void answersAreCommittedAsTheyAreGivenAndAnUnfinishedAttemptStaysUnfinished(String kind) throws Exception {
        String db = Databases.fresh(kind);
        try (Gradebook book = Gradebook.open(db); Gradebook teacher = Gradebook.open(db)) {
            play(book, "ana", List.of("Right", "Wrong"), false, 1000);
            // a second connection (a teacher's report running at the same time) sees both answers already
            Reports.Stats stats = new Reports(teacher).stats("ana", null);
            assertThat(stats.attempts()).isEqualTo(1);
            assertThat(stats.unfinished()).isEqualTo(1);
            assertThat(stats.byKind().get("quantity")).containsExactly(1, 1);
            assertThat(stats.byKind().get("date")).containsExactly(0, 1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void statsOverSeveralAttempts(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Wrong", "Wrong", "Wrong"), true, 1000);
            play(book, "ana", List.of("Right", "Right", "Right", "Wrong"), true, 2000);
            play(book, "ana", List.of("Right", "Right", "Wrong", "Wrong"), true, 3000);
            Reports.Stats s = new Reports(book).stats("ana", null);
            assertThat(s.attempts()).isEqualTo(3);
            assertThat(s.unfinished()).isZero();
            assertThat(s.best()).isEqualTo(75);
            assertThat(s.last()).isEqualTo(50);
            assertThat(s.average()).isCloseTo(50.0, within(1e-9));
            assertThat(s.trend()).containsExactly(25, 75, 50);
            assertThat(s.byType().get("multiple_choice")).containsExactly(6, 12);
            assertThat(s.secondsPerQuestion()).isCloseTo(1.0, within(1e-9));
            assertThat(s.mostMissed().get(0).times()).isEqualTo(3);
            assertThat(s.mostMissed().get(0).prompt()).isEqualTo("Question q4?");
            assertThat(new Reports(book).bestByQuiz("ana")).containsEntry(quiz().id(), 75);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theTeachersReportHasAGradebookAndAnItemAnalysis(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Right", "Right", "Right"), true, 1000);
            play(book, "ben", List.of("Right", "Right", "Wrong", "Right"), true, 2000);
            play(book, "cy", List.of("Right", "Wrong", "Wrong", "Other"), true, 3000);
            play(book, "dee", List.of("Wrong", "Wrong", "Wrong", "Wrong"), true, 4000);
            Reports reports = new Reports(book);
            ClassReport r = reports.report(reports.latestVersion(reports.quizId("a.txt")));
            assertThat(r.players()).extracting(ClassReport.PlayerRow::player).containsExactly("ana", "ben", "cy", "dee");
            assertThat(r.players().get(1).best()).isEqualTo(75);
            ClassReport.ItemRow q2 = r.items().stream().filter(i -> i.questionId().equals("q2")).findFirst().orElseThrow();
            assertThat(q2.number()).isEqualTo(2);
            assertThat(q2.answers()).isEqualTo(4);
            assertThat(q2.shareCorrect()).isCloseTo(0.5, within(1e-9));
            // four players make groups of one: too few for discrimination, which is left out
            assertThat(r.discriminationShown()).isFalse();
            assertThat(q2.discrimination()).isNull();
            assertThat(q2.commonWrong()).isEqualTo("Wrong");
            ClassReport.ItemRow q1 = r.items().get(0);
            assertThat(q1.shareCorrect()).isCloseTo(0.75, within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRightAnswerInANormalSessionReviewsItsDueCard(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Wrong"), true, 1000);
            assertThat(book.dueCards("ana", 10_000)).extracting(c -> c.question().id()).containsExactly("q2");
            play(book, "ana", List.of("Right", "Right"), true, 20_000);
            // reviewed as "good" when it was answered: not due again for days
            assertThat(book.dueCards("ana", 30_000)).isEmpty();
            assertThat(book.dueCards("ana", 20_000 + 5 * DAY)).extracting(c -> c.question().id()).containsExactly("q2");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void missedQuestionsBecomeCardsThatComeBackLaterWhenKnown(String kind) throws Exception {
        try (Gradebook book = Gradebook.open(Databases.fresh(kind))) {
            play(book, "ana", List.of("Right", "Wrong", "Right", "Wrong"), true, 1000);
            assertThat(book.missedQuestions("ana", quiz().id())).containsExactlyInAnyOrder("q2", "q4");
            List<Gradebook.Card> due = book.dueCards("ana", 10_000);
            assertThat(due).extracting(c -> c.question().id()).containsExactly("q2", "q4");
            assertThat(due.get(0).question().prompt()).isEqualTo("Question q2?");
            Fsrs.State first = book.review("ana", due.get(0), Fsrs.Rating.GOOD, 10_000);
            assertThat(first.due()).isEqualTo(10_000 + 4 * DAY);
            assertThat(book.dueCards("ana", 20_000)).extracting(c -> c.question().id()).containsExactly("q4");
            Gradebook.Card again = book.dueCards("ana", 10_000 + 4 * DAY).stream()
                    .filter(c -> c.question().id().equals("q2")).findFirst().orElseThrow();
            Fsrs.State second = book.review("ana", again, Fsrs.Rating.GOOD, 10_000 + 4 * DAY);
            assertThat(second.due() - second.lastReview()).isGreaterThan(first.due() - first.lastReview());
            assertThat(book.dueCount("ana", 10_000 + 4 * DAY)).isEqualTo(1);
            // answering it right in a later session takes it off the missed list
            play(book, "ana", List.of("Right", "Right"), false, 50_000);
            assertThat(book.missedQuestions("ana", quiz().id())).containsExactly("q4");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void playersAreRememberedAndCreatedOnce(String kind) throws Exception {
        String db = Databases.fresh(kind);
        try (Gradebook book = Gradebook.open(db)) {
            assertThat(book.lastPlayer()).isEmpty();
            long id = book.player("Ana", 1);
            assertThat(book.player(" Ana ", 2)).isEqualTo(id);
            book.rememberPlayer("Ana");
        }
        try (Gradebook book = Gradebook.open(db)) {
            assertThat(book.lastPlayer()).contains("Ana");
            assertThat(book.players()).containsExactly("Ana");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void migrationsKeepExistingData(String kind) throws Exception {
        String db = Databases.fresh(kind);
        String url = db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db;
        boolean pg = db.startsWith("jdbc:postgresql:");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // a version-1 database, as the first release wrote it
            for (String sql : versionOne(pg)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version (version) VALUES (1)");
            s.execute("INSERT INTO players (name, created_at) VALUES ('old', 1)");
            s.execute("INSERT INTO quizzes (id, title, question_count) VALUES ('abc', 'Test quiz', 4)");
            s.execute("INSERT INTO questions (quiz_id, question_id, kind, type, prompt, body) VALUES ('abc', 'q1',"
                    + " 'quote', 'multiple_choice', 'Question q1?', '{}')");
            s.execute("INSERT INTO attempts (player_id, quiz_id, started_at, total) VALUES (1, 'abc', 5, 4)");
            s.execute("INSERT INTO answers (attempt_id, question_id, given, correct, timed_out, millis, points,"
                    + " answered_at) VALUES (1, 'q1', 'Right', 1, 0, 900, 100, 6)");
        }
        try (Gradebook book = Gradebook.open(db)) {
            assertThat(book.schemaVersion()).isEqualTo(Gradebook.VERSION);
            Reports.Stats s = new Reports(book).stats("old", null);
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.byKind().get("quote")).containsExactly(1, 1);
            assertThat(book.dueCards("old", 10)).isEmpty();
        }
    }

    private static List<String> versionOne(boolean pg) {
        // the statements of migration 0, as the code holds them
        return Schema.migration(0, pg);
    }

    @Test
    void aDamagedFileIsRefusedAndLeftAsItIs() throws Exception {
        Path file = dir.resolve("grades.db");
        byte[] junk = "this is not a database, it is a shopping list\n".getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> Gradebook.open(file.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining(file + ": not an SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aTruncatedDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        String db = Databases.fresh("sqlite");
        try (Gradebook book = Gradebook.open(db)) {
            book.player("ana", 1);
        }
        Path file = Path.of(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        byte[] all = Files.readAllBytes(file);
        byte[] damaged = java.util.Arrays.copyOf(all, 1500);
        java.util.Arrays.fill(damaged, 100, 1500, (byte) 0x7f);
        Files.write(file, damaged);
        assertThatThrownBy(() -> Gradebook.open(db)).isInstanceOf(StoreException.class).hasMessageContaining(db);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
            s.execute("INSERT INTO recipes VALUES ('soup')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Gradebook.open(file.toString())).hasMessageContaining("not a newsquiz gradebook");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theDefaultLocationFollowsTheDataFolderConvention() {
        String location = Gradebook.defaultLocation();
        if (System.getenv("NEWSQUIZ_DB") == null) {
            assertThat(location).endsWith(Path.of("newsquiz", "newsquiz.db").toString());
        }
    }

    @Test
    void csvOpensInASpreadsheetAsItIs() {
        String csv = newsquiz.cli.CsvAccess.csv(List.of(List.of("player", "note"), List.of("Ana, B.", "said \"hi\"")));
        assertThat(csv).isEqualTo("\uFEFFplayer,note\r\n\"Ana, B.\",\"said \"\"hi\"\"\"\r\n");
    }

    @Test
    void aTeacherFindsAQuizByWordsOfItsFileNameWhenItsTitleHidesTheHeadline() throws Exception {
        Quiz bank = TestQuizzes.bank(4);
        Quiz hidden = new Quiz(bank.formatVersion(), bank.id(), "… again elected … sworn in", new Quiz.Source(
                "Lima again elected mayor as council sworn in", null, null, null, "lima-mayor-vote.txt", "x"),
                bank.generator(), bank.seed(), bank.questions());
        try (Gradebook book = Gradebook.open(Databases.fresh("sqlite"))) {
            GradebookRecorder r = GradebookRecorder.forPlay(book, "ana", 1000);
            Session s = Session.start(hidden, Session.Options.defaults(), 1000);
            r.started(s, 1000);
            r.answered(s, s.answer("Right", 2000), 2000);
            r.finished(s, 3000);
            assertThat(new Reports(book).quizId("mayor")).isEqualTo(bank.id());
            assertThat(new Reports(book).quizId("again elected")).isEqualTo(bank.id());
        }
    }
}
