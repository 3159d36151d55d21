package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.PrintWriter;
import java.io.StringWriter;
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

/** The defects a new user met (issue 10), each on the virtual terminal at 80x24 unless said otherwise. */
class FairPlayScreensTest {
    @TempDir
    Path dir;

    private static final String LONG_QUOTE = "We will keep working with our partners in the region until every"
            + " family that lost its home has a roof again, and we will not rest before that day comes";

    private static VirtualScreen play(List<Question> questions, Session.Options options) {
        Runner runner = new Runner(List.of(), false, options);
        return new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(questions), 0));
    }

    private static List<Question> three() {
        return List.of(TestQuizzes.choice("q1", "quote", "Rostec", "Reuters", "Rostec", "Fox"),
                TestQuizzes.choice("q2", "date", "May", "May", "June", "July"),
                TestQuizzes.choice("q3", "entity", "Oslo", "Oslo", "Rome", "Paris"));
    }

    private static Question matching(String longName) {
        return new Question("m", "matching", "quote", "Match each quote to its speaker:",
                List.of("Lee", longName, "Ray"), List.of(List.of(LONG_QUOTE, longName),
                List.of("second words", "Lee"), List.of("third words", "Ray")), List.of(), null, List.of("e"),
                List.of(new int[] {0, 1}), 3, 1, "");
    }

    @Test
    void theClockStopsWhileTheFeedbackIsRead() {
        VirtualScreen s = play(three(), new Session.Options(0, false, 1, Set.of(), 10_000));
        s.now = 2_000;
        s.press('b');
        s.now = 30_000; // twenty-eight seconds reading the feedback
        s.press(KeyType.Enter);
        assertThat(s.row(2)).contains("10s left");
        s.now = 31_000;
        s.view = s.view.tick(s.now);
        s.render();
        assertThat(s.row(2)).contains("9s left");
        s.press('a');
        assertThat(s.text()).contains("✓ Right!").doesNotContain("Time is up");
    }

    @Test
    void quittingEarlyNeverSaysNoMistakes() {
        VirtualScreen s = play(three(), Session.Options.defaults()).press('b').press(KeyType.Enter)
                .press(KeyType.Escape).press('y');
        assertThat(s.text()).contains("1 of 3 right", "stopped after 1", "Stopped after 1 of 3 questions")
                .doesNotContain("No mistakes", "Well done");
        StringWriter out = new StringWriter();
        new PlainPlayer(LineSource.of(new java.io.ByteArrayInputStream("B\nq\ny\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                new PrintWriter(out), () -> 0, true).play(TestQuizzes.quiz(three()), Session.Options.defaults());
        assertThat(out.toString()).contains("Stopped after 1 of 3").doesNotContain("No mistakes");
    }

    @Test
    void withoutAPublisherTheBylineSaysWhoWroteIt() {
        var quiz = new newsquiz.questions.Quiz(1, "v", "Pompeo to Meet Kim", new newsquiz.questions.Quiz.Source(
                "Pompeo to Meet Kim", "Steve Herman", null, null, "a.txt", "x"), "t", 1, three());
        assertThat(Text.source(quiz)).isEqualTo("by Steve Herman");
        assertThat(Text.source(TestQuizzes.quiz(three()))).isEqualTo("Paper · 2019-06-03");
    }

    @Test
    void theTitleIsNotShownWhileAQuestionIs() {
        VirtualScreen s = play(three(), Session.Options.defaults());
        assertThat(s.text()).doesNotContain("Test quiz").contains("Paper · 2019-06-03");
        s.press('b');
        assertThat(s.text()).doesNotContain("Test quiz");
    }

    @Test
    void matchingFitsLongNamesWrapsQuotesAndOffersOnlyItsLetters() {
        String name = "Ambassador Maria Fernanda Espinosa Garcés";
        VirtualScreen s = play(List.of(matching(name)), Session.Options.defaults());
        String text = s.text();
        // every word of the long quote is on screen, wrapped under itself
        for (String word : LONG_QUOTE.split(" ")) {
            assertThat(text).contains(word);
        }
        assertThat(text).contains("1) [?");
        int first = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("“We will")).findFirst()
                .orElseThrow());
        int quoteColumn = s.row(first).indexOf("“We will");
        assertThat(s.row(first + 1).length() - s.row(first + 1).stripLeading().length()).isEqualTo(quoteColumn);
        assertThat(s.row(23)).contains("A-C or ←→").doesNotContain("A-E");
        s.press('b');
        String row = s.text().lines().filter(l -> l.contains("1) [B)")).findFirst().orElseThrow();
        assertThat(row).containsPattern("…?\\] “We will"); // the name never runs into the quote
    }

    @Test
    void twoOfThreePairsScoreAndTheWrongOneIsNamed() {
        VirtualScreen s = play(List.of(matching("Kim")), Session.Options.defaults());
        s.press('b').press(KeyType.ArrowDown).press('c').press(KeyType.ArrowDown).press('a').press(KeyType.Enter);
        assertThat(s.text()).contains("Partly right: 1 of 3 pairs right; wrong: quotes 2, 3. +33 points",
                "✓ 1) Kim", "✗ 2) Lee (you said Ray)");
        s = play(List.of(matching("Kim")), Session.Options.defaults());
        s.press('b').press(KeyType.ArrowDown).press('a').press(KeyType.ArrowDown).press('a').press(KeyType.Enter);
        assertThat(s.text()).contains("2 of 3 pairs right; wrong: quote 3. +67 points");
    }

    @Test
    void orderingItemsWrapSoTheyCanBeRead() {
        String later = "The government announced that the new bridge over the river would open to traffic in"
                + " the spring after the final inspection by the city's engineers";
        Question ordering = new Question("o", "ordering", "date", "Put these events in order, earliest first:",
                List.of(later, "The council voted"), List.of("The council voted", later), List.of(), null,
                List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        VirtualScreen s = play(List.of(ordering), Session.Options.defaults());
        assertThat(s.text()).contains("1. The government", "engineers", "2. The council voted");
    }

    @Test
    void theHomeFooterFitsAt80Columns() throws Exception {
        QuizFiles.write(TestQuizzes.quiz(three()), dir.resolve("good.json"));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(new Runner(List.of(dir), true,
                Session.Options.defaults()).home());
        assertThat(s.row(23)).endsWith("q quit").doesNotContain("…");
        assertThat(s.text()).contains("Paper · 2019-06-03 · 3 questions");
        s.press('?');
        assertThat(s.text()).contains("Keys: quizzes", "play the chosen quiz", "Any key: back");
        s.press('x');
        assertThat(s.text()).doesNotContain("Any key: back");
    }

    @Test
    void resultsWrapMissedPromptsUnderThemselvesAndMarkWhatIsCut() {
        String prompt = "Which amount completes this sentence from the article? “The withdrawal is a blow to"
                + " Maduro since the contractors were there to keep _____ of the country's planes flying.”";
        Question q = new Question("q1", "multiple_choice", "quantity", prompt, List.of("most", "none"), "most",
                List.of(), null, List.of("The withdrawal is a blow to Maduro since the contractors were there to keep"
                + " most of the country's planes flying, several officials told the newspaper on Sunday, adding"
                + " that the staff had been reduced in recent months to a few dozen people at most."),
                List.of(new int[] {0, 1}), 1, 1, "");
        VirtualScreen s = play(List.of(q), Session.Options.defaults()).press('b').press(KeyType.Enter);
        List<String> rows = s.text().lines().toList();
        int bullet = rows.indexOf(rows.stream().filter(l -> l.startsWith("   • Which")).findFirst().orElseThrow());
        assertThat(rows.get(bullet + 1)).startsWith("     ").doesNotStartWith("      ");
        assertThat(s.text()).contains("Yours: none · Right: most", "…");
    }

    @Test
    void theGeneratePromptReadsTildeClearsWithCtrlUSelectsTheNewQuizAndAsksBeforeReplacing() throws Exception {
        assertThat(GenerateView.expandHome("~/news/a.txt")).isEqualTo(newsquiz.io.DataFolder.home() + "/news/a.txt");
        assertThat(GenerateView.expandHome("a~b")).isEqualTo("a~b");
        Path article = dir.resolve("zeta-article.txt");
        Files.writeString(article, "Bridge Opens\n\nMay 2, 2024\n\nMayor Tom Reyes said on Monday that the bridge"
                + " cost $40 million.\n\n“This is a great day for the city,” Reyes said.\n\nGovernor Ana Lima said"
                + " the bridge was late.\n");
        Path quizzes = dir.resolve("quizzes");
        Files.createDirectory(quizzes);
        QuizFiles.write(TestQuizzes.quiz(three()), quizzes.resolve("alpha.json"));
        QuizFiles.write(TestQuizzes.quiz(three()), quizzes.resolve("omega.json"));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(new Runner(List.of(quizzes), true,
                Session.Options.defaults()).home());
        s.press('g').type("nonsense").press(new KeyStroke('u', true, false));
        assertThat(s.text()).contains("Path: ▏").doesNotContain("nonsenseu");
        s.type(article.toString()).press(KeyType.Enter).awaitWork();
        assertThat(s.text()).contains("Enter plays it: wrote ");
        s.press(KeyType.Enter);
        assertThat(s.row(0)).contains("2024-05-02"); // the new quiz, not the first of the list
        s.press(KeyType.Escape).press('y').press(KeyType.Enter);
        String kept = Files.readString(quizzes.resolve("zeta-article.json"));
        s.press('g').type(article.toString()).press(KeyType.Enter);
        assertThat(s.text()).contains("zeta-article.json is already in", "Replace it", "(y/n)");
        s.press('n');
        assertThat(s.view).isInstanceOf(GenerateView.class);
        assertThat(Files.readString(quizzes.resolve("zeta-article.json"))).isEqualTo(kept);
        s.press(KeyType.Enter).press('y').awaitWork();
        assertThat(s.text()).contains("Enter plays it: wrote ");
    }

    @Test
    void aLongWordIsCutBetweenCharactersNeverInsideAPair() {
        for (String line : Text.wrap("x".repeat(9) + "😀😀😀", 10)) {
            assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isFalse();
            assertThat(Character.isLowSurrogate(line.charAt(0))).as(line).isFalse();
        }
    }

    @Test
    void shortQuotesShowWholeAndOnlyTheLongestAreCut() {
        String longer = LONG_QUOTE + " " + LONG_QUOTE + " " + LONG_QUOTE;
        Question q = new Question("m", "matching", "quote", "Match each quote to its speaker:",
                List.of("Lee", "Kim", "Ray", "Ann", "Bo"), List.of(List.of(longer, "Kim"), List.of(LONG_QUOTE, "Lee"),
                List.of("third words", "Ray"), List.of("fourth", "Ann"), List.of("fifth", "Bo")), List.of(), null,
                List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        VirtualScreen s = play(List.of(q), Session.Options.defaults());
        assertThat(s.text()).contains("not rest before that day comes”", "“fifth”", "E) Bo");
    }

    @Test
    void coloursReadOnDarkAndLightTerminals() {
        VirtualScreen s = play(three(), new Session.Options(0, false, 1, Set.of(), 10_000)).press('b');
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 80; col++) {
                var colour = s.at(col, row).getForegroundColor();
                assertThat(colour).as("(%d, %d)", col, row).isIn(com.googlecode.lanterna.TextColor.ANSI.DEFAULT,
                        com.googlecode.lanterna.TextColor.ANSI.CYAN, com.googlecode.lanterna.TextColor.ANSI.GREEN,
                        com.googlecode.lanterna.TextColor.ANSI.RED, com.googlecode.lanterna.TextColor.ANSI.MAGENTA);
            }
        }
    }

    @Test
    void resultsShowThisPlayersAttemptsAsASparkline() {
        Services services = new Services() {
            @Override
            public String player() {
                return "Ana";
            }

            @Override
            public List<Integer> trend(String quizId) {
                return quizId.equals("abc") ? List.of(20, 60, 100) : List.of();
            }
        };
        Runner runner = new Runner(List.of(), false, Session.Options.defaults(), services);
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(three()), 0));
        s.press('b').press(KeyType.Enter).press('a').press(KeyType.Enter).press('a').press(KeyType.Enter);
        assertThat(s.row(3)).contains("Your attempts: ▂▅█  20% 60% 100%");
    }

    @Test
    void statsScrollAndSayWhatIsBelow() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            lines.add("Line " + i + " of the stats");
        }
        View home = new HelpView("back", List.of(), new StatsView(List.of(), null));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(new StatsView(lines, home));
        assertThat(s.text()).contains("Line 1 of", "Line 20 of", "↓ 20 more lines").doesNotContain("Line 21 of");
        s.press(KeyType.End);
        assertThat(s.text()).contains("Line 40 of").doesNotContain("more line");
        s.press(KeyType.Enter);
        assertThat(s.view).isSameAs(home);
    }
}
