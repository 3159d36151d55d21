package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsquiz.questions.Question;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every screen drawn headless on a virtual 80x24 terminal, driven by keys. */
class ScreensTest {
    @TempDir
    Path dir;

    private static List<Question> questions() {
        return List.of(TestQuizzes.choice("q1", "quote", "Rostec", "Reuters", "Rostec", "Fox"),
                TestQuizzes.typed("q2", "short_answer", "Juan Guaidó", List.of(), null),
                new Question("q3", "ordering", "date", "Put these in order", List.of("second", "first", "third"),
                        List.of("first", "second", "third"), List.of(), null, List.of("e"), List.of(new int[] {0, 1}),
                        3, 1, ""));
    }

    private static VirtualScreen session(Session.Options options) {
        Runner runner = new Runner(List.of(), false, options);
        VirtualScreen s = new VirtualScreen(80, 24, true);
        return s.show(runner.startSession(TestQuizzes.quiz(questions()), 0));
    }

    @Test
    void theQuestionScreenShowsTitleProgressScorePromptAndChoices() {
        VirtualScreen s = session(Session.Options.defaults());
        assertThat(s.row(0)).contains("Test quiz");
        assertThat(s.row(1)).contains("Question 1 of 3 · Score 0");
        assertThat(s.text()).contains("Question q1?", "A) Reuters", "B) Rostec", "C) Fox");
        assertThat(s.row(23)).contains("A-D or 1-4 to answer");
    }

    @Test
    void aLetterAnswersAndFeedbackQuotesTheArticle() {
        VirtualScreen s = session(Session.Options.defaults()).press('b');
        assertThat(s.text()).contains("✓ Right! +100 points", "Answer: Rostec", "From the article:",
                "“Evidence for q1 names Rostec.”");
        s.press(KeyType.Enter);
        assertThat(s.row(1)).contains("Question 2 of 3 · Score 100");
    }

    @Test
    void feedbackMarksTheAnswerInTheArticlesSentence() {
        VirtualScreen s = session(Session.Options.defaults()).press('b');
        int row = s.text().lines().toList().indexOf(s.text().lines().filter(l -> l.contains("names Rostec"))
                .findFirst().orElseThrow());
        int col = s.row(row).indexOf("Rostec");
        assertThat(s.at(col, row).getModifiers()).contains(com.googlecode.lanterna.SGR.BOLD);
        assertThat(s.at(col - 2, row).getModifiers()).doesNotContain(com.googlecode.lanterna.SGR.BOLD);
        assertThat(Text.highlightIn("He spoke on June 3 in Oslo.", "June 3, 2019")).isEqualTo("June 3");
        assertThat(Text.highlightIn("He spoke in Oslo.", "Paris")).isNull();
    }

    @Test
    void arrowsAndEnterAnswerToo() {
        VirtualScreen s = session(Session.Options.defaults()).press(KeyType.ArrowDown).press(KeyType.ArrowDown)
                .press(KeyType.Enter);
        assertThat(s.text()).contains("✗ Not quite.", "Answer: Rostec");
    }

    @Test
    void typedAnswersForgiveSmallTypos() {
        VirtualScreen s = session(Session.Options.defaults()).press('b').press(KeyType.Enter).type("Juan Guiado");
        assertThat(s.text()).contains("> Juan Guiado");
        s.press(KeyType.Backspace).press('o').press(KeyType.Enter);
        assertThat(s.text()).contains("✓ Right!", "almost: it is spelled Juan Guaidó");
    }

    @Test
    void orderingMovesItemsWithSpaceAndArrows() {
        VirtualScreen s = session(Session.Options.defaults()).press('b').press(KeyType.Enter)
                .type("Juan Guaidó").press(KeyType.Enter).press(KeyType.Enter);
        assertThat(s.text()).contains("1. second", "2. first", "3. third");
        s.press(' ').press(KeyType.ArrowDown).press(' ');
        assertThat(s.text()).contains("1. first", "2. second");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("✓ Right!");
        s.press(KeyType.Enter);
        assertThat(s.row(0)).contains("Results · Test quiz");
        assertThat(s.text()).contains("3 of 3 right (100%)", "No mistakes.");
    }

