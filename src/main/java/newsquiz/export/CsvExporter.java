package newsquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsquiz.io.Csv;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/** One row per question for any spreadsheet: UTF-8 with a byte-order mark, CRLF, cells that never run. */
final class CsvExporter implements Exporter {
    static final List<String> HEADER = List.of("number", "id", "type", "kind", "question", "choices", "answer",
            "also accepted", "evidence", "explanation", "difficulty", "review", "flag");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV, one row per question (any spreadsheet)";
    }

    @Override
    public Exported export(Quiz quiz) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        List<Question> questions = Items.of(quiz);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            List<String> accepted = new ArrayList<>(Items.typedAnswers(q));
            accepted.remove(0);
            rows.add(List.of(String.valueOf(i + 1), Items.clean(q.id()), q.type(), Items.clean(q.kind()),
                    Items.prompt(q), String.join(" | ", Items.clean(q.choices())), Items.answer(q),
                    q.type().equals("true_false") || q.type().equals("matching") || q.type().equals("ordering")
                            ? "" : String.join(" | ", accepted),
                    Items.evidence(q), Items.clean(q.explanation()), String.valueOf(q.difficulty()),
                    Items.clean(q.review()), Items.clean(q.flag())));
        }
        return new Exported(Csv.of(rows).getBytes(StandardCharsets.UTF_8), questions.size(), List.of(), List.of());
    }
}
