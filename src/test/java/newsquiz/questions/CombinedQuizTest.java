package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsquiz.article.ArticleReader;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import newsquiz.validate.QuizValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A week's quiz over three test articles: balanced, each question with its article, and questions across them. */
class CombinedQuizTest {
    static final List<String> ARTICLES = List.of("pelosi-speaker-2019.txt", "mugabe-dies-2019.txt",
            "spacex-crew-dragon-iss-2019.txt");
    private static final String PELOSI = "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in";
    private static Quiz quiz;

    @BeforeAll
    static void combine() throws Exception {
        List<Facts> facts = new ArrayList<>();
        for (String a : ARTICLES) {
            facts.add(new FactExtractor().extract(ArticleReader.read("src/test/resources/articles/" + a)));
        }
        quiz = CombinedQuiz.combine(facts, CombinedQuiz.banks(facts, ARTICLES, 1), 1, "News of the week");
    }

    @Test
    void eachArticleHasItsShareOfTheHeadAndEachQuestionItsArticle() {
        assertThat(quiz.articles()).extracting(Quiz.Source::file).containsExactlyElementsOf(ARTICLES);
        Map<Integer, Long> head = quiz.questions().subList(0, 12).stream().filter(q -> q.article() != null)
                .collect(Collectors.groupingBy(Question::article, Collectors.counting()));
        assertThat(head).containsOnlyKeys(0, 1, 2);
        assertThat(head.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 4L));
        assertThat(quiz.questions().stream().map(Question::id).distinct().count()).isEqualTo(quiz.questions().size());
        assertThat(quiz.source().publisher()).isNull(); // none of the three names one
        assertThat(quiz.source().published()).isEqualTo("2019-09-09");
    }

    @Test
    void whichHappenedFirstTakesAnEventOfEachStory() {
        Question q = byPrompt("Which of these, from different stories, happened first?");
        assertThat(q.article()).isNull();
        assertThat(q.choices()).hasSize(3);
        assertThat(q.answer()).isEqualTo("Nancy Pelosi resumed the office of Speaker of the House, being voted into"
                + " the position by the incoming 116th United States Congress");
        assertThat(q.evidence()).hasSize(3);
        assertThat(q.explanation()).contains("January 3, 2019", "March 3, 2019", "September 6, 2019");
    }

    @Test
    void whoSaidThisOffersSpeakersOfTheOtherStories() {
        Question q = byPrompt("Who said this? “I pledge that this Congress will be transparent");
        assertThat(q.answer()).isEqualTo("Nancy Pelosi");
        assertThat(q.article()).isZero();
        assertThat(q.choices()).contains("Nancy Pelosi").hasSize(3).doesNotContain("White House");
    }

    @Test
    void whichStoryAFigureBelongsTo() {
        Question q = byPrompt("Which story gives this figure: 235 (Democrats)?");
        assertThat(q.answer()).isEqualTo(PELOSI);
        assertThat(q.choices()).hasSize(3).contains(PELOSI);
    }

    @Test
    void theFileListsTheSourcesAndReadsBackAsItWasWritten() throws Exception {
        String json = QuizFiles.toJson(quiz);
        assertThat(json).contains("\"source\": [").doesNotContain("\"articles\"").contains("\"article\": 2");
        Quiz back = QuizFiles.parse("week.json", json);
        assertThat(back.articles()).isEqualTo(quiz.articles());
        assertThat(back.source()).isEqualTo(quiz.source());
        assertThat(back.questions()).extracting(Question::article)
                .containsExactlyElementsOf(quiz.questions().stream().map(Question::article).toList());
        assertThat(QuizFiles.toJson(back)).isEqualTo(json);
        assertThat(QuizValidator.check(json, null)).isEmpty();
    }

    @Test
    void anArticleIndexOutsideTheSourcesIsRefused() {
        String json = QuizFiles.toJson(quiz).replaceFirst("\"article\": 2", "\"article\": 3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuizFiles.parse("week.json", json))
                .hasMessageContaining("field \"article\" must be a whole number from 0 to 2, not 3");
        assertThat(QuizValidator.check(json, null)).singleElement().satisfies(p -> assertThat(p.toString())
                .contains("must be the index of one of the 3 sources, 0 to 2"));
    }

    private static Question byPrompt(String start) {
        return quiz.questions().stream().filter(q -> q.prompt().startsWith(start)).findFirst().orElseThrow();
    }
}
