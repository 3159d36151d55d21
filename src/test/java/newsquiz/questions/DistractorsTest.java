package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsquiz.facts.DateFact;
import newsquiz.facts.Evidence;
import org.junit.jupiter.api.Test;

class DistractorsTest {
    private static DateFact date(String iso, DateFact.Precision p, String display) {
        return new DateFact(iso, p, display, display, false, "", new Evidence(List.of("x"), List.of(new int[] {0, 1})));
    }

    @Test
    void namesNeverIncludeAnAliasOrAWordOfTheAnswer() {
        List<String> wrong = Distractors.names("Donald Trump", List.of("Trump"),
                List.of("Trump", "Donald Trump Jr.", "Mike Pompeo", "Pompeo", "Nicolás Maduro", "Juan Guaidó"), 3);
        assertThat(wrong).containsExactly("Mike Pompeo", "Nicolás Maduro", "Juan Guaidó");
    }

    @Test
    void datesComeFromTheArticleFirstThenNearbyInTheSameForm() {
        DateFact answer = date("2019-06-03", DateFact.Precision.DAY, "June 3, 2019");
        List<String> wrong = DateDistractors.of(answer,
                List.of(answer, date("2019-05-29", DateFact.Precision.DAY, "May 29, 2019"),
                        date("2019-05", DateFact.Precision.MONTH, "May 2019")), 3);
        assertThat(wrong).hasSize(3).startsWith("May 29, 2019").allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+ \\d{1,2}, 2019"));
    }

    @Test
    void theArticlesDatesFarFromTheAnswerAreNoDistractors() {
        DateFact arrest = date("1963", DateFact.Precision.YEAR, "1963");
        List<String> wrong = DateDistractors.of(arrest, List.of(arrest, date("1924", DateFact.Precision.YEAR, "1924"),
                date("2019", DateFact.Precision.YEAR, "2019"), date("1974", DateFact.Precision.YEAR, "1974")), 3);
        assertThat(wrong).hasSize(3).startsWith("1974").doesNotContain("1924", "2019");
        DateFact coup = date("2017-11-15", DateFact.Precision.DAY, "November 15, 2017");
        assertThat(DateDistractors.of(coup, List.of(coup, date("2019-09-06", DateFact.Precision.DAY,
                "September 6, 2019")), 3)).doesNotContain("September 6, 2019");
    }

    @Test
    void aPastYearsWrongAnswersAreNoneOfTheArticlesYearsAfterItsDate() {
        // "a programme dubbed Vision 2026" beside "licensed in 2017", in a story of 2019: not a year a student
        // could believe
        DateFact licensed = date("2017", DateFact.Precision.YEAR, "2017");
        List<String> wrong = DateDistractors.of(licensed, List.of(licensed, date("2026", DateFact.Precision.YEAR,
                "2026"), date("2014", DateFact.Precision.YEAR, "2014")), 3, java.time.LocalDate.parse("2019-11-07"));
        assertThat(wrong).hasSize(3).contains("2014").doesNotContain("2026");
    }

    @Test
    void aComingEventsWrongDatesAreNoneBeforeTheStorysDate() {
        // a walkout on Thursday, June 6, told on Tuesday, June 4: "May 30" or "June 3" is already past
        java.time.LocalDate told = java.time.LocalDate.parse("2024-06-04");
        DateFact walkout = date("2024-06-06", DateFact.Precision.DAY, "Thursday");
        List<String> wrong = DateDistractors.of(walkout, List.of(walkout, date("2024-06-03", DateFact.Precision.DAY,
                "Monday")), 3, told);
        assertThat(wrong).hasSize(3).doesNotContain("June 3, 2024", "May 30, 2024", "June 4, 2024");
        // a target year ahead is never offered as a year already past
        DateFact target = date("2026", DateFact.Precision.YEAR, "2026");
        assertThat(DateDistractors.of(target, List.of(target), 3, told)).hasSize(3)
                .allMatch(y -> Integer.parseInt(y) >= 2024);
    }

