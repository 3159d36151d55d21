package newsquiz.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a position lies inside quoted words, for curly and straight marks. */
class QuoteMarksTest {
    @Test
    void insideCurlyOrStraightQuotationsButNotAfterThem() {
        String curly = "“We will open on Monday,” the mayor said on Tuesday.";
        assertThat(QuoteMarks.inside(curly, curly.indexOf("Monday"))).isTrue();
        assertThat(QuoteMarks.inside(curly, curly.indexOf("Tuesday"))).isFalse();
        String straight = "He said \"the bridge opens in April\" and left in May.";
        assertThat(QuoteMarks.inside(straight, straight.indexOf("April"))).isTrue();
        assertThat(QuoteMarks.inside(straight, straight.indexOf("May"))).isFalse();
    }
}
