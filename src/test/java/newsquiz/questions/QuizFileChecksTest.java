package newsquiz.questions;

import static newsquiz.questions.QuizFileReadingTest.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import newsquiz.article.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiz file is refused, with its file, line and field, for anything the player or the gradebook cannot use. */
class QuizFileChecksTest {
    private static final String SHORT = "\"type\": \"short_answer\", \"prompt\": \"Who?\", \"answer\": \"X\", \"evidence\": []";

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path p = dir.resolve("q.json");
        Files.writeString(p, text);
        return p;
    }

    private String refusal(String text) throws Exception {
        Path p = file(text);
        try {
            QuizFiles.read(p);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith(p.toString()).doesNotContain("Exception", "LENIENT", "Gson");
            return e.getMessage().substring(p.toString().length());
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void aQuizWithoutAnIdIsRefused() throws Exception {
        assertThat(refusal("{\"format_version\": 1, \"questions\": [{\"id\": \"q1\", \"kind\": \"entity\", " + SHORT + "}]}"))
                .isEqualTo(", line 1: field \"id\" is missing");
        assertThat(refusal(quiz(SHORT).replace("\"id\": \"abc\"", "\"id\": 7"))).isEqualTo(
                ", line 3: field \"id\" must be a string, not a number");
    }

    @Test
    void aQuestionWithoutAnIdOrAKindIsRefusedWithItsLine() throws Exception {
        assertThat(refusal(quiz(SHORT).replace("\"id\": \"q1\",\n", "")))
                .isEqualTo(", line 5, question 1: field \"id\" is missing");
        assertThat(refusal(quiz(SHORT).replace("\"kind\": \"entity\",\n", "")))
                .isEqualTo(", line 5, question 1: field \"kind\" is missing");
        assertThat(refusal(quiz(SHORT).replace("\"kind\": \"entity\"", "\"kind\": \" \"")))
                .isEqualTo(", line 6, question 1: field \"kind\" is empty");
    }

    @Test
    void twoQuestionsWithOneIdAreRefused() throws Exception {
        String two = quiz(SHORT).replace("\n]}", ",\n{\"id\": \"q1\", \"kind\": \"entity\", " + SHORT + "}\n]}");
        assertThat(refusal(two)).startsWith(", line 11, question 2: field \"id\" is \"q1\", the id of an earlier question");
    }

    @Test
    void onlyTheWholeNumberOneIsAFormatVersion() throws Exception {
        for (String v : new String[] {"1.5", "4294967297", "1.0", "\"1\"", "true"}) {
            assertThat(refusal(quiz(SHORT).replace("\"format_version\": 1", "\"format_version\": " + v)))
                    .isEqualTo(", line 2: field \"format_version\" is " + v + "; this newsquiz reads version 1");
        }
    }

    @Test
    void orderingAnswersMustHoldTheItemsShown() throws Exception {
        String ordering = "\"type\": \"ordering\", \"prompt\": \"Order:\", \"choices\": [\"b\", \"a\", \"c\"],"
                + " \"answer\": [\"a\", \"b\", \"d\"], \"evidence\": []";
        assertThat(refusal(quiz(ordering))).isEqualTo(
                ", line 12, question 1: field \"answer\" must hold the same items as \"choices\", in the right order");
        assertThat(refusal(quiz(ordering.replace("\"d\"]", "\"c\", \"a\"]")))).contains("field \"answer\" must hold");
    }

    @Test
    void matchingSpeakersMustBeAmongTheChoices() throws Exception {
        String matching = "\"type\": \"matching\", \"prompt\": \"Match:\", \"choices\": [\"Ann\", \"Bob\"],"
                + " \"answer\": [[\"Hi\", \"Ann\"], [\"Yo\", \"Carl\"]], \"evidence\": []";
        assertThat(refusal(quiz(matching))).isEqualTo(
                ", line 11, question 1: field \"answer\" pairs a quote with \"Carl\", who is not among its choices");
        assertThat(refusal(quiz(matching.replace("[\"Yo\", \"Carl\"]", "[\"Yo\"]"))))
                .contains("field \"answer\" must be a list of [quote, speaker] pairs");
        assertThat(refusal(quiz(matching.replace("\"Yo\", \"Carl\"", "\"Hi\", \"Bob\""))))
                .contains("field \"answer\" holds \"Hi\" twice");
    }

    @Test
    void aNumericAnswerMustBeANumberOrTheQuestionCannotBeWon() throws Exception {
        String numeric = "\"type\": \"numeric\", \"prompt\": \"How many?\", \"answer\": \"a few dozen\", \"evidence\": []";
        assertThat(refusal(quiz(numeric))).isEqualTo(", line 9, question 1: field \"answer\" must be a number"
                + " (or \"accept\" hold one), or the question cannot be won");
        assertThat(refusal(quiz(numeric.replace("a few dozen", "NaN")))).contains("field \"answer\" must be a number");
        Path p = file(quiz(numeric + ", \"accept\": [\"36\"]"));
        assertThat(QuizFiles.read(p).questions()).hasSize(1);
        assertThat(Numbers.read("1,000")).isEqualTo(1000.0);
        assertThat(Numbers.read("Infinity")).isNull();
        assertThat(Numbers.read("0x1p3")).isNull();
    }

    @Test
    void aTypedAnswerMustBeOneLineAPlayerCanType() throws Exception {
        assertThat(refusal(quiz(SHORT.replace("\"X\"", "\"X\\nY\"")))).isEqualTo(", line 9, question 1: field"
                + " \"answer\" holds a line break or a control character, so it cannot be typed");
        assertThat(refusal(quiz(SHORT.replace("\"X\"", "\"X\\u0007\"")))).contains("cannot be typed");
        Path p = file(quiz(SHORT.replace("\"X\"", "\"X\\nY\"") + ", \"accept\": [\"X Y\"]"));
        assertThat(QuizFiles.read(p).questions()).hasSize(1);
    }

    @Test
    void duplicateAndTooManyChoicesAreRefused() throws Exception {
        String mc = "\"type\": \"multiple_choice\", \"prompt\": \"Who?\", \"choices\": [\"Ann\", \"ann \", \"Bob\"],"
                + " \"answer\": \"Bob\", \"evidence\": []";
        assertThat(refusal(quiz(mc))).isEqualTo(
                ", line 9, question 1: field \"choices\" holds \"ann \" twice; each option must differ");
        String many = IntStream.range(0, 27).mapToObj(i -> "\"c" + i + "\"").collect(Collectors.joining(","));
        assertThat(refusal(quiz(mc.replace("\"Ann\", \"ann \", \"Bob\"", many).replace("\"Bob\"", "\"c1\""))))
                .contains("field \"choices\" has 27 options; at most 26 (A to Z) can be picked");
    }

    @Test
    void wrongTypesAreNamedWithoutJavaText() throws Exception {
        assertThat(refusal(quiz(SHORT + ", \"difficulty\": \"abc\"")))
                .isEqualTo(", line 11, question 1: field \"difficulty\" must be a whole number from 1 to 3, not \"abc\"");
        assertThat(refusal(quiz(SHORT + ", \"rank\": [1]"))).contains("field \"rank\" must be a number");
        assertThat(refusal(quiz(SHORT + ", \"spans\": [[1]]"))).contains("field \"spans\" must be a list of [start, end]");
        assertThat(refusal(quiz(SHORT).replace("\"prompt\": \"Who?\"", "\"prompt\": {}")))
                .contains("field \"prompt\" must be a string, not an object");
        assertThat(refusal(quiz(SHORT).replace("\"evidence\": []", "\"evidence\": [1]")))
                .contains("field \"evidence\" must be a list of strings; it holds a number");
        assertThat(refusal(quiz(SHORT).replace("\"id\": \"abc\"", "\"id\": \"abc\", \"seed\": 1.5")))
                .contains("field \"seed\" must be a whole number, not 1.5");
        assertThat(refusal(quiz(SHORT).replace("\"answer\": \"X\"", "\"answer\": 5")))
                .contains("field \"answer\" must be a string, not a number");
        String tf = "\"type\": \"true_false\", \"prompt\": \"Ann said hi.\", \"answer\": true, \"evidence\": []";
        assertThat(refusal(quiz(tf))).contains("field \"choices\" must be [\"True\", \"False\"]");
    }

    @Test
    void malformedJsonIsToldInWordsWithItsLine() throws Exception {
        assertThat(refusal(quiz(SHORT) + "x")).startsWith(", line 12, column ").endsWith(": not valid JSON (unexpected text)");
        assertThat(refusal("{\"format_version\": 1,\n\"id\": abc}")).startsWith(", line 2, column 7: not valid JSON (");
        assertThat(refusal("{\"format_version\": 1,\n")).startsWith(", line 2, column 1: not valid JSON (the file ends");
        assertThat(refusal("[".repeat(10_000))).contains("not valid JSON (nested too deeply)");
    }

    @Test
    void aUtf16FileIsToldAsSuch() throws Exception {
        Path p = dir.resolve("q.json");
        Files.write(p, quiz(SHORT).getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> QuizFiles.read(p))
                .hasMessage(p + ": this is UTF-16 text; a quiz file must be UTF-8 (save it as UTF-8)");
        Files.write(p, quiz(SHORT).getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> QuizFiles.read(p)).hasMessageContaining("this is UTF-16 text");
    }

    @Test
    void readErrorsSayWhy() throws Exception {
        Path notAFolder = file(quiz(SHORT));
        assertThatThrownBy(() -> QuizFiles.read(notAFolder.resolve("x.json")))
                .hasMessage(notAFolder.resolve("x.json") + ": cannot read: a part of the path is a file, not a folder");
        assertThat(newsquiz.article.TextFiles.reason(new java.nio.file.AccessDeniedException("/x/q.json")))
                .isEqualTo("permission denied");
    }

    @Test
    void theBundledQuizzesPassEveryCheck() throws Exception {
        try (var files = Files.list(Path.of("quizzes"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(QuizFiles.read(f).questions()).isNotEmpty();
            }
        }
    }
}