    @Test
    void daysWithoutAYearStayWithoutAYear() {
        DateFact answer = date("--03-05", DateFact.Precision.DAY, "March 5");
        assertThat(DateDistractors.of(answer, List.of(answer), 3)).hasSize(3)
                .allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+ \\d{1,2}")).doesNotContain("March 5");
    }

    @Test
    void monthsAndYearsShiftByTheirOwnUnit() {
        assertThat(DateDistractors.of(date("2019-05", DateFact.Precision.MONTH, "May 2019"), List.of(), 3))
                .hasSize(3).isSubsetOf("February 2019", "March 2019", "April 2019", "June 2019", "July 2019",
                        "August 2019");
        assertThat(DateDistractors.of(date("1924", DateFact.Precision.YEAR, "1924"), List.of(), 3))
                .hasSize(3).isSubsetOf("1921", "1922", "1923", "1925", "1926", "1927");
    }

    @Test
    void theAnswerIsNotAlwaysTheSecondLatestDate() {
        // one earlier and two later every time taught students to pick the second latest without reading
        int[] ranks = new int[4];
        for (int year = 1900; year < 2000; year++) {
            String answer = String.valueOf(year);
            List<String> choices = new java.util.ArrayList<>(DateDistractors.of(
                    date(answer, DateFact.Precision.YEAR, answer), List.of(), 3));
            choices.add(answer);
            choices.sort(null);
            ranks[choices.indexOf(answer)]++;
        }
        assertThat(java.util.Arrays.stream(ranks).boxed().toList()).allMatch(n -> n >= 15);
        // a past event's wrong years never come after the story's own date
        assertThat(DateDistractors.of(date("2019", DateFact.Precision.YEAR, "2019"), List.of(), 3,
                java.time.LocalDate.of(2019, 10, 6))).hasSize(3).allMatch(y -> Integer.parseInt(y) < 2019);
        assertThat(DateDistractors.of(date("2019-10-01", DateFact.Precision.DAY, "October 1, 2019"), List.of(), 3,
                java.time.LocalDate.of(2019, 10, 6))).hasSize(3).noneMatch(d -> d.matches("October ([7-9]|[1-3]\\d), 2019"));
    }

    @Test
    void smallAmountsOfAScaleAndCapitalisedWordsGetThreeDistinctWrongAmounts() {
        // "1 billion people", "$2 million": rounded as the key, most factors came back to the key itself, and one
        // wrong amount left the question without choices
        for (String key : List.of("1 billion", "$2 million", "3 million euros", "1 million")) {
            assertThat(Distractors.amounts(key, String.valueOf((long) (Double.parseDouble(key.replaceAll("[^\\d]", ""))
                    * (key.contains("billion") ? 1e9 : 1e6))), 3)).as(key).hasSize(3).doesNotHaveDuplicates()
                    .allMatch(a -> a.matches("\\$?\\d+ (billion|million)( euros)?")).doesNotContain(key);
        }
        // "a payout of one million rubles": words of the same scale, three of them
        assertThat(Distractors.amounts("one million", "1000000", 3)).hasSize(3).doesNotHaveDuplicates()
                .allMatch(a -> a.matches("\\p{Ll}+ million"));
        // "nine hundred" among hundreds a reader would write, never "ten hundred"
        assertThat(Distractors.amounts("Nine hundred", "900", 3)).hasSize(3)
                .allMatch(a -> a.matches("(Two|Three|Four|Five|Six|Seven|Eight) hundred"));
        // "Three people have died": "Four" once, though two steps come to four
        assertThat(Distractors.amounts("Three", "3", 3)).hasSize(3).doesNotHaveDuplicates()
                .allMatch(a -> a.matches("\\p{Lu}\\p{Ll}+"));
    }

