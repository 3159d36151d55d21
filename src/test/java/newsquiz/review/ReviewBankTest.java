package newsquiz.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewBankTest {
    @TempDir
    Path dir;

    private ReviewBank bank() throws Exception {
        Path file = dir.resolve("bank.json");
        Files.copy(Path.of("src/test/resources/quizzes/every-type.json"), file);
        return new ReviewBank(file, QuizFiles.read(file));
    }

    @Test
    void verdictsFlagsAndCounts() throws Exception {
        ReviewBank b = bank();
        b.accept(0);
        b.reject(1);
        b.reject(2);
        b.unreview(2);
        b.flag(3, "  two answers are right ");
        assertThat(b.counts()).containsExactly(1, 1, 6);
        assertThat(b.get(3).flag()).isEqualTo("two answers are right");
        b.flag(3, " ");
        assertThat(b.get(3).flag()).isNull();
        assertThat(b.changed()).isTrue();
    }

    @Test
    void movesStayInsideTheBank() throws Exception {
        ReviewBank b = bank();
        String first = b.get(0).id();
        assertThat(b.move(0, -1)).isZero();
        assertThat(b.move(0, 1)).isEqualTo(1);
        assertThat(b.get(1).id()).isEqualTo(first);
        assertThat(b.move(b.size() - 1, 1)).isEqualTo(b.size() - 1);
    }

    @Test
    void editsAreCheckedAndABadOneChangesNothing() throws Exception {
        ReviewBank b = bank();
        Question before = b.get(0);
        assertThat(b.edit(0, Edits.Field.ANSWER, "Pompeo")).isEqualTo("give one of the choices, or its letter A-C");
        assertThat(b.get(0)).isSameAs(before);
        assertThat(b.edit(0, Edits.Field.ANSWER, "c")).isNull();
        assertThat(b.get(0).answer()).isEqualTo("Juan Guaidó");
        assertThat(b.edit(0, Edits.Field.CHOICES, "Juan Guaidó | Mike Pompeo | juan guaidó"))
                .isEqualTo("two choices are the same");
        assertThat(b.edit(0, Edits.Field.CHOICES, "Mike Pompeo | Donald Trump"))
                .startsWith("the answer \"Juan Guaidó\" must stay among the choices");
        assertThat(b.edit(0, Edits.Field.CHOICES, "Juan Guaidó | Mike Pompeo | Donald Trump")).isNull();
        assertThat(b.edit(0, Edits.Field.PROMPT, "  ")).isEqualTo("the question cannot be empty");
        assertThat(b.edit(3, Edits.Field.ACCEPT, "Maduro | Nicolas Maduro")).isNull();
        assertThat(b.get(3).accept()).containsExactly("Maduro", "Nicolas Maduro");
        assertThat(b.edit(4, Edits.Field.ANSWER, "true")).isNull();
        assertThat(b.get(4).answer()).isEqualTo(true);
        List<String> order = b.get(7).choices();
        assertThat(b.edit(7, Edits.Field.ANSWER, String.join(" | ", order))).isNull();
        assertThat(b.get(7).answer()).isEqualTo(order);
        assertThat(b.edit(7, Edits.Field.ANSWER, order.get(0))).startsWith("give every item once");
        assertThat(b.edit(6, Edits.Field.ANSWER, "a thousand")).isEqualTo("a numeric answer is a number");
    }

    @Test
    void saveKeepsThePreviousFileAsBakAndTheReviewReadsBack() throws Exception {
        ReviewBank b = bank();
        String before = Files.readString(b.file());
        b.reject(0);
        b.accept(5);
        b.useFirst(3);
        b.save();
        assertThat(b.changed()).isFalse();
        assertThat(Files.readString(dir.resolve("bank.json.bak"))).isEqualTo(before);
        Quiz saved = QuizFiles.read(b.file());
        assertThat(saved.useFirst()).isEqualTo(3);
        assertThat(saved.questions().get(0).rejected()).isTrue();
        assertThat(saved.reviewedOrder()).extracting(Question::id).startsWith(saved.questions().get(5).id())
                .doesNotContain(saved.questions().get(0).id()).hasSize(3);
        assertThat(newsquiz.validate.QuizValidator.check(Files.readString(b.file()), null)).isEmpty();
    }

    @Test
    void theArticleBesideTheQuizShowsTheEvidencesParagraph() throws Exception {
        ReviewBank b = bank();
        Quiz quiz = b.quiz();
        assertThat(ArticleContext.find(b.file(), quiz, null).found()).isFalse();
        Files.copy(Path.of("src/test/resources/articles/venezuela-rostec-2019.txt"),
                dir.resolve("venezuela-rostec-2019.txt"));
        ArticleContext article = ArticleContext.find(b.file(), quiz, null);
        assertThat(article.found()).isTrue();
        assertThat(article.paragraphOf(b.get(2))).startsWith("The president’s message confirms")
                .contains(b.get(2).evidence().get(0));
        assertThat(ArticleContext.none().paragraphOf(b.get(2))).isEqualTo(b.get(2).evidence().get(0));
    }
}
