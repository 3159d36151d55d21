package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateOverReviewTest {
    private static final String ARTICLE = "src/test/resources/articles/venezuela-rostec-2019.txt";

    @TempDir
    Path dir;

    @Test
    void aReviewedBankIsNeverOverwrittenWithoutForce() throws Exception {
        Path bank = dir.resolve("bank.json");
        assertThat(FactsCommandTest.run("generate", ARTICLE, "-o", bank.toString()).code()).isZero();
        assertThat(FactsCommandTest.run("generate", ARTICLE, "-o", bank.toString()).code()).isZero();
        Quiz quiz = QuizFiles.read(bank);
        List<Question> qs = new ArrayList<>(quiz.questions());
        qs.set(0, qs.get(0).withReview(Question.REJECTED, null));
        QuizFiles.write(quiz.withQuestions(qs, null), bank);
        String reviewed = Files.readString(bank);

        FactsCommandTest.Result refused = FactsCommandTest.run("generate", ARTICLE, "-o", bank.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("bank.json: a reviewed quiz bank; not overwritten (--force");
        assertThat(Files.readString(bank)).isEqualTo(reviewed);

        assertThat(FactsCommandTest.run("generate", ARTICLE, "-o", bank.toString(), "--force").code()).isZero();
        assertThat(QuizFiles.read(bank).reviewed()).isFalse();
    }
}
