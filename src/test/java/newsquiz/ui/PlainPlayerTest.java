package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import newsquiz.questions.Question;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;

class PlainPlayerTest {
    private static String play(String input, Session.Options options, List<Question> questions) {
        StringWriter out = new StringWriter();
        LineSource in = LineSource.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        new PlainPlayer(in, new PrintWriter(out), () -> 0L, true).play(TestQuizzes.quiz(questions), options);
        return out.toString();
    }

    private static List<Question> three() {
        return List.of(TestQuizzes.choice("q1", "quote", "Rostec", "Reuters", "Rostec", "Fox"),
                TestQuizzes.typed("q2", "short_answer", "Juan Guaidó", List.of("Guaidó"), null),
                TestQuizzes.typed("q3", "numeric", "1,000", List.of("1000"), 0.0));
    }

    @Test
    void aPipedSessionPlaysToTheEndAndPrintsTheScore() {
        String out = play("B\nguiado\n1000\n", Session.Options.defaults(), three());
        assertThat(out).contains("Question 1 of 3 · score 0", "  A) Reuters", "  B) Rostec", "Right! +100 points.",
                "almost: it is spelled Guaidó", "From the article: “Evidence for q1 names Rostec.”",
                "Results: 3 of 3 right (100%) · 330 points");
    }

    @Test
    void wrongAnswersShowTheRightOneAndTheMissedList() {
        String out = play("A\nMaduro\n999\nn\n", Session.Options.defaults(), three());
        assertThat(out).contains("Not quite. The answer is: Rostec", "Results: 0 of 3 right (0%)", "Missed:",
                "Your answer: Reuters · Right answer: Rostec", "Retry the 3 missed question(s) now? (y/n)");
    }

    @Test
    void retryingPlaysOnlyTheMissedOnes() {
        String out = play("A\nJuan Guaido\n1,000\ny\nB\n", Session.Options.defaults(), three());
        assertThat(out).contains("Test quiz (1 questions)", "Results: 1 of 1 right (100%)");
    }

    @Test
    void anUnreadableAnswerAsksAgain() {
        String out = play("Z\nB\n", new Session.Options(1, false, 1, Set.of(), 0), three());
        assertThat(out).contains("Please answer with a letter, A to C", "Results: 1 of 1 right");
    }

    @Test
    void quittingAsksFirstAndTheEndOfInputStops() {
        assertThat(play("q\ny\n", Session.Options.defaults(), three()))
                .contains("Quit this session? What you answered so far counts. (y/n)", "stopped after 0");
        assertThat(play("q\nn\nB\n", Session.Options.defaults(), three()))
                .contains("Right! +100", "(end of input)", "stopped after 1");
    }

    @Test
    void matchingAndOrderingTakeLettersInTurn() {
        Question matching = new Question("m", "matching", "quote", "Match each quote", List.of("Lee", "Kim"),
                List.of(List.of("first words", "Kim"), List.of("second words", "Lee")), List.of(), null,
                List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        Question ordering = new Question("o", "ordering", "date", "Put in order", List.of("later", "earlier"),
                List.of("earlier", "later"), List.of(), null, List.of("f"), List.of(new int[] {0, 1}), 3, 1, "");
        String out = play("B A\nBA\n", Session.Options.defaults(), List.of(matching, ordering));
        assertThat(out).contains("  1) “first words”", "  A) Lee", "Results: 2 of 2 right");
    }

    @Test
    void matchingWithSomePairsRightSaysWhichAndScoresThem() {
        Question matching = new Question("m", "matching", "quote", "Match each quote", List.of("Lee", "Kim", "Ray"),
                List.of(List.of("one", "Kim"), List.of("two", "Lee"), List.of("three", "Ray")), List.of(), null,
                List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        String out = play("B C A\n", Session.Options.defaults(), List.of(matching));
        assertThat(out).contains("Partly right: 1 of 3 pairs right; wrong: quotes 2, 3. +33 points.",
                "The answer is: 1) Kim; 2) Lee; 3) Ray");
    }
}