    @Test
    void amountsKeepScaleFormatAndQualifier() {
        assertThat(Distractors.amounts("1,000", "1000", 3)).hasSize(3).allMatch(a -> a.matches("[\\d,]+"))
                .doesNotContain("1,000");
        // with its comma: "800" beside "1,000" is the one choice of another form
        for (String key : List.of("over 1,000", "1,000", "about 1,200", "1,500")) {
            assertThat(Distractors.amounts(key, key.replaceAll("[^\\d]", ""), 3)).as(key).hasSize(3)
                    .allMatch(a -> a.matches("(over |about )?\\d,\\d{3}"));
        }
        // but under an upper bound a larger one would be true as well: "under 1,400" of "under 1,000"
        assertThat(Distractors.amounts("Under 1,000", "1000", 3)).anyMatch(a -> a.matches("Under \\d00"));
        assertThat(Distractors.amounts("More than 50", "50", 3)).hasSize(3).allMatch(a -> a.startsWith("More than "));
        assertThat(Distractors.amounts("US$1.5 billion", "1500000000", 2)).allMatch(a -> a.matches("US\\$[\\d.]+ billion"));
        assertThat(Distractors.amounts("20 percent", "20", 2)).allMatch(a -> a.endsWith(" percent"));
        // an amount and a half against others and a half, in words as the key is
        assertThat(Distractors.amounts("two and a half", "2.5", 3)).hasSize(3)
                .allMatch(a -> a.matches("[a-z]+ and a half")).doesNotContain("two and a half");
        assertThat(Distractors.amounts("$4 and a half million", "4500000", 3)).hasSize(3)
                .allMatch(a -> a.matches("\\$\\d{1,2} and a half million")).doesNotContain("$4 and a half million");
    }

    @Test
    void wrongAmountsAreNoPlainMultiplesAndAreWrittenAsTheKeyIs() {
        for (String key : List.of("192", "58,150", "18", "235", "1,500")) {
            double v = Double.parseDouble(key.replace(",", ""));
            // 384 and 576 beside 192 read as arithmetic: a student picks the one the others are multiples of
            assertThat(Distractors.amounts(key, String.valueOf((long) v), 3)).hasSize(3).allSatisfy(a -> {
                double w = Double.parseDouble(a.replace(",", ""));
                assertThat(w / v).isNotIn(0.25, 0.5, 0.75, 1.5, 2.0, 3.0, 4.0);
            });
        }
        // a round key among round amounts (some 1,500 beside 1,125 gave it away); no separator when it has none
        assertThat(Distractors.amounts("1,500", "1500", 3)).allMatch(a -> a.matches("\\d,\\d00|\\d00"));
        assertThat(Distractors.amounts("1800", "1800", 3)).noneMatch(a -> a.contains(","));
    }

    @Test
    void aPluralAmountAgainstPluralAmountsAndASmallShareInSmallSteps() {
        // "tens of _____": "a handful" does not fit the blank
        assertThat(Distractors.amounts("millions", null, 3)).containsExactly("thousands", "billions", "hundreds");
        // the nearest orders of magnitude: no "billions" of homeless people
        assertThat(Distractors.amounts("thousands", null, 3)).containsExactly("hundreds", "millions", "dozens");
        assertThat(Distractors.bounded("an estimated 1.15%", "1.15", "percent", 3)).hasSize(3)
                .allMatch(a -> a.matches("an estimated [0-2]\\.\\d\\d%"));
        assertThat(Distractors.bounded("6%", "6", "percent", 3)).doesNotContain("0%");
    }

