package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The title students see hides each word of the headline that answers one of the bank's questions. */
class QuizTitleTest {
    @Test
    void aNameTheHeadlineStatesIsHiddenAndARunOfHiddenWordsIsOneMark() {
        assertThat(QuizTitle.hiding("City engineer Tom Berg wins design prize", List.of("Tom Berg")))
                .isEqualTo("City engineer … wins design prize");
        // a short word between two hidden ones belongs to the name: "Port of Lisbon"
        assertThat(QuizTitle.hiding("Port of Lisbon closes for repairs", List.of("Port of Lisbon")))
                .isEqualTo("… closes for repairs");
        // a word that is only part of no answer stays
        assertThat(QuizTitle.hiding("Harbour board picks new chair", List.of("Harbour Authority")))
                .isEqualTo("… board picks new chair");
    }

    @Test
    void aPossessiveIsPartOfTheNameItFollows() {
        assertThat(QuizTitle.hiding("Chile's Ana Lima sets world record in Boston", List.of("Chile", "Boston")))
                .isEqualTo("… Ana Lima sets world record in …");
    }

    @Test
    void aSmallNumberIsHiddenWrittenEitherWay() {
        assertThat(QuizTitle.hiding("Three sailors rescued at harbour", List.of("3"))).isEqualTo(
                "… sailors rescued at harbour");
        assertThat(QuizTitle.hiding("3 sailors rescued at harbour", List.of("three"))).isEqualTo(
                "… sailors rescued at harbour");
        // a number that is not the answer stays
        assertThat(QuizTitle.hiding("4 sailors rescued at harbour", List.of("three"))).isEqualTo(
                "4 sailors rescued at harbour");
    }

    @Test
    void initialsStandForTheNameTheyAbbreviate() {
        assertThat(QuizTitle.initials("New York")).isEqualTo("NY");
        assertThat(QuizTitle.initials("United States")).isEqualTo("US");
        assertThat(QuizTitle.initials("the harbour")).isNull();
        assertThat(QuizTitle.initials("Lisbon")).isNull();
        assertThat(QuizTitle.hiding("Envoys to meet in NY next week", List.of("New York")))
                .isEqualTo("Envoys to meet in … next week");
        assertThat(QuizTitle.hiding("U.S. envoy arrives for talks", List.of("United States")))
                .isEqualTo("… envoy arrives for talks");
    }

    @Test
    void aHeadlineLeftWithoutTwoWordsToReadIsNotHidden() {
        // "… reopens" no longer says what the story is: the caller keeps the headline whole
        assertThat(QuizTitle.hiding("Harbour reopens", List.of("the harbour"))).isNull();
        assertThat(QuizTitle.hiding("Tom Berg wins", List.of("Tom Berg"))).isNull();
        assertThat(QuizTitle.hiding(null, List.of("Tom Berg"))).isNull();
        assertThat(QuizTitle.hiding("Tom Berg wins the prize", List.of())).isEqualTo("Tom Berg wins the prize");
    }

    @Test
    void theSpansAHeadlineCountsBackFromAreItsNumbers() {
        assertThat(QuizTitle.spansOf("Harbour founder dies aged 90")).containsExactly("90");
    }

    @Test
    void aCapitalisedAnswerHidesOnlyTheWordCapitalised() {
        assertThat(QuizTitle.hiding("Bank may cut rates in May", List.of("May"))).isEqualTo("Bank may cut rates in …");
        // an answer in lower case hides the headline's capitalised word: "the harbour" under "Harbour"
        assertThat(QuizTitle.hiding("Storm closes Harbour for a week", List.of("the harbour")))
                .isEqualTo("Storm closes … for a week");
    }

    @Test
    void stopWordsLeftAloneSayNothing() {
        assertThat(QuizTitle.hiding("Tom Berg and the Harbour Board", List.of("Tom Berg", "Harbour Board"))).isNull();
    }

    @Test
    void aNameWithASeparateAccentIsOneWord() {
        assertThat(QuizTitle.hiding("Jose\u0301 Lima wins the city vote", List.of("José Lima")))
                .isEqualTo("… wins the city vote");
    }
}
