package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.review.ArticleContext;
import newsquiz.review.ReviewBank;
import newsquiz.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review's keys on the virtual terminal, the home screen's e and x, and the plain review. */
class ReviewScreenTest {
    @TempDir
    Path dir;

    private Path bankFile() throws Exception {
        Path quizzes = dir.resolve("quizzes");
        Files.createDirectories(quizzes);
        Path file = quizzes.resolve("bank.json");
        Files.copy(Path.of("src/test/resources/quizzes/every-type.json"), file);
        Files.copy(Path.of("src/test/resources/articles/venezuela-rostec-2019.txt"),
                quizzes.resolve("venezuela-rostec-2019.txt"));
        return file;
    }

    private VirtualScreen review(Path file) throws Exception {
        Quiz quiz = QuizFiles.read(file);
        return new VirtualScreen(80, 24, true).show(new ReviewView(new ReviewBank(file, quiz),
                ArticleContext.find(file, quiz, null), () -> null));
    }

    @Test
    void showsTheQuestionItsKeyAndTheEvidenceInItsParagraph() throws Exception {
        VirtualScreen s = review(bankFile()).press(KeyType.ArrowDown).press(KeyType.ArrowDown);
        assertThat(s.row(0)).contains("Review · Russia Withdraws Most of Its People From Venezuela");
        assertThat(s.row(1)).contains("Question 3/8 · ✓ 0 accepted · ✗ 0 rejected · 8 to review");
        assertThat(s.text()).contains("· Not reviewed · multiple choice · entity", "✓ A) Rostec", "  B) Fox Business",
                "In the article:", "The president’s message confirms", "a accept · r reject");
        List<String> rows = s.text().lines().toList();
        int right = rows.stream().filter(r -> r.contains("A) Rostec")).findFirst().orElseThrow().indexOf("A)");
        int wrong = rows.stream().filter(r -> r.contains("B) Fox")).findFirst().orElseThrow().indexOf("B)");
        assertThat(right).isEqualTo(wrong);
    }