    @Test
    void matchingPairsQuotesWithSpeakersByLetterAndArrows() {
        Question matching = new Question("m", "matching", "quote", "Match each quote to its speaker",
                List.of("Lee", "Kim", "Ray"), List.of(List.of("first words", "Kim"), List.of("second words", "Lee"),
                List.of("third words", "Ray")), List.of(), null, List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(List.of(matching)), 0));
        assertThat(s.text()).contains("1) [?]", "“first words”", "A) Lee", "B) Kim");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("Give every quote a speaker first.");
        s.press('b').press('a');
        assertThat(s.text()).contains("1) [B Kim]", "2) [A Lee]");
        s.press(KeyType.ArrowRight).press(KeyType.ArrowRight).press(KeyType.ArrowRight);
        assertThat(s.text()).contains("3) [C Ray]");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("✓ Right!");
    }

    @Test
    void matchingAndOrderingShowTheInstructionAndTheirItemsOnce() {
        Question ordering = new Question("o", "ordering", "date", "Put these events in the order they happened,"
                + " earliest first: A) later thing. B) earlier thing.", List.of("later thing", "earlier thing"),
                List.of("earlier thing", "later thing"), List.of(), null, List.of("“Quoted,” she said."),
                List.of(new int[] {0, 1}), 3, 1, "");
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(List.of(ordering)), 0));
        assertThat(s.text()).contains("Put these events in the order they happened, earliest first:")
                .doesNotContain("A) later thing");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("“Quoted,” she said.").doesNotContain("““");
    }

    @Test
    void resultsListTheMissedAndRetryThem() {
        VirtualScreen s = session(Session.Options.defaults()).press('a').press(KeyType.Enter).type("nobody")
                .press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter).press(KeyType.Enter);
        assertThat(s.text()).contains("0 of 3 right (0%)", "By kind of fact: quote 0/1 · entity 0/1 · date 0/1",
                "Missed (3):", "Right answer: Rostec", "r: retry the missed ones");
        s.press('r');
        assertThat(s.row(1)).contains("Question 1 of 3");
    }

    @Test
    void quittingAsksFirst() {
        VirtualScreen s = session(Session.Options.defaults()).press(KeyType.Escape);
        assertThat(s.text()).contains("Quit this session? What you answered so far counts. (y/n)");
        s.press('n');
        assertThat(s.text()).doesNotContain("(y/n)").contains("Question 1 of 3");
        s.press('q').press('y');
        assertThat(s.row(0)).contains("Results");
        assertThat(s.text()).contains("stopped after 0");
    }

    @Test
    void aTimedQuestionCountsDownAndRunsOut() {
        VirtualScreen s = session(new Session.Options(0, false, 1, Set.of(), 10_000));
        s.now = 3_000;
        s.render();
        assertThat(s.row(2)).contains("] 7s");
        s.now = 10_500;
        s.view = s.view.tick(s.now);
        s.render();
        assertThat(s.text()).contains("✗ Time is up.", "Answer: Rostec");
    }

    @Test
    void aResizeRedrawsToTheNewSize() {
        VirtualScreen s = session(Session.Options.defaults());
        s.resize(60, 16);
        assertThat(s.row(15)).contains("A-D or 1-4 to answer");
        assertThat(s.text()).contains("B) Rostec");
        s.resize(100, 30);
        assertThat(s.row(29)).contains("A-D or 1-4 to answer");
    }

    @Test
    void noColourWhenNoColorIsSet() {
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        VirtualScreen plain = new VirtualScreen(80, 24, false).show(runner.startSession(TestQuizzes.quiz(questions()), 0));
        plain.press('b');
        assertThat(plain.at(3, 3).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        VirtualScreen coloured = session(Session.Options.defaults()).press('b');
        assertThat(coloured.at(3, 3).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN_BRIGHT);
    }

    @Test
    void accentedNamesTakeOneColumnEach() {
        Question q = TestQuizzes.choice("n", "quote", "Nicola\u0301s Maduro", "Nicola\u0301s Maduro", "Juan Guaidó", "X Y");
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(List.of(q)), 0));
        assertThat(s.text()).contains("A) Nicolás Maduro  ".strip()).contains("B) Juan Guaidó");
    }

    @Test
    void theHomeScreenListsBanksAndUnreadableFiles() throws Exception {
        QuizFiles.write(TestQuizzes.quiz(questions()), dir.resolve("good.json"));
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.home());
        assertThat(s.text()).contains("newsquiz · quizzes from real news", "Test quiz", "Paper · 2019-06-03 · 3 questions",
                "broken.json (unreadable)", "g: generate");
        s.press(KeyType.Enter); // the files come in name order: broken.json first
        assertThat(s.text()).contains("That file cannot be played");
        s.press(KeyType.ArrowDown).press(KeyType.Enter);
        assertThat(s.row(1)).contains("Question 1 of 3");
    }

    private Path bridgeArticle() throws Exception {
        Path article = dir.resolve("bridge-article.txt");
        Files.writeString(article, "Bridge Opens\n\nMay 2, 2024\n\nMayor Tom Reyes said on Monday that the bridge"
                + " cost $40 million.\n\n“This is a great day for the city,” Reyes said.\n\nGovernor Ana Lima said"
                + " the bridge was late.\n\nEngineer Paul Okafor said the steel came from abroad.\n");
        return article;
    }

    /** The home screen over a new, empty quiz folder, where generated quizzes go. */
    private static VirtualScreen homeOver(Path quizzes) throws Exception {
        Files.createDirectory(quizzes);
        return new VirtualScreen(80, 24, true).show(new Runner(List.of(quizzes), true, Session.Options.defaults())
                .home());
    }

    @Test
    void generatingShowsItsProgressDropsKeysMeanwhileAndEscCancels() throws Exception {
        Path article = bridgeArticle();
        Path quizzes = dir.resolve("quizzes");
        VirtualScreen s = homeOver(quizzes);
        s.press('g').type(article.toString()).press(KeyType.Enter);
        assertThat(s.text()).contains("Generating a quiz from bridge-article.txt", "Esc: cancel");
        s.press('q').press('x');
        assertThat(s.view).isInstanceOf(GeneratingView.class);
        s.press(KeyType.Escape);
        assertThat(s.text()).contains("Cancelled: nothing was written.", "Path: " + article);
        assertThat(quizzes.resolve("bridge-article.json")).doesNotExist();
        s.press(KeyType.Enter).press('q').awaitWork();
        assertThat(s.view).isInstanceOf(HomeView.class);
        assertThat(s.text()).contains("Wrote ", "Bridge Opens");
        s.press('g').type("-").press(KeyType.Enter);
        assertThat(s.text()).contains("Type the article's path first.");
    }

    @Test
    void generatingFromTheHomeScreenCompletesThePathAndListsTheNewQuiz() throws Exception {
        Path article = bridgeArticle();
        Path quizzes = dir.resolve("quizzes");
        VirtualScreen s = homeOver(quizzes);
        s.press('g').type(dir + "/bridge-a").press(KeyType.Tab);
        assertThat(s.text()).contains("Path: " + article);
        s.press(KeyType.Enter).awaitWork();
        assertThat(s.text()).contains("Wrote ", "Bridge Opens");
        assertThat(Files.exists(quizzes.resolve("bridge-article.json"))).isTrue();
    }

    @Test
    void generatingFromAnArticleWithNothingToAskSaysSoAndWritesNothing() throws Exception {
        Path article = dir.resolve("chinese.txt");
        Files.writeString(article, "桥梁开通\n\n市长周一表示，这座桥耗资四千万美元。\n\n他说这是城市的好日子。\n");
        Path quizzes = Files.createDirectory(dir.resolve("quizzes"));
        Runner runner = new Runner(List.of(quizzes), true, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.home());
        s.press('g').type(article.toString()).press(KeyType.Enter).awaitWork();
        assertThat(s.text()).contains("no questions could be made").contains("no quiz was written");
        try (var files = Files.list(quizzes)) {
            assertThat(files).isEmpty();
        }
    }
}
