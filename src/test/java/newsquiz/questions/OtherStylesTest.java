package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsquiz.article.ArticleReader;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.api.Test;

/**
 * The generator on news in styles the rules were not written from (made-up articles: a court ruling, a match
 * report in Markdown, a science finding without a date line): what a teacher reading the first questions expects.
 */
class OtherStylesTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static Quiz quiz(String file) throws Exception {
        var article = ArticleReader.read(Path.of("src/test/resources/articles/styles/" + file).toString());
        return QuestionGenerator.generate(EXTRACTOR.extract(article), 1, null, file);
    }

    private static List<Question> head(Quiz q) {
        return q.questions().subList(0, Math.min(10, q.questions().size()));
    }

    @Test
    void aCourtRulingAsksWhyAndWhoWroteWhat() throws Exception {
        Quiz q = quiz("court-ruling.txt");
        assertThat(head(q)).anySatisfy(x -> {
            assertThat(x.prompt()).isEqualTo("Why was the ordinance passed in 2022?");
            assertThat(x.answer()).isEqualTo("shop owners complained about noise");
        });
        assertThat(head(q)).anySatisfy(x -> assertThat(x.answer()).isEqualTo("Miriam Okafor"));
        // "the Fourth District" is part of the court's name, and "a 2-1 decision" a set phrase: neither is asked
        assertThat(q.questions()).noneMatch(x -> "District".equals(x.answer()));
        assertThat(q.questions()).noneMatch(x -> x.prompt().contains("_____-1"));
    }

    @Test
    void aMatchReportTellsTeamsFromPeople() throws Exception {
        Quiz q = quiz("sport-result.md");
        for (Question x : q.questions()) {
            if (x.kind().equals("event") && "Harbourside United".equals(x.answer())) {
                assertThat(x.prompt()).startsWith("Which organisation");
                assertThat(x.choices()).doesNotContain("Sam Oduya", "Carla Mendes");
                // a cup is competed for, it plays no match: no team's wrong answer
                assertThat(x.choices()).noneMatch(c -> c.endsWith(" Cup") || c.endsWith(" Trophy"));
            }
            // "Who led twice ..., but United's captain equalised": two actors, no question
            assertThat(x.prompt()).doesNotStartWith("Who led twice");
        }
        assertThat(head(q)).anySatisfy(x -> assertThat(x.answer()).isEqualTo("Sam Oduya"));
    }

    @Test
    void aScienceFindingAsksWhatTheStudyFoundAndWhy() throws Exception {
        Quiz q = quiz("science-finding.txt");
        assertThat(q.questions()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("cause");
            assertThat(x.prompt()).isEqualTo("Why may the ability to count landmarks save them time and energy?");
            assertThat(x.answer()).isEqualTo("bees visit hundreds of flowers each day");
        });
        // the finding's number is the headline's claim ("Bees can count to four"): asked first, the title hiding it
        assertThat(q.questions().get(0)).satisfies(x -> {
            assertThat(x.answer()).isEqualTo("four");
            assertThat(x.prompt()).contains("up to _____");
        });
        assertThat(q.title()).isEqualTo("Bees can count to …, study finds, and use numbers to find food");
    }
    @Test
    void aDissentIsAskedAsWhoArguedIt() throws Exception {
        // "Judge Raymond Kessler dissented, arguing that ...": the question tells it in the past
        Quiz q = quiz("vendor-ban-ruling.txt");
        assertThat(q.questions()).anySatisfy(x -> {
            assertThat(x.prompt()).startsWith("According to the article, who argued that the city had acted");
            assertThat(x.answer()).isEqualTo("Raymond Kessler");
        });
        assertThat(q.questions()).noneMatch(x -> x.prompt().contains("who arguing"));
    }

    @Test
    void aTitleAfterFortyOneYearsAsksNeitherTheHalfOfAMatchNorTheYearByArithmetic() throws Exception {
        Quiz q = quiz("league-title.txt");
        // "scored twice in the first half" is no share; "first league title in 41 years" would give "since _____"
        // by arithmetic: the title hides the span
        assertThat(q.questions()).noneMatch(x -> x.prompt().contains("in the first _____"));
        assertThat(q.title()).endsWith("win first league title in … years");
        assertThat(head(q)).anySatisfy(x -> assertThat(x.answer()).isEqualTo("52,000"));
    }

    @Test
    void aStudysCriticIsAskedWhoSaidIt() throws Exception {
        Quiz q = quiz("coral-reef-study.txt");
        assertThat(head(q)).anySatisfy(x -> {
            assertThat(x.prompt()).contains("This buys time, but it does not stop the bleaching");
            assertThat(x.answer()).isEqualTo("Daniel Reyes");
        });
        assertThat(head(q)).anySatisfy(x -> assertThat(x.answer()).isEqualTo("112"));
    }

    @Test
    void aTerritoryIsNoBodyNorAPersonAndAShortBankHasNoOrderOfEvents() throws Exception {
        var article = ArticleReader.read("src/test/resources/articles/wn-puerto-rico-supreme-court-removes-governor.txt");
        Quiz q = QuestionGenerator.generate(EXTRACTOR.extract(article), 1, null, "pr.txt");
        // judged blind: "Which organisation is currently an unincorporated commonwealth territory ...?" keyed to the
        // Supreme Court of Puerto Rico (the place taken for the court's short name), then asked "Who ...?"
        assertThat(q.questions()).noneMatch(x -> x.prompt().matches("(Who|Which organisation) is currently an"
                + " unincorporated.*"));
        // and an order of events (two clauses of one ruling as two events) at its 20th place
        assertThat(q.questions().subList(0, Math.min(20, q.questions().size())))
                .noneMatch(x -> x.type().equals("ordering"));
        // "Governor Vázquez" is Wanda Vázquez Garced: never both among one question's choices
        assertThat(q.questions()).filteredOn(x -> x.choices() != null).allSatisfy(x -> assertThat(x.choices()
                .stream().filter(c -> c.contains("Vázquez")).count()).isLessThanOrEqualTo(1));
    }
}
