package newsquiz.ui;

import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/** A quiz whose every text carries escape sequences, controls, bidi overrides and zero-width characters. */
public final class HostileQuiz {
    private HostileQuiz() {
    }

    /** {@code word} wrapped in everything a terminal could act on. */
    public static String h(String word) {
        return Hostile.OSC + word + Hostile.CSI + "\u0007" + Hostile.LOOKALIKE + "\t\u0000\u009B2J\r\n";
    }

    public static Quiz quiz() {
        List<String> evidence = List.of(h("The article says Rostec."), h("And more."));
        List<int[]> spans = List.of(new int[] {0, 1});
        Question choice = new Question(h("q1"), "multiple_choice", h("quote"), h("Who said it?"),
                List.of(h("Reuters"), h("Rostec"), h("Fox")), h("Rostec"), List.of(), null, evidence, spans, 1, 1.0,
                h("Because."));
        // a typed answer must be typable (the quiz reader refuses one with control characters), so only its
        // prompt, evidence and explanation are hostile
        Question typed = new Question(h("q2"), "short_answer", h("entity"), h("Type the name"), null, "Guaidó",
                List.of("Juan"), null, evidence, spans, 2, 1.0, h("Explained."));
        Question truth = new Question(h("q3"), "true_false", "quote", h("True or false?"),
                List.of("True", "False"), true, List.of(), null, evidence, spans, 1, 1.0, h("So."));
        Question ordering = new Question(h("q4"), "ordering", "date", h("Put these in order:") + " a, b",
                List.of(h("second"), h("first")), List.of(h("first"), h("second")), List.of(), null, evidence,
                spans, 3, 1.0, h("Dates."));
        Question matching = new Question(h("q5"), "matching", "quote", h("Match each quote:") + " x",
                List.of(h("Lee"), h("Kim")), List.of(List.of(h("first words"), h("Kim")),
                List.of(h("second words"), h("Lee"))), List.of(), null, evidence, spans, 3, 1.0, h("Quotes."));
        return new Quiz(1, h("hostile"), h("Hostile quiz"),
                new Quiz.Source(h("Head"), h("By"), "2019-06-03", h("Paper"), h("a.txt"), "x"), "test", 1,
                List.of(choice, typed, truth, ordering, matching));
    }
}
