package newsquiz.session;

import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/** Small quizzes for the engine's and the screens' tests. */
public final class TestQuizzes {
    private TestQuizzes() {
    }

    public static Question choice(String id, String kind, String answer, String... choices) {
        return new Question(id, "multiple_choice", kind, "Question " + id + "?", List.of(choices), answer, List.of(),
                null, List.of("Evidence for " + id + " names " + answer + "."), List.of(new int[] {0, 1}), 1, 1.0,
                "Because.");
    }

    public static Question typed(String id, String type, String answer, List<String> accept, Double tolerance) {
        return new Question(id, type, "entity", "Type " + id, null, answer, accept, tolerance,
                List.of("Evidence " + answer + "."), List.of(new int[] {0, 1}), 2, 1.0, "");
    }

    public static Quiz quiz(List<Question> questions) {
        return new Quiz(1, "abc", "Test quiz", new Quiz.Source("Head", null, "2019-06-03", "Paper", "a.txt", "x"),
                "newsquiz test", 1, questions);
    }

    /**
     * A bank of n multiple-choice questions q1..qn whose answer is always "Right": amounts and dates, no name, so a
     * session may ask it again.
     */
    public static Quiz bank(int n) {
        List<Question> qs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            qs.add(choice("q" + i, i % 2 == 0 ? "date" : "quantity", "Right", "Wrong", "Right", "Other"));
        }
        return quiz(qs);
    }
}