    @Test
    void acceptRejectFlagEditMoveUseFirstAndSave() throws Exception {
        Path file = bankFile();
        VirtualScreen s = review(file);
        s.press('r').press('r');
        assertThat(s.row(1)).contains("Question 3/8 · ✓ 0 accepted · ✗ 2 rejected · 6 to review");
        assertThat(s.row(0)).endsWith("unsaved");
        s.press('e');
        assertThat(s.text()).contains("Edit: p prompt · c choices · k answer (key)");
        s.press('k');
        assertThat(s.text()).contains("Question 3: answer", "Rostec▏");
        s.press(new KeyStroke('u', true, false)).type("D").press(KeyType.Enter);
        assertThat(s.text()).contains("Changed the answer.", "✓ D) Wall Street Journal");
        s.press('e').press('k').press(new KeyStroke('u', true, false)).type("Reuters").press(KeyType.Enter);
        assertThat(s.text()).contains("Not changed: give one of the choices, or its letter A-D");
        s.press('a');
        assertThat(s.row(1)).contains("Question 4/8 · ✓ 1 accepted");
        s.press('f').type("two answers fit").press(KeyType.Enter);
        assertThat(s.text()).contains("Flagged.", "⚑ Flagged: two answers fit");
        s.press('[');
        assertThat(s.row(1)).contains("Question 3/8");
        assertThat(s.text()).contains("⚑ Flagged: two answers fit");
        s.press('n').type("5").press(KeyType.Enter);
        assertThat(s.row(1)).endsWith("5 to review · use first 5");
        s.press('s');
        assertThat(s.text()).contains("Saved bank.json (the previous version is bank.json.bak).");
        assertThat(s.row(0)).doesNotContain("unsaved");
        assertThat(dir.resolve("quizzes/bank.json.bak")).exists();
        Quiz saved = QuizFiles.read(file);
        assertThat(saved.questions().get(0).rejected()).isTrue();
        assertThat(saved.questions().get(2).flag()).isEqualTo("two answers fit");
        assertThat(saved.questions().get(3).answer()).isEqualTo("Wall Street Journal");
        assertThat(saved.questions().get(3).accepted()).isTrue();
        assertThat(saved.useFirst()).isEqualTo(5);
        // a session over the saved bank: the accepted one first, never the rejected ones
        Session session = Session.start(saved, new Session.Options(0, false, 1, java.util.Set.of(), 0), 0);
        assertThat(session.current().id()).isEqualTo(saved.questions().get(3).id());
        assertThat(session.total()).isEqualTo(5);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() throws Exception {
        VirtualScreen s = review(bankFile()).press('a').press('q');
        assertThat(s.text()).contains("Leave without saving your changes? (y/n)");
        s.press('n');
        assertThat(s.view).isInstanceOf(ReviewView.class);
        s.press(KeyType.Escape).press('y');
        assertThat(s.view).isNull();
    }

    @Test
    void eOnTheHomeScreenReviewsTheChosenBankAndXExportsIt() throws Exception {
        Path file = bankFile();
        VirtualScreen s = new VirtualScreen(80, 24, true).show(new Runner(List.of(file.getParent()), true,
                Session.Options.defaults()).home());
        assertThat(s.row(23)).contains("e: review · x: export");
        s.press('e');
        assertThat(s.view).isInstanceOf(ReviewView.class);
        s.press('q');
        assertThat(s.view).isInstanceOf(HomeView.class);
        s.press('x');
        assertThat(s.text()).contains("Export · Russia Withdraws", "gift", "worksheet");
        s.view = new ExportView(QuizLibrary.scan(List.of(file.getParent())).get(0), null, dir);
        s.render().press(KeyType.Enter);
        assertThat(s.text()).contains("Wrote 7 questions to " + dir.resolve("bank.gift.txt"), "skipped 1");
        assertThat(dir.resolve("bank.gift.txt")).exists();
    }

    @Test
    void plainReviewTakesOneCommandPerLine() throws Exception {
        Path file = bankFile();
        Quiz quiz = QuizFiles.read(file);
        StringWriter out = new StringWriter();
        String commands = "r\nr\ne answer\nD\na\nf the key is wrong\nm up\nl\nfirst 4\ns\nq\n";
        new PlainReview(LineSource.of(new ByteArrayInputStream(commands.getBytes(StandardCharsets.UTF_8))),
                new PrintWriter(out), new ReviewBank(file, quiz), ArticleContext.find(file, quiz, null)).run();
        assertThat(out.toString()).contains("Question 1 of 8 (multiple choice, not reviewed)",
                "Right: B) Donald Trump", "Rejected question 2. 0 accepted, 2 rejected, 6 to review.",
                "Now: Rostec", "Changed.", "Accepted question 3. 1 accepted", "Flagged question 4.",
                "Now question 3.", "3. to review, flagged: ", "Sessions draw from the first 4",
                "Saved " + file);
        Quiz saved = QuizFiles.read(file);
        // question 4 (flagged) moved up above question 3 (edited and accepted)
        assertThat(saved.questions().get(2).flag()).isEqualTo("the key is wrong");
        assertThat(saved.questions().get(3).id()).isEqualTo(quiz.questions().get(2).id());
        assertThat(saved.questions().get(3).answer()).isEqualTo("Wall Street Journal");
        assertThat(saved.questions().get(3).accepted()).isTrue();
        assertThat(out.toString()).doesNotContain("\u001b");
    }

    @Test
    void thePlainPlayerSaysAnImportedQuestionHasNoArticleSentence() {
        newsquiz.questions.Question q = new newsquiz.questions.Question("q1", "short_answer", "imported",
                "Capital of France?", null, "Paris", List.of(), null, List.of(), null, 2, 0, null);
        StringWriter out = new StringWriter();
        new PlainPlayer(LineSource.of(new ByteArrayInputStream("Paris\n".getBytes(StandardCharsets.UTF_8))),
                new PrintWriter(out), () -> 0, true, newsquiz.store.Recorder.NONE)
                .play(newsquiz.session.TestQuizzes.quiz(List.of(q)), Session.Options.defaults());
        assertThat(out.toString()).contains("Right!", "From the article: " + Text.NO_EVIDENCE);
    }

    /** Services whose recorder keeps the flags it is told. */
    private static Services flagging(List<String> flags) {
        newsquiz.store.Recorder recorder = new newsquiz.store.Recorder() {
            @Override
            public void flagged(Session session, Session.Outcome outcome, String reason, long now) {
                flags.add(outcome.question().id() + ": " + reason);
            }
        };
        return new Services() {
            public String player() {
                return "ana";
            }

            public newsquiz.store.Recorder recorder() {
                return recorder;
            }

            public java.util.Map<String, Integer> bestByQuiz() {
                return java.util.Map.of();
            }

            public int dueCount() {
                return 0;
            }

            public List<String> statsLines() {
                return List.of();
            }

            public StudyDeck study() {
                return null;
            }
        };
    }

    @Test
    void aStudentFlagsAQuestionFromTheFeedbackScreenOnce() {
        List<String> flags = new java.util.ArrayList<>();
        Runner runner = new Runner(List.of(), false, Session.Options.defaults(), flagging(flags));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(newsquiz.session.TestQuizzes.bank(2),
                0)).press('b');
        assertThat(s.row(23)).contains("f: flag a wrong question");
        s.press('f');
        assertThat(s.text()).contains("What is wrong with this question?");
        s.press(KeyType.Escape);
        assertThat(flags).isEmpty();
        s.press('f').type("two answers are right").press(KeyType.Enter);
        assertThat(flags).containsExactly("q1: two answers are right");
        assertThat(s.row(23)).contains("⚑ flagged for your teacher");
        s.press('f');
        assertThat(s.view).isInstanceOf(FeedbackView.class);
        s.press(KeyType.Enter);
        assertThat(s.row(1)).contains("Question 2 of 2");
    }

    @Test
    void reviewShowsTheStudentsFlagsOnTheirQuestion() throws Exception {
        Path file = bankFile();
        Quiz quiz = QuizFiles.read(file);
        String id = quiz.questions().get(0).id();
        VirtualScreen s = new VirtualScreen(80, 24, true).show(new ReviewView(new ReviewBank(file, quiz),
                ArticleContext.none(), () -> null, java.util.Map.of(id, List.of("the speaker is wrong (ana)"))));
        assertThat(s.text()).contains("⚑ Students: the speaker is wrong (ana)");
        s.press(KeyType.ArrowDown);
        assertThat(s.text()).doesNotContain("⚑ Students");
        StringWriter out = new StringWriter();
        new PlainReview(LineSource.of(new ByteArrayInputStream("q\n".getBytes(StandardCharsets.UTF_8))),
                new PrintWriter(out), new ReviewBank(file, quiz), ArticleContext.none(),
                java.util.Map.of(id, List.of("the speaker is wrong (ana)"))).run();
        assertThat(out.toString()).contains("Flagged by students: the speaker is wrong (ana)");
    }
}
