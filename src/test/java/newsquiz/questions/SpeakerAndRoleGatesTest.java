package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gates on who said something and on what a role question may ask. */
class SpeakerAndRoleGatesTest {
    @Test
    void oneMemberOfAListIsNotTheSpeaker() {
        assertThat(QuestionGenerator.oneOfAList("Acme Foods", "Food makers including Acme Foods, Brightway and"
                + " Coldbrook have announced plans to leave the market.")).isTrue();
        assertThat(QuestionGenerator.oneOfAList("Brightway", "Food makers including Acme Foods, Brightway and"
                + " Coldbrook have announced plans to leave the market.")).isTrue();
        assertThat(QuestionGenerator.oneOfAList("Maria Silva", "Maria Silva and Tom Berg said the plan would fail."))
                .isTrue();
        assertThat(QuestionGenerator.oneOfAList("Maria Silva", "Maria Silva, the city's treasurer, said the plan"
                + " would fail.")).isFalse();
        assertThat(QuestionGenerator.oneOfAList("Acme Foods", "Acme Foods announced plans to leave the market."))
                .isFalse();
    }

    @Test
    void aRoleSaysWhatSomeoneIs() {
        assertThat(QuestionGenerator.describes("a public transport agency")).isTrue();
        assertThat(QuestionGenerator.describes("US Ambassador to Germany")).isTrue();
        assertThat(QuestionGenerator.describes("German Chancellor")).isTrue();
        assertThat(QuestionGenerator.describes("the previous day")).isFalse();
        assertThat(QuestionGenerator.describes("the new record")).isFalse();
        assertThat(QuestionGenerator.describes("both from Ethiopia")).isFalse();
        assertThat(QuestionGenerator.describes("Bay Area")).isFalse();
    }
}
