package newsquiz.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Over-long sentences and paragraphs are cut, so every later stage sees bounded pieces and stays linear. */
public class OverLongTextTest {
    /** Words, and now and then a comma, but never a full stop: the 200 KB line. */
    public static String lineWithoutAFullStop(int chars) {
        String[] words = {"the", "mayor", "Tom", "Reyes", "said", "bridge", "cost", "$40", "million,", "on", "Monday"};
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        return sb.toString().strip();
    }

    private static void assertPiecesCoverTheTextInOrder(String text, List<int[]> spans) {
        StringBuilder joined = new StringBuilder();
        int last = 0;
        for (int[] s : spans) {
            assertThat(s[0]).isGreaterThanOrEqualTo(last);
            assertThat(s[1] - s[0]).isBetween(1, SentenceSplitter.MAX_SENTENCE);
            joined.append(text, s[0], s[1]);
            last = s[1];
        }
        assertThat(joined.toString().replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void aLineWithoutAFullStopIsCutAfterCommasIntoSentencesOfAtMost600Characters() {
        String text = lineWithoutAFullStop(200_000);
        List<int[]> spans = SentenceSplitter.split(text);
        assertPiecesCoverTheTextInOrder(text, spans);
        assertThat(spans.size()).isGreaterThan(200_000 / SentenceSplitter.MAX_SENTENCE);
        assertThat(spans.subList(0, spans.size() - 1))
                .allSatisfy(s -> assertThat(text.charAt(s[1] - 1)).isEqualTo(','));
    }

    @Test
    void punctuationWithoutSpacesIsCutByTokensAndSurrogatePairsStayWhole() {
        String marks = ".,;:!?\"'()[]{}-–—…“”".repeat(1000);
        List<int[]> spans = SentenceSplitter.split(marks);
        assertPiecesCoverTheTextInOrder(marks, spans);
        assertThat(spans).allSatisfy(s -> assertThat(s[1] - s[0]).isLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS + 1));
        String emoji = "😀".repeat(5000);
        for (int[] s : SentenceSplitter.split(emoji)) {
            assertThat(Character.isHighSurrogate(emoji.charAt(s[0]))).isTrue();
            assertThat(Character.isHighSurrogate(emoji.charAt(s[1] - 1))).isFalse();
        }
    }

    @Test
    void anOrdinarySentenceIsNotCut() {
        String sentence = "He supported education, healthcare, and peasant farming, and a few years into his tenure, "
                .repeat(4) + "Zimbabwe had one of the highest literacy rates in Africa.";
        assertThat(sentence.length()).isLessThan(SentenceSplitter.MAX_SENTENCE);
        assertThat(SentenceSplitter.split(sentence)).hasSize(1);
    }

    @Test
    void anOverLongParagraphIsCutBetweenSentences() {
        String paragraph = "The mayor said the bridge would open. ".repeat(3000).strip();
        Article a = ArticleParser.parse("test", "Headline Here\n\n" + paragraph + "\n", Set.of());
        assertThat(a.bodyParagraphs().size()).isGreaterThan(paragraph.length() / ArticleParser.MAX_PARAGRAPH);
        assertThat(a.bodyParagraphs()).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(ArticleParser.MAX_PARAGRAPH);
            assertThat(p.text()).startsWith("The mayor").endsWith("open.");
        });
        assertThat(a.sentencesIn(Section.BODY)).hasSize(3000);
    }

    @Test
    void aTextLongerThanAnyNewsArticleIsRefused() {
        byte[] text = ("Headline Here\n\n" + "The mayor said so. ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArticleReader.fromBytes("a.txt", "a.txt", text)).hasMessage("a.txt: too long for a"
                + " news article: more than 50000 words and punctuation marks (a long feature has about 25,000)");
    }
}