    @Test
    void sharesFitTheirFrame() {
        // "more than a third" is true of "more than half": after "more than", only larger shares
        assertThat(Distractors.sharesAfter("in which more than", "half", 3)).containsExactly("two thirds",
                "three quarters");
        assertThat(Distractors.sharesAfter("About", "a quarter", 3)).containsExactly("a fifth", "a third", "a tenth");
        assertThat(Distractors.sharesAfter("the first", "half", 3)).containsExactly("third", "quarter", "fifth");
        // the article's own "a" before the blank: "about a fifth of the market", never "about a a quarter"
        assertThat(Distractors.sharesAfter("would control about a", "fifth", 3)).containsExactly("quarter", "tenth",
                "third");
        assertThat(Distractors.sharesAfter("said that", "a third", 3)).containsExactly("a quarter", "a fifth", "half");
        assertThat(Distractors.sharesAfter("said that", "more than half", 3)).isNull();
    }

    @Test
    void whereTheKeyStandsAmongItsWrongAmountsVaries() {
        java.util.Set<Long> belowCounts = new java.util.HashSet<>();
        for (String amount : List.of("120", "499", "61,000", "2,400", "39", "85", "1,800", "250", "7,000", "640")) {
            double v = Double.parseDouble(amount.replace(",", ""));
            belowCounts.add(Distractors.amounts(amount, String.valueOf((long) v), 3).stream()
                    .filter(a -> Double.parseDouble(a.replace(",", "")) < v).count());
        }
        // always the same place (say, two below and one above) lets a student pick the key without reading
        assertThat(belowCounts).hasSizeGreaterThan(1);
    }

    @Test
    void vagueAmountsAgainstVagueAmounts() {
        assertThat(Distractors.amounts("a few dozen", null, 3)).containsExactly("a handful", "a few hundred",
                "several thousand");
        // "one of just a handful of nations": never thousands of them, only the nearest orders of magnitude
        assertThat(Distractors.amounts("a handful", null, 3)).containsExactly("a few dozen", "a few hundred");
        // the nearest first: a few dozen and several thousand, then a handful, never millions
        assertThat(Distractors.amounts("a few hundred", null, 3)).containsExactly("a few dozen", "several thousand",
                "a handful");
    }

    @Test
    void numberWordsOrdinalsAndTimes() {
        assertThat(Distractors.amounts("two", "2", 3)).hasSize(3).isSubsetOf("three", "four", "five", "six");
        assertThat(Distractors.amounts("sixth", null, 3)).hasSize(3)
                .isSubsetOf("third", "fourth", "fifth", "seventh", "eighth", "ninth");
        assertThat(Distractors.amounts("116th", null, 2)).hasSize(2)
                .isSubsetOf("113th", "114th", "115th", "117th", "118th", "119th");
        assertThat(Distractors.amounts("1 a.m.", null, 2)).hasSize(2)
                .isSubsetOf("10 a.m.", "11 a.m.", "12 a.m.", "2 a.m.", "3 a.m.", "4 a.m.");
    }

    @Test
    void choicesGateRefusesAliasesRepeatsAndMissingAnswers() {
        assertThat(Choices.wellFormed(List.of("Trump", "Donald Trump", "Mike Pompeo"), "Donald Trump")).isFalse();
        assertThat(Choices.wellFormed(List.of("A b", "A b", "C d"), "A b")).isFalse();
        assertThat(Choices.wellFormed(List.of("Ann Lee", "Bo Chan", "Cy Diaz"), "Dee Ek")).isFalse();
        assertThat(Choices.wellFormed(List.of("Ann Lee", "Bo Chan", "Cy Diaz"), "Bo Chan")).isTrue();
    }

