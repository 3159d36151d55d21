package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names compared as readers and headlines write them. */
class LettersTest {
    @Test
    void lettersNoAccentMarkMakesAreSpeltPlain() {
        assertThat(Letters.plain("Jarosław Kaczyński, Łódź, Øresund, Straße, Æsir")).isEqualTo(
                "Jaroslaw Kaczynski, Lodz, Oresund, Strasse, AEsir");
    }

    @Test
    void aHeadlineWithoutTheLettersStillShowsTheName() {
        assertThat(QuestionText.shows(QuestionText.norm("Jaroslaw Kaczynski promises reform"),
                QuestionText.norm("Jarosław"))).isTrue();
        assertThat(Choices.words("Jaroslaw Kaczynski")).isEqualTo(Choices.words("Jarosław Kaczyński"));
    }
}
