package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.api.Test;

/**
 * A question keeps its choices' order and its true/false statement when the article gains a sentence elsewhere: a
 * teacher who regenerates a bank after a small edit finds the questions she knew as they were.
 */
class StableChoicesTest {
    private static Map<String, Object> shownOf(String text) {
        Quiz quiz = QuestionGenerator.generate(new FactExtractor().extract(ArticleParser.parse("t", text, Set.of())), 7,
                null, "t.txt");
        return quiz.questions().stream().filter(q -> q.choices() != null)
                .collect(Collectors.toMap(Question::prompt, q -> q.type().equals("true_false") ? q.answer() : q.choices(),
                        (a, b) -> a));
    }

    @Test
    void aNewSentenceLeavesTheOtherQuestionsAsTheyWere() throws Exception {
        String article = Files.readString(Path.of("src/test/resources/articles/voa-n143-shutdown-vote.txt"));
        // an amount early in the story: its template runs before the names' and the quotations' checks
        String edited = article.replaceFirst("\n\n", "\n\nThe city council approved 48 new buses on Monday.\n\n");
        Map<String, Object> before = shownOf(article);
        Map<String, Object> after = shownOf(edited);
        Set<String> both = before.keySet().stream().filter(after::containsKey).collect(Collectors.toSet());
        assertThat(both).hasSizeGreaterThan(4);
        for (String prompt : both) {
            assertThat(after.get(prompt)).as(prompt).isEqualTo(before.get(prompt));
        }
    }
}
