package newsquiz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static Article parse(String text) {
        return ArticleParser.parse("test", text, Set.of());
    }

    @Test
    void readsHeadlineBylineAndADateWithJunkGluedToIt() {
        Article a = parse("Big News Happens Today\n\nJane Doe\nBy Jane Doe\nJune 3, 2019Worldshare\n"
                + "Big News Happens Today\nThe mayor said on Monday that the bridge will open.\n");
        assertThat(a.headline()).isEqualTo("Big News Happens Today");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 6, 3));
        assertThat(a.bodyParagraphs()).hasSize(1);
    }

    @Test
    void aBodyWithoutAHeadlineGoesByItsFileNameWhenThatReadsAsATitle() {
        String body = "Angela Erdmann never knew her grandfather. He died in 1946, six years before she was born.\n\n"
                + "The brown beer bottle had been in the water for 101 years.\n";
        assertThat(ArticleParser.parse("texts/101-year-old-bottle-message.txt", body, Set.of()).headline())
                .isEqualTo("101 year old bottle message");
        assertThat(ArticleParser.parse("C:\\texts\\coral_reefs_recover.md", body, Set.of()).headline())
                .isEqualTo("Coral reefs recover");
        // two words, or one that names something, are a title too: the first sentence of a feature may run to
        // fifty words, and shown on every screen it would give its facts away
        assertThat(ArticleParser.parse("heatwave-feature.txt", body, Set.of()).headline()).isEqualTo("Heatwave feature");
        assertThat(ArticleParser.parse("Heatwave.txt", body, Set.of()).headline()).isEqualTo("Heatwave");
        // no title in "article.txt", "story-2.txt" or a web address: the first sentence stands for it
        for (String name : List.of("article.txt", "story-2.txt", "https://example.org/news/coral-reefs-recover",
                "(standard input)", "draft.md", "b-story.txt", "untitled-document.txt", "news-article.txt",
                "final-draft.md", "worksheet.txt")) {
            assertThat(ArticleParser.parse(name, body, Set.of()).headline())
                    .isEqualTo("Angela Erdmann never knew her grandfather.");
        }
        // a headline in the text wins over the file's name
        assertThat(ArticleParser.parse("101-year-old-bottle-message.txt", "Bottle found\n\n" + body, Set.of())
                .headline()).isEqualTo("Bottle found");
    }

    @Test
    void readsADateWithAWeekday() {
        Article a = parse("Headline here\n\nMonday, January 7, 2019\n\nThe council voted to close the park.\n");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 1, 7));
    }

    @Test
    void keepsPhotoCaptionsApartFromTheBody() {
        Article a = parse("Headline\n\nA plane takes off in La Guaira on March 28, 2019.(Yuri Cortez/AFP/Getty Images)\n\n"
                + "The minister said the flights would stop.\n");
        assertThat(a.sentencesIn(Section.CAPTION)).hasSize(1);
        assertThat(a.factSentences()).extracting(Sentence::text).noneMatch(s -> s.contains("Getty"));
    }

    @Test
    void subheadingsAndGalleryCaptionsInsideTheStoryStateNoFacts() {
        Article a = parse("Fans fill the hall\n\nThe fair opened on Friday with more than 300 stalls, its organisers said.\n\n"
                + "Professional cosplayer Mara Voss as Catwoman\n\n2 Glow-in-the-dark trees\n\n"
                + "Bioluminescent trees could one day replace street lamps, a researcher said.\n\n"
                + "\"We will not stop here.\"\n\n– Harbour Council\n");
        assertThat(a.factSentences()).extracting(Sentence::text)
                .noneMatch(s -> s.contains("Catwoman") || s.contains("Glow-in-the-dark"))
                .anyMatch(s -> s.contains("street lamps"))
                // a dash before a name says whose the block quotation above it is: it stays with the story
                .anyMatch(s -> s.contains("Harbour Council"));
    }

    @Test
    void marksTheSignUpTailAndContributedLinesAsBoilerplate() {
        Article a = parse("Headline\n\nThe minister said the flights would stop after a long review of safety.\n\n"
                + "Agencies contributed to this report.\n\nFrom The Daily Planet\n\nSign up for our newsletter\n"
                + "Everything you need, in one email.\nBy registering you agree to the Privacy Policy.\n");
        assertThat(a.bodyParagraphs()).hasSize(1);
        assertThat(a.sentencesIn(Section.BOILERPLATE)).hasSize(5);
        assertThat(a.publisher()).isEqualTo("The Daily Planet");
    }

    @Test
    void aSourcesListAfterTheStoryIsBoilerplate() {
        Article a = parse("Headline\n\nThe minister said the flights would stop after a long review of safety.\n\n"
                + "Sources\n\n\"Flights halted\" — Example News, May 2, 2019\n");
        assertThat(a.bodyParagraphs()).hasSize(1);
    }

    @Test
    void dropsTheDatelineFromTheFirstSentence() {
        Article a = parse("Headline\n\nWASHINGTON — The senator said the bill would pass.\n");
        assertThat(a.factSentences().get(1).text()).isEqualTo("The senator said the bill would pass.");
    }

    @Test
    void sentencesCarryExactSpans() {
        String text = "Headline\n\nSen. John F. Kennedy spoke in the U.S. Senate on Feb. 8. He left at 3 p.m. "
                + "on Monday. “It works. It really does,” he said. Then he left!\n";
        Article a = parse(text);
        List<Sentence> body = a.sentencesIn(Section.BODY);
        assertThat(body).extracting(Sentence::text).containsExactly(
                "Sen. John F. Kennedy spoke in the U.S. Senate on Feb. 8.", "He left at 3 p.m. on Monday.",
                "“It works.", "It really does,” he said.", "Then he left!");
        for (Sentence s : body) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void joinsHardWrappedLinesIntoOneParagraph() {
        String text = "Headline\n\nThe committee met on Tuesday to discuss the proposal for the new\n"
                + "bridge across the river, which has been debated for more than ten\n"
                + "years by residents and officials of both towns.\n";
        assertThat(parse(text).bodyParagraphs()).hasSize(1);
    }
}