    @Test
    void agesAndPercentagesStepWithinTheirScale() {
        assertThat(Distractors.bounded("about 57", "57", "age", 3)).hasSize(3)
                .isSubsetOf("about 39", "about 45", "about 51", "about 63", "about 69");
        // an age stays within a quarter above the answer: never a 97-year-old beside a 67-year-old killer
        assertThat(Distractors.bounded("67-year-old", "67", "age", 3)).hasSize(3)
                .allSatisfy(a -> assertThat(Integer.parseInt(a.replaceAll("\\D", ""))).isBetween(40, 83));
        assertThat(Distractors.bounded("50.8 percent", "50.8", "percent", 3)).hasSize(3)
                .isSubsetOf("26.8 percent", "34.8 percent", "42.8 percent", "58.8 percent", "66.8 percent",
                        "74.8 percent");
        // a large share steps by less of itself and stays under nine in ten: never 68, 82 and 96 beside 54
        assertThat(Distractors.bounded("More than 54%", "54", "percent", 3)).hasSize(3)
                .allSatisfy(a -> assertThat(Integer.parseInt(a.replaceAll("\\D", ""))).isBetween(30, 78));
        assertThat(Distractors.bounded("88%", "88", "percent", 3)).hasSize(3);
        assertThat(Distractors.bounded("95", "95", "age", 3)).allSatisfy(a -> assertThat(Integer.parseInt(a))
                .isBetween(1, 105));
    }

    @Test
    void vagueAmountsNeverOverlapAndSharesStaySharesOfAWhole() {
        assertThat(Distractors.amounts("dozens", null, 3)).doesNotContain("a few dozen").hasSize(3);
        assertThat(Distractors.amounts("more than half", null, 3))
                .containsExactly("about a quarter", "about a third", "nearly all");
    }

    @Test
    void amountsInWordsKeepTheirWordsUnitAndScale() {
        assertThat(Distractors.amounts("eleven-month-old", "11", 3)).hasSize(3).isSubsetOf("eight-month-old",
                "nine-month-old", "ten-month-old", "twelve-month-old", "thirteen-month-old", "fourteen-month-old");
        assertThat(Distractors.amounts("one million", "1000000", 3)).hasSizeGreaterThanOrEqualTo(2)
                .isSubsetOf("two million", "three million", "four million");
        // after "at least", a smaller amount would be true too: steps that are far apart
        assertThat(Distractors.amounts("at least ten", "10", 3)).containsExactly("at least twenty", "at least five");
    }

    @Test
    void choicesTakeTheAnswersForm() {
        assertThat(Choices.sameShape("one million", List.of("2,000,000", "two million", "500,000", "five million")))
                .containsExactly("two million", "five million");
        assertThat(Choices.sameShape("67-year-old", List.of("77-year-old", "57", "87-year-old")))
                .containsExactly("77-year-old", "87-year-old");
        assertThat(Choices.sameShape("Ana Lima", List.of("the mayor", "Tom Reyes"))).containsExactly("Tom Reyes");
        assertThat(Choices.overlaps("G7", "G-7")).isTrue();
    }

    @Test
    void anAmountIsNotAlwaysTheSecondLowestChoice() {
        // always one below and two above, 202 of 321 amounts were the second lowest: a student could pick it unread
        int[] ranks = new int[4];
        for (int n = 10; n < 90; n++) {
            rank(ranks, n + "%", Distractors.bounded(n + "%", String.valueOf(n), "percent", 3));
            rank(ranks, String.valueOf(n * 37), Distractors.amounts(String.valueOf(n * 37), String.valueOf(n * 37), 3));
        }
        assertThat(java.util.Arrays.stream(ranks).boxed().toList()).allMatch(r -> r >= 160 / 6);
    }

    private static void rank(int[] ranks, String answer, List<String> wrong) {
        List<Double> values = new java.util.ArrayList<>();
        for (String w : wrong) {
            values.add(Double.parseDouble(w.replaceAll("[^\\d.]", "")));
        }
        double own = Double.parseDouble(answer.replaceAll("[^\\d.]", ""));
        ranks[(int) values.stream().filter(v -> v < own).count()]++;
    }
    @Test
    void aSpansFirstYearIsOfferedAmongYearsNearItBeforeTheSpansEnd() {
        // "serving as prime minister, _____–1987": not 3560, 1190 and 2770
        List<String> wrong = Distractors.startYears("1980", "1987", 3);
        assertThat(wrong).hasSize(3).allSatisfy(y -> assertThat(Integer.parseInt(y)).isBetween(1970, 1986))
                .doesNotContain("1980");
        assertThat(Distractors.startYears("1986", "1987", 3)).allSatisfy(y -> assertThat(Integer.parseInt(y))
                .isLessThan(1987));
    }

