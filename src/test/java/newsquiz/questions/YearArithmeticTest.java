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
        // both years in its own prompt: the question alone gives it, which is judged on its own, not as a clash
        String both = "Which amount completes this sentence from the article? “He died in 1946, _____ years before"
                + " she was born in 1952.”";
        assertThat(YearArithmetic.gives("six", both, "“She lives in Kiel.”", 2014)).isFalse();
        // the story's year ends a span counted to now, not a span of anything else
        assertThat(YearArithmetic.gives("5", "“The ban lasts _____ years.”", "“The law of 2014 was changed.”", 2019))
                .isFalse();
        assertThat(YearArithmetic.gives("5", "“She left _____ years ago.”", "“She came in 2014.”", 2019)).isTrue();
    }

    @Test
    void anAgeMayBeOneYearShortOfTheSumButASpanMayNot() {
        String age = "“He died at the age of _____.”";
        assertThat(YearArithmetic.gives("98", age, "“He was born in 1920.”", 2019)).isTrue();
        String span = "“The ship lay _____ years on the seabed before divers found it in 2019.”";
        assertThat(YearArithmetic.gives("98", span, "“It sank in 1920.”", 2019)).isFalse();
        assertThat(YearArithmetic.gives("99", span, "“It sank in 1920.”", 2019)).isTrue();
        // a year one short of the sum counts only beside an age
        String sank = "“It sank in _____.”";
        assertThat(YearArithmetic.gives("1921", sank, "“It lay 98 years on the seabed.”", 2019)).isFalse();
        assertThat(YearArithmetic.gives("1921", "“He was born in _____.”", "“He died aged 97 in 2019.”", 2019))
                .isTrue();
    }

    @Test
    void aSpanIsReadWholeFromItsFirstCharacter() {
        assertThat(YearArithmetic.spans("for twenty-five years")).isEmpty();
        assertThat(YearArithmetic.spans("for 2.5 years")).isEmpty();
        assertThat(YearArithmetic.spans("for 25 years, aged 40")).containsExactlyInAnyOrder(25, 40);
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
