package newsquiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Kahoot's quiz spreadsheet (the "Import spreadsheet" template, a real .xlsx): the template's heading, its column
 * headers on row 8, then a row per question: number, question (at most 120 characters), up to four answers (75
 * each), time limit and the correct answer's number. Kahoot's quiz takes choices only: multiple choice and true or
 * false go in; typed, ordering and matching questions are skipped and counted. Text too long is shortened by
 * {@link Fit}; a question whose choices would no longer differ is skipped.
 */
final class KahootExporter implements Exporter {
    static final int MAX_QUESTION = 120;
    static final int MAX_ANSWER = 75;
    static final int HEADER_ROW = 7; // 0-based: the template's row 8
    static final List<String> HEADERS = List.of("Question - max 120 characters", "Answer 1 - max 75 characters",
            "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
            "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one");

    @Override
    public String format() {
        return "kahoot";
    }

    @Override
    public String extension() {
        return "kahoot.xlsx";
    }

    @Override
    public String description() {
        return "Kahoot spreadsheet (.xlsx): choice questions, shortened to Kahoot's limits";
    }

    @Override
    public Exported export(Quiz quiz) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> skipped = new ArrayList<>();
        List<String> shortened = new ArrayList<>();
        int written = 0;
        Workbook wb = new Workbook(bytes, "newsquiz", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        ws.value(0, 1, "Quiz template");
        ws.value(1, 1, "Add questions, at least two answer alternatives, time limit and choose correct answers."
                + " Made by newsquiz from: " + Items.title(quiz));
        ws.value(2, 1, Items.source(quiz));
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.value(HEADER_ROW, c + 1, HEADERS.get(c));
            ws.style(HEADER_ROW, c + 1).bold().set();
        }
        List<Question> questions = Items.of(quiz);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String name = Items.name(i + 1, q);
            List<String> answers = switch (q.type()) {
                case "multiple_choice" -> Items.clean(q.choices());
                case "true_false" -> List.of("True", "False");
                default -> null;
            };
            if (answers == null) {
                skipped.add(name + ": Kahoot's quiz spreadsheet takes choice questions only");
                continue;
            }
            if (answers.size() > 4) {
                skipped.add(name + ": more than four choices");
                continue;
            }
            String prompt = Fit.text(Items.prompt(q), MAX_QUESTION);
            List<String> fitted = answers.stream().map(a -> Fit.text(a, MAX_ANSWER)).toList();
            if (fitted.stream().distinct().count() < fitted.size()) {
                skipped.add(name + ": its choices would be alike once cut to " + MAX_ANSWER + " characters");
                continue;
            }
            if (!prompt.equals(Items.prompt(q)) || !fitted.equals(answers)) {
                shortened.add(name);
            }
            int right = answers.indexOf(Items.answer(q)) + 1;
            int row = HEADER_ROW + 1 + written;
            written++;
            ws.value(row, 0, written);
            ws.value(row, 1, prompt);
            for (int k = 0; k < fitted.size(); k++) {
                ws.value(row, 2 + k, fitted.get(k));
            }
            ws.value(row, 6, prompt.length() > 80 ? 30 : 20);
            ws.value(row, 7, right);
        }
        wb.finish();
        return new Exported(bytes.toByteArray(), written, skipped, shortened);
    }
}