    @Test
    void countsTheWorldBoundsAndCollocationsAnyoneCompletes() {
        assertThat(Distractors.atMostTwoHundred("a handful", List.of("a few dozen", "a few hundred")))
                .contains("about a dozen", "a few dozen").doesNotContain("a few hundred", "several thousand", "a handful");
        assertThat(Distractors.atMostTwoHundred("50", List.of("70", "350", "30"))).containsExactly("70", "30");
        assertThat(Distractors.atMostTwoHundred("two", List.of("three", "four"))).containsExactly("three", "four");
        assertThat(Distractors.atMostTwoHundred("several dozen", List.of())).doesNotContain("a few dozen");
        assertThat(QuantityQuestions.nationsCounted("one of just _____ of the world's nations", "a handful")).isTrue();
        // "millions of years" is a collocation, not an amount the article teaches
        assertThat(QuantityQuestions.ageOfTheEarth("it lived _____ of years after flying dinosaurs", "millions"))
                .isTrue();
        assertThat(QuantityQuestions.ageOfTheEarth("it lived _____ years after flying dinosaurs", "120 million"))
                .isFalse();
        assertThat(QuantityQuestions.ageOfTheEarth("_____ of people marched", "thousands")).isFalse();
        var fossil = new newsquiz.facts.FactExtractor().extract(newsquiz.article.ArticleParser.parse("t", "Fossil"
                + " study\n\nBEIJING (May 3, 2019) — The feathered dinosaur lived millions of years after the first"
                + " flying dinosaurs, and thousands of people visited the museum to see it.\n", java.util.Set.of()));
        assertThat(QuestionGenerator.candidates(fossil, 1)).noneMatch(q -> "millions".equals(q.answer()));
        assertThat(QuantityQuestions.nationsCounted("_____ of the poorest countries' debt", "300 billion")).isFalse();
        assertThat(QuantityQuestions.nationsCounted("_____ of the poorest countries' debt", "300")).isFalse();
        String article = "Allies dwindle\n\nMOSCOW (June 3, 2019) — Russia was one of just a handful of nations which"
                + " continued to back the government after the vote. More than 50 countries recognise the opposition"
                + " leader.\n";
        var facts = new newsquiz.facts.FactExtractor().extract(newsquiz.article.ArticleParser.parse("t", article,
                java.util.Set.of()));
        List<Question> handful = QuestionGenerator.candidates(facts, 1).stream()
                .filter(q -> "a handful".equals(q.answer()) && q.choices() != null).toList();
        assertThat(handful).isNotEmpty().allSatisfy(q -> assertThat(q.choices())
                .noneMatch(c -> c.contains("hundred") && !c.equals("about a hundred") || c.contains("thousand")
                        || c.contains("million")));
    }

    @Test
    void aChangesOtherFigureKeepsWrongFiguresOnTheKeysSide() {
        // a cut's new figure is below the old one: "cut from 800 to several thousand" is no cut
        assertThat(QuantityQuestions.sameSideOfChange("The mill cut its staff from 800 to _____ last year.",
                "a few dozen", List.of("a handful", "a few hundred", "several thousand")))
                .containsExactly("a handful", "a few hundred");
        assertThat(QuantityQuestions.sameSideOfChange("Weekly sales rose from 40 to _____.", "75",
                List.of("60", "30", "90"))).containsExactly("60", "90");
        assertThat(QuantityQuestions.sameSideOfChange("Membership fell from _____ to 2.1 million.", "3.4 million",
                List.of("1.7 million", "4.1 million", "2.8 million"))).containsExactly("4.1 million", "2.8 million");
        // the key's scale word is the other figure's too: "from 14 to 9 million"
        assertThat(QuantityQuestions.sameSideOfChange("Users fell from 14 to _____.", "9 million",
                List.of("6 million", "12 million", "17 million"))).containsExactly("6 million", "12 million");
        // a range is no change
        assertThat(QuantityQuestions.sameSideOfChange("Between 30 and _____ people came.", "45", List.of("20", "60")))
                .containsExactly("20", "60");
        String article = "Plant shrinks\n\nLEEDS (May 6, 2021) — The glassworks cut its workforce from 900 to a few"
                + " dozen over the winter, the union said.\n";
        assertThat(choiceQuestions(article, "a few dozen")).isNotEmpty().allSatisfy(q -> assertThat(q.choices())
                .noneMatch(c -> c.contains("thousand") || c.contains("million")));
    }

