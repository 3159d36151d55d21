package newsquiz.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;

/** Quizzes for the export tests: one question of each type, and the same with hostile text and a review. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /** Eight questions: three multiple choice, short answer, true/false, matching, numeric, ordering. */
    static Quiz everyType() throws Exception {
        return QuizFiles.read(Path.of("src/test/resources/quizzes/every-type.json"));
    }

    /** The same with its second question rejected and its first prompt full of GIFT's special characters. */
    static Quiz reviewedWithSpecialCharacters() throws Exception {
        Quiz quiz = everyType();
        List<Question> qs = new ArrayList<>(quiz.questions());
        Question first = qs.get(0);
        qs.set(0, new Question(first.id(), first.type(), first.kind(), "=Who {said} ~this: #1 \\ \"quoted\"?",
                first.choices(), first.answer(), first.accept(), first.tolerance(), first.evidence(), first.spans(),
                first.difficulty(), first.rank(), first.explanation()));
        qs.set(1, qs.get(1).withReview(Question.REJECTED, null));
        return quiz.withQuestions(qs, null);
    }
}
