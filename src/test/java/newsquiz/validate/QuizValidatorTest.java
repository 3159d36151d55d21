package newsquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.article.ArticleReader;
import org.junit.jupiter.api.Test;

/** Each kind of mistake a hand edit makes, on a broken copy of a good file: the message leads to the mistake. */
class QuizValidatorTest {
    private static final Path GOOD = Path.of("src/test/resources/quizzes/every-type.json");
    private static final String ARTICLE = "src/test/resources/articles/venezuela-rostec-2019.txt";

    private static String good() throws Exception {
        return Files.readString(GOOD);
    }

    private static List<String> problems(String text) throws Exception {
        return QuizValidator.check(text, null).stream().map(p -> p.describe("q.json")).toList();
    }

    /** The text with the first occurrence of {@code from} replaced: one hand edit. */
    private static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        int at = text.indexOf(from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void aGoodFileHasNoProblemsAlsoAgainstItsArticle() throws Exception {
        assertThat(QuizValidator.check(good(), ArticleReader.read(ARTICLE).text())).isEmpty();
        for (String bank : List.of("venezuela-rostec-2019", "mugabe-dies-2019", "pelosi-speaker-2019")) {
            assertThat(QuizValidator.check(Files.readString(Path.of("quizzes/" + bank + ".json")),
                    ArticleReader.read("src/test/resources/articles/" + bank + ".txt").text())).isEmpty();
        }
    }

    @Test
    void aSyntaxErrorIsNamedByLineAndColumn() throws Exception {
        String broken = edit(good(), "\"answer\": \"Donald Trump\",", "\"answer\": \"Donald Trump\"");
        assertThat(problems(broken)).singleElement().asString()
                .startsWith("q.json:27:8: $: not valid JSON: ");
    }

    @Test
    void anAnswerThatIsNotAChoice() throws Exception {
        String broken = edit(good(), "\"answer\": \"Donald Trump\"", "\"answer\": \"donald trump\"");
        assertThat(problems(broken)).containsExactly("q.json:26:17: $.questions[0].answer: \"donald trump\" is not"
                + " one of its choices [\"Nicolás Maduro\", \"Donald Trump\", \"Juan Guaidó\"] (did you mean"
                + " \"Donald Trump\"? the answer is compared exactly)");
    }

    @Test
    void aRepeatedChoice() throws Exception {
        String broken = edit(good(), "\"Juan Guaidó\"\n      ],", "\"Nicolás  Maduro\"\n      ],");
        assertThat(problems(broken)).contains("q.json:24:9: $.questions[0].choices[2]: \"Nicolás  Maduro\" repeats"
                + " choice 1; choices must be distinct");
    }

    @Test
    void aRepeatedId() throws Exception {
        String broken = edit(good(), "\"id\": \"q-e254f7fceb\"", "\"id\": \"q-7d4d8c2e4c\"");
        assertThat(problems(broken)).containsExactly("q.json:42:13: $.questions[1].id: \"q-7d4d8c2e4c\" is also"
                + " the id of question 1; ids must be unique");
    }

    @Test
    void anEmptyPromptAndAMissingAnswer() throws Exception {
        String broken = edit(good(), "\"prompt\": \"According to the article, who said that Russia has informed him"
                + " about its withdrawal of most of its people from Venezuela?\"", "\"prompt\": \" \"");
        broken = edit(broken, "\"answer\": \"Donald Trump\",", "");
        assertThat(problems(broken)).containsExactly("q.json:16:5: $.questions[0].answer: missing",
                "q.json:20:17: $.questions[0].prompt: is empty");
    }

    @Test
    void aMisspelledFieldIsNamedWithTheRightName() throws Exception {
        String broken = edit(good(), "\"answer\": \"Donald Trump\"", "\"anwser\": \"Donald Trump\"");
        assertThat(problems(broken)).containsExactly("q.json:16:5: $.questions[0].answer: missing",
                "q.json:26:17: $.questions[0].anwser: unknown field; did you mean \"answer\"?");
    }

    @Test
    void trueFalseInQuotes() throws Exception {
        String broken = edit(good(), "\"answer\": false", "\"answer\": \"false\"");
        assertThat(problems(broken)).containsExactly("q.json:123:17: $.questions[4].answer: must be true or false"
                + " (no quotes), not \"false\"");
    }

    @Test
    void anOrderingAnswerMustBeMadeOfItsItems() throws Exception {
        String text = good();
        int ordering = text.indexOf("\"type\": \"ordering\"");
        int answer = text.indexOf("\"answer\": [", ordering);
        int item = text.indexOf("\"", answer + 11);
        String broken = text.substring(0, item + 1) + "X" + text.substring(item + 1);
        assertThat(problems(broken)).hasSize(2).allMatch(p -> p.contains("$.questions[7].answer"))
                .anyMatch(p -> p.contains("[0]: \"XSources") && p.contains("is not one of the choices"))
                .anyMatch(p -> p.contains("leaves out the choice \"Sources"));
    }

    @Test
    void aMatchingAnswerMustPairWithItsChoices() throws Exception {
        String text = good();
        int matching = text.indexOf("\"type\": \"matching\"");
        int answer = text.indexOf("\"answer\": [", matching);
        int speaker = text.indexOf("\"Donald Trump\"", answer);
        String broken = text.substring(0, speaker) + "\"Donald J. Trump\"" + text.substring(speaker + 14);
        assertThat(problems(broken)).singleElement().asString()
                .matches("q\\.json:\\d+:\\d+: \\$\\.questions\\[5\\]\\.answer\\[0\\]\\[1\\]: \"Donald J\\. Trump\" is"
                        + " not one of the choices to match");
    }

    @Test
    void aWrongVersionAndNoQuestions() throws Exception {
        assertThat(problems("{\n  \"format_version\": 2,\n  \"questions\": []\n}\n")).containsExactly(
                "q.json:2:21: $.format_version: is 2; this newsquiz reads version 1",
                "q.json:3:16: $.questions: is empty: a quiz needs at least one question");
    }

    @Test
    void evidenceMustBeInTheArticleWordForWordAndItsSpanPointAtIt() throws Exception {
        String article = ArticleReader.read(ARTICLE).text();
        String broken = edit(good(), "President Donald Trump said on June 3", "President Donald Trump said on June 4");
        broken = edit(broken, "[\n          705,", "[\n          706,");
        List<String> found = QuizValidator.check(broken, article).stream().map(p -> p.describe("q.json")).toList();
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isEqualTo("q.json:29:9: $.questions[0].evidence[0]: is not in the article word for"
                + " word; it matches up to “President Donald Trump said on June ”");
        assertThat(found.get(1)).matches("q\\.json:\\d+:\\d+: \\$\\.questions\\[\\d\\]\\.spans\\[0\\]: does not point"
                + " at evidence\\[0\\] in the article \\(it is at \\[705, 849\\]\\)");
    }

    @Test
    void aQuizWithoutASourceMayHaveNoEvidence() throws Exception {
        String quiz = "{\"format_version\": 1, \"title\": \"Imported\", \"questions\": [{\"id\": \"q1\","
                + " \"type\": \"short_answer\", \"prompt\": \"Capital of France?\", \"answer\": \"Paris\"}]}";
        assertThat(problems(quiz)).isEmpty();
        assertThat(problems(quiz.replace("\"title\"", "\"source\": {}, \"title\""))).containsExactly(
                "q.json:1:72: $.questions[0].evidence: missing: the article's sentence or sentences the answer comes from");
    }
}
