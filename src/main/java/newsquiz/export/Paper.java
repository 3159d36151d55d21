package newsquiz.export;

import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * A quiz as it goes on paper, for the worksheet (PDF) and its Markdown twin: the heading (title, source, date),
 * numbered questions each with what to write on (choices to circle, blanks to fill) and the answer key with each
 * answer's evidence.
 */
record Paper(String title, String source, String date, List<Item> items, List<Key> key) {
    /** One question: its number, prompt, and the lines under it (choices, blanks). */
    record Item(int number, String prompt, List<String> lines) {
    }

    /** One answer of the key: the question's number, the answer and the evidence. */
    record Key(int number, String answer, String evidence) {
    }

    static final String BLANK = "______________________________";

    static Paper of(Quiz quiz) {
        List<Item> items = new ArrayList<>();
        List<Key> key = new ArrayList<>();
        List<Question> questions = Items.of(quiz);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            items.add(new Item(i + 1, Items.prompt(q), lines(q)));
            key.add(new Key(i + 1, Items.answer(q), Items.evidence(q)));
        }
        Quiz.Source s = quiz.source();
        String source = s == null ? "" : String.join(" · ", java.util.stream.Stream.of(s.byline(), s.publisher())
                .filter(x -> x != null && !x.isBlank()).map(Items::clean).toList());
        String date = s == null || s.published() == null ? "" : Items.clean(s.published());
        return new Paper(Items.title(quiz), source, date, items, key);
    }

    private static List<String> lines(Question q) {
        List<String> out = new ArrayList<>();
        List<String> choices = Items.clean(q.choices());
        switch (q.type()) {
            case "multiple_choice" -> {
                for (int k = 0; k < choices.size(); k++) {
                    out.add((char) ('A' + k) + ")  " + choices.get(k));
                }
            }
            case "true_false" -> out.add("True  /  False");
            case "ordering" -> choices.forEach(c -> out.add("___  " + c));
            case "matching" -> {
                List<String[]> pairs = Items.pairs(q);
                for (int k = 0; k < choices.size(); k++) {
                    out.add((char) ('A' + k) + ")  " + choices.get(k));
                }
                pairs.forEach(p -> out.add("___  " + p[0]));
            }
            default -> out.add(BLANK);
        }
        return out;
    }
}
