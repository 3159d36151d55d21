package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.article.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizFileReadingTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path p = dir.resolve("q.json");
        Files.writeString(p, text);
        return p;
    }

    /** A quiz file of one question with the given fields besides its id and kind, laid out one field a line. */
    static String quiz(String fields) {
        return "{\n\"format_version\": 1,\n\"id\": \"abc\",\n\"questions\": [\n{\"id\": \"q1\",\n\"kind\": \"entity\",\n"
                + fields.replace(", \"", ",\n\"") + "}\n]}\n";
    }

    @Test
    void readsTheBundledQuizBackAsWritten() throws Exception {
        Quiz q = QuizFiles.read(Path.of("quizzes/venezuela-rostec-2019.json"));
        assertThat(q.formatVersion()).isEqualTo(1);
        assertThat(q.questions()).hasSizeBetween(20, BankOrder.MAX_QUESTIONS);
        assertThat(QuizFiles.toJson(q)).isEqualTo(Files.readString(Path.of("quizzes/venezuela-rostec-2019.json")));
    }

    @Test
    void aMissingFile() {
        assertThatThrownBy(() -> QuizFiles.read(dir.resolve("none.json"))).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("none.json: no such file");
    }

    @Test
    void anEmptyFile() throws Exception {
        Path p = file("");
        assertThatThrownBy(() -> QuizFiles.read(p)).hasMessage(p + ": the file is empty");
    }

    @Test
    void malformedJsonNamesTheLine() throws Exception {
        Path p = file("{\n  \"format_version\": 1,\n  \"questions\": [\n    {\"type\": }\n  ]\n}\n");
        assertThatThrownBy(() -> QuizFiles.read(p)).hasMessageStartingWith(p + ", line 4, column 14: not valid JSON");
    }

    @Test
    void aWrongVersion() throws Exception {
        Path p = file("{\"format_version\": 2, \"questions\": []}");
        assertThatThrownBy(() -> QuizFiles.read(p))
                .hasMessage(p + ", line 1: field \"format_version\" is 2; this newsquiz reads version 1");
    }

    @Test
    void notAQuizFile() throws Exception {
        Path p = file("{\"name\": \"x\"}");
        assertThatThrownBy(() -> QuizFiles.read(p)).hasMessageContaining("field \"format_version\" is missing");
    }

    @Test
    void aQuestionWithAMissingFieldNamesLineQuestionAndField() throws Exception {
        Path p = file("{\n\"format_version\": 1, \"id\": \"abc\",\n\"questions\": [\n"
                + "{\"id\": \"q1\", \"kind\": \"entity\", \"type\": \"short_answer\", \"prompt\": \"Who?\", \"answer\": \"X\","
                + " \"evidence\": [\"X did.\"]},\n"
                + "{\"id\": \"q2\", \"kind\": \"entity\", \"type\": \"short_answer\", \"prompt\": \"Who?\","
                + " \"evidence\": [\"X did.\"]}\n]}\n");
        assertThatThrownBy(() -> QuizFiles.read(p))
                .hasMessage(p + ", line 5, question 2: field \"answer\" is missing");
    }

    @Test
    void aChoiceQuestionWhoseAnswerIsNotAChoice() throws Exception {
        Path p = file(quiz("\"type\": \"multiple_choice\", \"prompt\": \"Who?\", \"choices\": [\"A\", \"B\"],"
                + " \"answer\": \"C\", \"evidence\": []"));
        assertThatThrownBy(() -> QuizFiles.read(p)).hasMessageContaining("question 1: field \"answer\" is not one of its choices");
    }

    @Test
    void anUnknownType() throws Exception {
        Path p = file(quiz("\"type\": \"essay\", \"prompt\": \"Why?\", \"answer\": \"C\", \"evidence\": []"));
        assertThatThrownBy(() -> QuizFiles.read(p)).hasMessageContaining("field \"type\" is \"essay\"");
    }

    @Test
    void reviewStateIsAnAdditionOlderFilesReadAsUnreviewed() throws Exception {
        Quiz old = QuizFiles.read(Path.of("quizzes/venezuela-rostec-2019.json"));
        assertThat(old.reviewed()).isFalse();
        assertThat(old.questions()).allMatch(q -> q.review() == null && q.flag() == null);
        java.util.List<Question> qs = new java.util.ArrayList<>(old.questions());
        qs.set(0, qs.get(0).withReview(Question.ACCEPTED, null));
        qs.set(1, qs.get(1).withReview(Question.REJECTED, "two right answers"));
        Path p = dir.resolve("reviewed.json");
        QuizFiles.write(old.withQuestions(qs, 5), p);
        assertThat(Files.readString(p)).contains("\"review\": \"accepted\"", "\"flag\": \"two right answers\"",
                "\"use_first\": 5");
        Quiz back = QuizFiles.read(p);
        assertThat(back.reviewed()).isTrue();
        assertThat(back.useFirst()).isEqualTo(5);
        assertThat(back.questions().get(1).rejected()).isTrue();
        assertThat(back.questions().get(1).flag()).isEqualTo("two right answers");
        assertThat(back.questions().get(2).review()).isNull();
    }
}
