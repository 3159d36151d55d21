package newsquiz.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.article.BadInputException;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.validate.QuizValidator;
import org.junit.jupiter.api.Test;

/** Each reader on the examples of its published documentation. */
class ImportTest {
    private static String resource(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/import/" + name));
    }

    private static Question q(Imported i, int n) {
        return i.quiz().questions().get(n);
    }

    @Test
    void giftReadsMoodlesExamples() throws Exception {
        Imported i = GiftReader.read("examples.gift", "Examples", resource("moodle-docs-examples.gift"));
        assertThat(i.quiz().questions()).extracting(Question::type).containsExactly("true_false", "multiple_choice",
                "short_answer", "matching", "numeric", "numeric", "multiple_choice", "multiple_choice");
        assertThat(q(i, 0).prompt()).isEqualTo("1+1=2");
        assertThat(q(i, 0).answer()).isEqualTo(true);
        assertThat(q(i, 0).id()).isEqualTo("Q1");
        assertThat(q(i, 1).choices()).containsExactly("yellow", "red", "blue");
        assertThat(q(i, 1).answer()).isEqualTo("yellow");
        assertThat(q(i, 2).prompt()).isEqualTo("Two plus _____ equals four.");
        assertThat(q(i, 2).answer()).isEqualTo("two");
        assertThat(q(i, 2).accept()).containsExactly("2");
        assertThat(q(i, 3).answer()).isEqualTo(List.of(List.of("cat", "cat food"), List.of("dog", "dog food")));
        assertThat(q(i, 4).answer()).isEqualTo("3");
        assertThat(q(i, 4).tolerance()).isEqualTo(2.0);
        assertThat(q(i, 5).answer()).isEqualTo("3");
        assertThat(q(i, 5).tolerance()).isEqualTo(2.0);
        assertThat(q(i, 6).explanation()).isEqualTo("Nobody: Grant is entombed, not buried.");
        assertThat(q(i, 7).choices()).containsExactly("= 2 + 2", "= 2 + 3", "= 2 + 4");
        assertThat(q(i, 7).answer()).isEqualTo("= 2 + 3");
        assertThat(i.skipped()).containsExactly(
                "line 33: a multiple-answer question (several right choices or partial credit)",
                "line 41: an essay question (no answer to check)");
    }

    @Test
    void aikenReadsMoodlesExampleAndNamesTheLineOfABrokenQuestion() throws Exception {
        Imported i = AikenReader.read("examples.txt", "Examples", resource("moodle-docs-examples.aiken"));
        assertThat(i.quiz().questions()).hasSize(2);
        assertThat(q(i, 0).answer()).isEqualTo("Must be this one!");
        assertThat(q(i, 1).choices()).hasSize(6).startsWith("Moodle");
        assertThat(i.skipped()).containsExactly("line 17: no ANSWER: line at the end of the file");
    }

    @Test
    void moodleXmlReadsItsTypesAndSkipsTheRestByName() throws Exception {
        Imported i = MoodleXmlReader.read("examples.xml", "Examples", resource("moodle-docs-examples.xml"));
        assertThat(i.quiz().questions()).extracting(Question::type).containsExactly("multiple_choice", "true_false",
                "short_answer", "numeric", "matching");
        assertThat(q(i, 0).prompt()).isEqualTo("What is the answer to this question?");
        assertThat(q(i, 0).answer()).isEqualTo("The correct answer");
        assertThat(q(i, 2).accept()).containsExactly("Best answer");
        assertThat(q(i, 4).choices()).containsExactly("Berlin", "Paris", "Madrid");
        assertThat(i.skipped()).containsExactly("question 6 (essay): newsquiz has no essay question",
                "question 7 (multichoice): a multiple-answer question");
    }

    @Test
    void anImportedQuizIsAValidQuizFileWithoutEvidence() throws Exception {
        for (Imported i : List.of(GiftReader.read("a", "A", resource("moodle-docs-examples.gift")),
                AikenReader.read("b", "B", resource("moodle-docs-examples.aiken")),
                MoodleXmlReader.read("c", "C", resource("moodle-docs-examples.xml")))) {
            String json = QuizFiles.toJson(i.quiz());
            assertThat(QuizValidator.check(json, null)).isEmpty();
            assertThat(i.quiz().source()).isNull();
            assertThat(i.quiz().questions()).allMatch(x -> x.evidence().isEmpty());
        }
    }

    @Test
    void badInputNamesTheFile() {
        assertThatThrownBy(() -> MoodleXmlReader.read("bank.xml", "T", "<quiz><question"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("bank.xml, line 1: not valid XML");
        assertThatThrownBy(() -> MoodleXmlReader.read("bank.xml", "T", "<html/>"))
                .hasMessage("bank.xml: not Moodle XML (the root element is <html>, not <quiz>)");
        assertThatThrownBy(() -> MoodleXmlReader.read("bank.xml", "T",
                "<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> GiftReader.read("bank.gift", "T", "// only a comment\n"))
                .hasMessage("bank.gift: no GIFT question could be read");
    }

}
