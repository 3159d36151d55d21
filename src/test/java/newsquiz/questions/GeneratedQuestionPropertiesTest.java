package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every generated question keeps, on every real test article. */
class GeneratedQuestionPropertiesTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static Article article(String name) throws Exception {
        try (var in = GeneratedQuestionPropertiesTest.class.getResourceAsStream("/articles/" + name + ".txt")) {
            return ArticleReader.fromBytes(name, name + ".txt", in.readAllBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecj-facebook-posts-2019", "ford-doj-emissions-2019", "g7-amazon-fires-2019",
            "germany-mahan-air-ban-2019", "mugabe-dies-2019", "pelosi-speaker-2019", "spacex-crew-dragon-iss-2019",
            "venezuela-rostec-2019", "voa-n141-daca-house", "voa-n143-shutdown-vote", "voa-n145-iran-protests",
            "voa-n149-pompeo-kim-yong-chol", "voa-n169-house-tax-bill"})
    void everyQuestionIsGroundedAndWellFormed(String name) throws Exception {
        Article a = article(name);
        Quiz quiz = QuestionGenerator.generate(EXTRACTOR.extract(a), 7, null, name + ".txt");
        assertThat(quiz.questions()).isNotEmpty().hasSizeLessThanOrEqualTo(BankOrder.MAX_QUESTIONS);
        assertThat(quiz.questions()).extracting(Question::prompt).doesNotHaveDuplicates();
        for (Question q : quiz.questions()) {
            for (int i = 0; i < q.evidence().size(); i++) {
                int[] span = q.spans().get(i);
                assertThat(a.text().substring(span[0], span[1])).isEqualTo(q.evidence().get(i));
            }
            if (q.type().equals("multiple_choice")) {
                assertThat(q.choices()).contains((String) q.answer()).doesNotHaveDuplicates();
                assertThat(Choices.wellFormed(q.choices(), (String) q.answer())).as(q.prompt()).isTrue();
                for (String c : q.choices()) {
                    if (!c.equals(q.answer())) {
                        assertThat(Choices.overlaps(c, (String) q.answer())).as("alias distractor " + c).isFalse();
                    }
                }
            }
            assertThat(q.type()).isIn("multiple_choice", "true_false", "fill_blank", "short_answer", "numeric",
                    "matching", "ordering");
        }
        // the first twenty (a default session's pool) ask only what the article states in so many words, but for
        // dates counted from the publication day ("on Friday", asked as "Monday, March 11, 2024"), which a short bank
        // keeps at its very end
        var articleWords = Choices.words(a.text());
        List<Question> firstTwenty = quiz.questions().subList(0, Math.min(20, quiz.questions().size()));
        for (int i = 0; i < firstTwenty.size(); i++) {
            Question q = firstTwenty.get(i);
            if (!q.type().equals("true_false") && !articleWords.containsAll(Choices.words(String.valueOf(q.answer())))) {
                assertThat(quiz.questions().subList(i, quiz.questions().size())).as(q.prompt())
                        .allMatch(later -> later.prompt().contains("” refer to?")
                                || later.prompt().startsWith("Which day completes this sentence"));
            }
        }
        List<String> topKinds = quiz.questions().stream().limit(20).map(Question::kind).distinct().toList();
        assertThat(topKinds.size()).isGreaterThanOrEqualTo(Math.min(2, quiz.questions().size()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"venezuela-rostec-2019", "mugabe-dies-2019"})
    void theSameArticleAndSeedGiveTheSameFile(String name) throws Exception {
        String first = QuizFiles.toJson(QuestionGenerator.generate(EXTRACTOR.extract(article(name)), 3, null, "a"));
        String second = QuizFiles.toJson(QuestionGenerator.generate(EXTRACTOR.extract(article(name)), 3, null, "a"));
        assertThat(first.getBytes(StandardCharsets.UTF_8)).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
        assertThat(first).contains("\"format_version\": 1", "\"evidence\"", "\"answer\"");
    }

    @Test
    void theHeadlineGivesNoAnswerAway() throws Exception {
        Article a = article("mugabe-dies-2019"); // "... dies aged 95"
        Quiz quiz = QuestionGenerator.generate(EXTRACTOR.extract(a), 7, null, "m.txt");
        assertThat(quiz.questions().subList(0, 10)).extracting(Question::answer).doesNotContain("95");
    }

    /** Articles with facts enough for a session of different ones. */
    @ParameterizedTest
    @ValueSource(strings = {"g7-amazon-fires-2019", "germany-mahan-air-ban-2019", "mugabe-dies-2019",
            "pelosi-speaker-2019", "spacex-crew-dragon-iss-2019", "venezuela-rostec-2019"})
    void theFirstTenAskEachFactOnceAndGiveNothingAway(String name) throws Exception {
        Quiz quiz = QuestionGenerator.generate(EXTRACTOR.extract(article(name)), 7, null, name + ".txt");
        List<Question> head = quiz.questions().subList(0, 10);
        // a fact is a sentence and what it says of one answer
        assertThat(head.stream().map(q -> q.evidence().get(0) + "|" + q.answer()).toList()).doesNotHaveDuplicates();
        var answers = head.stream().filter(q -> q.answer() instanceof String).map(q -> (String) q.answer()).toList();
        Article a = article(name);
        for (String answer : answers) {
            // two, or three when the story is about one actor
            assertThat(answers.stream().filter(answer::equals).count()).as(answer).isLessThanOrEqualTo(3);
        }
        for (Question q : head) {
            if (q.answer() instanceof String answer && answer.length() > 2 && !mainActor(a, answer)) {
                var word = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(
                        QuestionText.norm(answer)) + "(?![\\p{L}\\d])");
                for (Question other : head) {
                    // a speaker asked with choices stands among them anyway: a prompt may name them, not their words
                    if (other != q && (!WhoSaidForms.withChoices(q) || WhoSaidForms.showsWords(other.prompt(), q))) {
                        assertThat(word.matcher(QuestionText.norm(other.prompt())).find())
                                .as(answer + " given away by " + other.prompt()).isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecj-facebook-posts-2019", "g7-amazon-fires-2019", "germany-mahan-air-ban-2019",
            "mugabe-dies-2019", "pelosi-speaker-2019", "spacex-crew-dragon-iss-2019", "venezuela-rostec-2019",
            "voa-n141-daca-house", "voa-n149-pompeo-kim-yong-chol"}) // rich enough for ten clean questions
    void aSurnameInAnotherPromptGivesAFullNameAway(String name) throws Exception {
        Article a = article(name);
        Quiz quiz = QuestionGenerator.generate(EXTRACTOR.extract(a), 7, null, "e.txt");
        List<Question> head = quiz.questions().subList(0, 10);
        for (Question q : head) {
            if (q.answer() instanceof String answer && answer.matches("\\p{Lu}\\p{L}+ \\p{Lu}[\\p{L}-]+")
                    && !mainActor(a, answer.substring(answer.indexOf(' ') + 1))) {
                String surname = answer.substring(answer.indexOf(' ') + 1);
                assertThat(head).filteredOn(o -> o != q
                                && (!WhoSaidForms.withChoices(q) || WhoSaidForms.showsWords(o.prompt(), q)))
                        .extracting(Question::prompt)
                        .noneMatch(p -> p.matches("(?s).*\\b" + java.util.regex.Pattern.quote(surname) + "\\b.*"));
            }
        }
    }

    /**
     * The story's main actor, named in two sentences of five or more: every question of the story may name it, so
     * its name in a prompt gives no other question away.
     */
    private static boolean mainActor(Article a, String name) {
        var sentences = a.factSentences();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        long naming = sentences.stream().filter(s -> s.text().contains(surname)).count();
        return naming * 5 >= sentences.size() * 2L;
    }
}
