package newsquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * Quizlet's import text: a card per line, the term (the question) and its definition (the answer) split by a tab,
 * Quizlet's default separators. Tabs and line breaks inside a text become spaces, so a card stays one line.
 */
final class QuizletExporter implements Exporter {
    @Override
    public String format() {
        return "quizlet";
    }

    @Override
    public String extension() {
        return "quizlet.txt";
    }

    @Override
    public String description() {
        return "Quizlet flashcards: question, tab, answer (paste into Quizlet's Import)";
    }

    @Override
    public Exported export(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        List<Question> questions = Items.of(quiz);
        for (Question q : questions) {
            out.append(Items.prompt(q)).append('\t').append(Items.answer(q)).append('\n');
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), questions.size(), List.of(), List.of());
    }
}
