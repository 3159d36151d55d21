package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `report` as a teacher reads it, and `stats`, through the command line. */
class ReportCommandTest {
    @TempDir
    Path dir;

    /** Three questions with hashed ids, as `generate` makes them; "Right" is always choice B. */
    private Path quiz(String name, String title) throws Exception {
        List<Question> qs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Question q = TestQuizzes.choice("q-00000000a" + i, "quantity", "Right", "Wrong", "Right", "Other");
            qs.add(new Question(q.id(), q.type(), q.kind(), "Who said thing " + i + "?", q.choices(), q.answer(),
                    q.accept(), q.tolerance(), q.evidence(), q.spans(), q.difficulty(), q.rank(), q.explanation()));
        }
        Quiz base = TestQuizzes.quiz(qs);
        Path file = dir.resolve(name);
        QuizFiles.write(new Quiz(base.formatVersion(), base.id(), title, base.source(), base.generator(), base.seed(),
                qs), file);
        return file;
    }

    private String db() {
        return dir.resolve("grades.db").toString();
    }

    private void play(Path quiz, String player, String lines) {
        FactsCommandTest.Result r = FailedStoreCommandTest.withInput(lines, "play", quiz.toString(), "--plain", "--db",
                db(), "--player", player);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theReportShowsAttemptsTheClassAverageAndWhoAnsweredWhat() throws Exception {
        Path quiz = quiz("class.json", "Class quiz");
        play(quiz, "ana", "B\nB\nB\n");
        play(quiz, "ben", "A\nq\ny\n");
        FactsCommandTest.Result r = FactsCommandTest.run("report", "--quiz", quiz.toString(), "--db", db());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Report: Class quiz", "2 players · class average 50%", "finished", "unfinished",
                        "Q1", "Who said thing 2?", "✓", "✗ Wrong", "–", "discrimination needs at least 10 players")
                .containsPattern("ana +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +finished")
                .containsPattern("ben +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +unfinished")
                .doesNotContain("q-00000000a");
    }

    @Test
    void aQuizNobodyPlayedHasNoAttemptsYet() throws Exception {
        Path played = quiz("played.json", "Played");
        play(played, "ana", "B\nB\nB\n");
        Path other = quiz("other.json", "Never played");
        FactsCommandTest.Result r = FactsCommandTest.run("report", "--quiz", other.toString(), "--db", db());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Report: Never played", "No attempts yet");
    }

    @Test
    void theCsvFilesHoldTheGridAndTheAttempts() throws Exception {
        Path quiz = quiz("class.json", "Class quiz");
        play(quiz, "ana", "B\nA\nB\n");
        Path csv = dir.resolve("out").resolve("grades.csv");
        Files.createDirectories(csv.getParent());
        FactsCommandTest.Result r = FactsCommandTest.run("report", "--quiz", "Class quiz", "--db", db(), "--csv",
                csv.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(csv.resolveSibling("grades-answers.csv"), StandardCharsets.UTF_8))
                .contains("player,Q1: Who said thing 1?,Q2: Who said thing 2?", "ana,✓,✗ Wrong,✓");
        assertThat(Files.readString(csv.resolveSibling("grades-attempts.csv"), StandardCharsets.UTF_8))
                .contains("ana,", ",finished,3 of 3,67");
    }

    @Test
    void readingCommandsMakeNoGradebook() {
        Path none = dir.resolve("nothing").resolve("grades.db");
        FactsCommandTest.Result r = FactsCommandTest.run("stats", "--db", none.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No attempts yet");
        assertThat(none.getParent()).doesNotExist();
    }

    @Test
    void theReportListsStudentsFlagsByQuestionNumber() throws Exception {
        Path quiz = quiz("flagged.json", "Flagged quiz");
        play(quiz, "ana", "B\nB\nB\n");
        try (newsquiz.store.Gradebook book = newsquiz.store.Gradebook.open(db())) {
            newsquiz.store.Recorder r = newsquiz.store.GradebookRecorder.forPlay(book, "ana", 10);
            newsquiz.session.Session s = newsquiz.session.Session.start(QuizFiles.read(quiz),
                    newsquiz.session.Session.Options.defaults(), 10);
            s.answer(List.of("Right"), 11);
            r.flagged(s, s.answer(List.of("Right"), 12), "the speaker is wrong", 13);
        }
        FactsCommandTest.Result report = FactsCommandTest.run("report", "--quiz", quiz.toString(), "--db", db());
        assertThat(report.code()).isZero();
        assertThat(report.out()).contains("Flagged by students:", "  Q2 (q-00000000a2): the speaker is wrong (ana)");
    }
}
