package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.api.Test;

/** A saved web page gives a bank from the story alone: no menu, header, sharing, sources or footer text. */
class SavedWebPageTest {
    @Test
    void generatesFromTheStoryOfASavedPage() throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/articles/pelosi-speaker-2019.html")) {
            page = in.readAllBytes();
        }
        Article a = ArticleReader.fromBytes("pelosi.html", "pelosi.html", page);
        assertThat(a.headline()).isEqualTo("Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in");
        assertThat(a.published()).hasToString("2019-01-04");
        Quiz quiz = QuestionGenerator.generate(new FactExtractor().extract(a), 1, null, "pelosi.html");
        assertThat(quiz.questions()).hasSizeGreaterThan(20);
        List<String> chrome = List.of("Main Page", "Log in", "Share this", "Example News", "Privacy policy",
                "last edited", "Sources");
        for (Question q : quiz.questions()) {
            for (String e : q.evidence()) {
                assertThat(chrome).noneMatch(e::contains);
                assertThat(a.text()).contains(e);
            }
        }
        assertThat(quiz.questions()).anySatisfy(q -> assertThat(q.answer()).isEqualTo("Nancy Pelosi"));
    }
}
