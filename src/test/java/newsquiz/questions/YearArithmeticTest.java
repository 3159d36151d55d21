package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearArithmeticTest {

    @Test
    void anAgeIsGivenByABirthYearInTheStorysYear() {
        String age = "Which amount completes this sentence from the article? “Ana Lima died yesterday at the age of _____.”";
        String born = "Who was born in 1920 in Chicago, according to the article?";
        assertThat(YearArithmetic.gives("99", age, born, 2019)).isTrue();
        // dying before her birthday that year: one year fewer is given as well
        assertThat(YearArithmetic.gives("98", age, born, 2019)).isTrue();
        assertThat(YearArithmetic.gives("99", age, "Who studied law in Chicago?", 2019)).isFalse();
    }

    @Test
    void aYearIsGivenByAnotherYearAndASpanOfYears() {
        String nominated = "Which date completes this sentence from the article? “He was nominated to the court in _____.”";
        String retired = "Which date completes this sentence from the article? “He retired in 2010 after 35 years on"
                + " the court.”";
        assertThat(YearArithmetic.gives("1975", nominated, retired, 2019)).isTrue();
        assertThat(YearArithmetic.gives("1976", nominated, retired, 2019)).isFalse();
        // "six years before she was born" in its own prompt, the birth year in another's
        String died = "Which date completes this sentence from the article? “He died in _____, six years before she"
                + " was born.”";
        assertThat(YearArithmetic.gives("1946", died, "“She was born in 1952 in Kiel.”", 2014)).isTrue();
    }

    @Test
    void aSpanIsGivenByTwoYearsOneOfThemShownElsewhere() {
        String span = "Which amount completes this sentence from the article? “He died in 1946, _____ years before she"
                + " was born.”";
        assertThat(YearArithmetic.gives("six", span, "“She was born in 1952.”", 2014)).isTrue();
        assertThat(YearArithmetic.gives("six", span, "“She was born in Kiel.”", 2014)).isFalse();
    }

    @Test
    void aCountThatIsNoSpanOfYearsIsNeverASum() {
        // 2019 − 2015 = 4, but "four people" is no span of years and "_____ people" asks none
        String people = "Which amount completes this sentence from the article? “_____ people were hurt in 2019.”";
        assertThat(YearArithmetic.gives("4", people, "“The law of 2015 was changed.”", 2019)).isFalse();
        String deal = "Which date completes this sentence from the article? “It broke the _____ nuclear deal.”";
        assertThat(YearArithmetic.gives("2015", deal, "“Four people were hurt.”", 2019)).isFalse();
        assertThat(YearArithmetic.spans("aged 99, a 101-year-old bottle, for six years, 400 years"))
                .containsExactlyInAnyOrder(99, 101, 6);
    }
}