    @Test
    void theBlankAfterIfNotOutdoesTheAmountBeforeIt() {
        assertThat(QuantityQuestions.beyondIfNot("The flood drove thousands if not _____ of people from their homes.",
                "tens of thousands", List.of("hundreds", "dozens", "millions")))
                .containsExactly("millions", "hundreds of thousands");
        assertThat(QuantityQuestions.beyondIfNot("It cost 40, if not _____ pounds.", "50", List.of("30", "60", "70")))
                .containsExactly("60", "70");
        assertThat(QuantityQuestions.beyondIfNot("It cost _____ pounds.", "50", List.of("30", "60")))
                .containsExactly("30", "60");
        // through the generator: every choice outdoes "thousands"
        String article = "River spill\n\nLEEDS (May 6, 2021) — The spill killed thousands if not tens of thousands of"
                + " fish along the river, wardens said on Thursday.\n";
        assertThat(choiceQuestions(article, "tens of thousands")).isNotEmpty().allSatisfy(q -> assertThat(q.choices())
                .allMatch(c -> c.matches("tens of thousands|hundreds of thousands|millions")));
        // the amount before "if not" with its scale word
        assertThat(QuantityQuestions.beyondIfNot("Repairs could cost 40 million if not _____ pounds.", "60 million",
                List.of("30 million", "50 million", "80 million"))).containsExactly("50 million", "80 million");
    }

    @Test
    void aVagueAmountBeforeOfTakesTheFormsThatGoWithOf() {
        assertThat(Distractors.takingOf("a handful", List.of("a few dozen", "a few hundred", "several thousand"), false))
                .containsExactly("dozens", "hundreds", "thousands");
        // nations are two hundred at most: "hundreds of nations" is impossible, so a small count stands in
        assertThat(Distractors.takingOf("a handful", List.of("about a dozen", "a few dozen", "about a hundred"), true))
                .containsExactly("dozens", "a couple");
        // one of the key's own size, or inside it, is no wrong answer; the forms of "of" nearest the key fill up
        assertThat(Distractors.takingOf("dozens", List.of("a few dozen", "a few hundred"), false))
                .containsExactly("hundreds", "a handful", "thousands");
        assertThat(Distractors.takingOf("hundreds of thousands", List.of("a few hundred", "a few dozen",
                "tens of thousands"), false)).containsExactly("dozens", "tens of thousands", "millions");
        String article = "Allies\n\nGENEVA (May 6, 2021) — The island is among only a handful of states that"
                + " still support the treaty, officials said.\n";
        assertThat(choiceQuestions(article, "a handful")).isNotEmpty().allSatisfy(q -> assertThat(q.choices())
                .noneMatch(c -> c.matches("(a few|about a|several) .*")));
    }

    /** The choice questions made of a small article whose key is the answer given. */
    private static List<Question> choiceQuestions(String article, String answer) {
        var facts = new newsquiz.facts.FactExtractor().extract(newsquiz.article.ArticleParser.parse("t", article,
                java.util.Set.of()));
        return QuestionGenerator.candidates(facts, 1).stream().filter(q -> answer.equals(q.answer())
                && q.choices() != null).toList();
    }
}
