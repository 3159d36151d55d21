package newsquiz.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsquiz.questions.Question;
import org.junit.jupiter.api.Test;

class AnswerCheckerTest {
    private static Verdict name(String answer, String given, String... accept) {
        return AnswerChecker.check(TestQuizzes.typed("n", "short_answer", answer, List.of(accept), null), given);
    }

    private static Verdict number(String answer, String given, double tolerance, String... accept) {
        return AnswerChecker.check(TestQuizzes.typed("x", "numeric", answer, List.of(accept), tolerance), given);
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(name("Juan Guaidó", "juan guaido").correct()).isTrue();
        assertThat(name("Juan Guaidó", "JUAN GUAIDÓ").almost()).isFalse();
        // letters no accent mark makes, typed as a reader without them would
        assertThat(name("Jarosław Kaczyński", "Jaroslaw Kaczynski").correct()).isTrue();
        assertThat(name("Lars Løkke", "lars lokke").correct()).isTrue();
    }

    @Test
    void honoursAcceptedVariants() {
        assertThat(name("Donald Trump", "Trump", "Trump").correct()).isTrue();
        assertThat(name("Donald Trump", "the Donald Trump").correct()).isTrue();
    }

    @Test
    void forgivesTyposByLengthAndSaysTheSpelling() {
        Verdict v = name("Guaidó", "Guaido");
        assertThat(v.correct()).isTrue();
        v = name("Guaidó", "Guiado");
        assertThat(v.correct()).isTrue();
        assertThat(v.almost()).isTrue();
        assertThat(v.note()).isEqualTo("almost: it is spelled Guaidó");
        assertThat(name("Maduro", "Madura").correct()).isTrue();
        assertThat(name("Maduro", "Madira").correct()).as("two edits in 6 letters").isFalse();
        assertThat(name("Nicolás Maduro", "Nicolas Madura").correct()).as("one edit in 13 letters").isTrue();
        assertThat(name("Nicolás Maduro", "Nicola Madura").correct()).as("two edits in 13 letters").isTrue();
        assertThat(name("Nicolás Maduro", "Nicol Madura").correct()).as("three edits").isFalse();
        assertThat(name("Iran", "Iron").correct()).as("one edit in 4 letters").isTrue();
        assertThat(name("Oslo", "Olso").correct()).as("a swap is one edit").isTrue();
        assertThat(name("EU", "UE").correct()).as("none under 4 letters").isFalse();
    }

    @Test
    void neverFuzzyOnNumbers() {
        assertThat(name("1986", "1987").correct()).isFalse();
        assertThat(number("1,000", "1001", 0).correct()).isFalse();
    }

    @Test
    void numbersWithOrWithoutSeparatorsAndWithinTolerance() {
        assertThat(number("1,000", "1000", 0).correct()).isTrue();
        assertThat(number("1,000", "1,000", 0).correct()).isTrue();
        assertThat(number("1,000", "1 000", 0).correct()).isTrue();
        assertThat(number("800,000", "790000", 10_000).correct()).isTrue();
        assertThat(number("800,000", "780000", 10_000).correct()).isFalse();
        assertThat(number("1,000", "one thousand", 0).correct()).isFalse();
    }

    @Test
    void choicesAndTrueFalse() {
        Question mc = TestQuizzes.choice("c", "quote", "Rostec", "Rostec", "Reuters", "Fox");
        assertThat(AnswerChecker.check(mc, "rostec").correct()).isTrue();
        assertThat(AnswerChecker.check(mc, "Reuters").correct()).isFalse();
        Question tf = new Question("t", "true_false", "quote", "True or false", List.of("True", "False"), false,
                List.of(), null, List.of("e"), List.of(new int[] {0, 1}), 1, 1, "");
        assertThat(AnswerChecker.check(tf, "False").correct()).isTrue();
        assertThat(AnswerChecker.check(tf, "no").correct()).isTrue();
        assertThat(AnswerChecker.check(tf, "True").correct()).isFalse();
        assertThat(AnswerChecker.check(tf, "maybe").correct()).isFalse();
    }

    @Test
    void anEmptyAnswerIsWrong() {
        assertThat(name("Rostec", "  ").correct()).isFalse();
    }

    @Test
    void aMiddleInitialIsOptional() {
        assertThat(name("Emily W. Murphy", "Emily Murphy", "Murphy").correct()).isTrue();
        assertThat(name("Emily W. Murphy", "emily w murphy").correct()).isTrue();
        assertThat(name("Emily Murphy", "Emily W. Murphy").correct()).isTrue();
        assertThat(name("Emily W. Murphy", "Emily Murfy").correct()).as("a typo beside a dropped initial").isTrue();
        assertThat(name("Emily W. Murphy", "Emily Smith").correct()).isFalse();
        assertThat(name("J. Smith", "Smith").correct()).as("a first initial is not a middle one").isFalse();
    }

    @Test
    void matchingGivesAShareForEachRightPairAndNamesTheWrongOnes() {
        Question q = new Question("m", "matching", "quote", "Match", List.of("Lee", "Kim", "Ray"),
                List.of(List.of("one", "Kim"), List.of("two", "Lee"), List.of("three", "Ray")), List.of(), null,
                List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        Verdict v = AnswerChecker.check(q, List.of("Kim", "Ray", "Lee"));
        assertThat(v.correct()).isFalse();
        assertThat(v.credit()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(v.note()).isEqualTo("1 of 3 pairs right; wrong: quotes 2, 3");
        assertThat(AnswerChecker.pairsRight(q, List.of("Kim", "Ray", "Lee"))).containsExactly(true, false, false);
        assertThat(AnswerChecker.check(q, List.of("Kim", "Lee", "Ray")).credit()).isEqualTo(1);
    }
}
