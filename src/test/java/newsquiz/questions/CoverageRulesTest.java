package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.api.Test;

/** The rules that let a bank ask more of an article's facts, one test each, on small made-up articles. */
class CoverageRulesTest {
    /** Every form the templates make of every fact (the bank keeps one form of each). */
    private static List<Question> questions(String body) {
        return QuestionGenerator.candidates(new FactExtractor().extract(ArticleParser.parse("t",
                "Headline\n\nWednesday, March 13, 2024\n\n" + body, Set.of())), 1);
    }

    private static List<Question> withEvidence(List<Question> qs, String words) {
        return qs.stream().filter(q -> q.evidence().stream().anyMatch(e -> e.contains(words))).toList();
    }

    @Test
    void aDateIsWrittenAsItsSentenceWritesIt() {
        assertThat(DateForms.inFormOf("February", "February 2024")).isEqualTo("February");
        assertThat(DateForms.inFormOf("Feb. 8", "February 8, 2024")).isEqualTo("Feb. 8");
        assertThat(DateForms.inFormOf("Sept. 30", "September 30, 2023")).isEqualTo("Sept. 30");
        assertThat(DateForms.inFormOf("May 4", "May 4, 2024")).isEqualTo("May 4");
        assertThat(DateForms.inFormOf("the spring", "March 2024")).isNull();
        assertThat(DateForms.allInFormOf("Feb. 8", "Feb. 8", List.of("February 9", "February 15", "February 8")))
                .containsExactly("Feb. 9", "Feb. 15");
    }

    @Test
    void aBlankedDateWhoseYearTheArticleNeverWritesAsksForTheSentencesWords() {
        // "In January": the month is read, the year only inferred; "Feb. 8": the article never spells the month out
        List<Question> qs = questions("In January, the water company announced an inquiry into its own billing.\n\n"
                + "The regulator fined the company on Feb. 8 for the errors it had found.\n");
        assertThat(withEvidence(qs, "In January")).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo("date");
            assertThat(q.answer()).isEqualTo("January");
            assertThat(q.choices()).allSatisfy(c -> assertThat(c).doesNotContainPattern("\\d"));
        });
        assertThat(withEvidence(qs, "Feb. 8")).anySatisfy(q -> {
            assertThat(q.answer()).isEqualTo("Feb. 8");
            assertThat(q.choices()).allSatisfy(c -> assertThat(c).matches("\\p{Lu}\\p{Ll}{2,3}\\. \\d{1,2}"));
        });
    }

    @Test
    void aLeadIsNotBlankedOnceForEveryNameInIt() {
        List<Question> qs = questions("Yesterday, Anna Berg of Norway beat Lena Holm of Sweden and Maria Ruiz of Spain "
                + "and Ida Lund of Finland at the Oslo Open in the city of Bergen.\n\n"
                + "Berg said she was delighted. Holm said she was tired. Ruiz and Lund did not speak.\n");
        assertThat(withEvidence(qs, "Yesterday, Anna Berg").stream().filter(q -> q.type().equals("fill_blank")))
                .hasSizeBetween(1, 3);
    }

    @Test
    void aNameInsideALongerNameOrAfterAClockTimeIsNoBlank() {
        List<Question> qs = questions("The rocket was launched at 2:49 a.m. local time (7:49 a.m. UTC) from Florida.\n\n"
                + "Tens of thousands of runners took part in the Boston Marathon last year, the organisers said.\n\n"
                + "Boston has held the race since the nineteenth century.\n");
        assertThat(qs).noneSatisfy(q -> assertThat(q.answer()).isIn("UTC", "7:49 a.m."));
        assertThat(qs).filteredOn(q -> "Boston".equals(q.answer()))
                .allSatisfy(q -> assertThat(q.prompt()).doesNotContain("_____ Marathon"));
        List<Question> fans = questions("Fans dressed as Captain America and Tony Stark filled the hall in Toronto.\n\n"
                + "Visitors came from America, Canada and Mexico to see the stars.\n");
        assertThat(fans).noneSatisfy(q -> assertThat(q.prompt()).contains("Captain _____"));
    }

    @Test
    void peopleNamedOnlyAfterTheirTitlesAreStillChoicesForWhoSaidIt() {
        List<Question> qs = questions("On Monday, Mayor Ana Lopez said the city would build a new bridge by 2027.\n\n"
                + "In the capital, Governor Tom Hale said the state would pay half of the cost.\n\n"
                + "Rita Moss of Northern University wrote that the plan was far too costly for the region.\n\n"
                + "\u201cWe need this bridge now, not in ten years,\u201d Lopez said.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.type()).isEqualTo("multiple_choice");
            assertThat(q.prompt()).startsWith("Who said: \u201cWe need this bridge now");
            assertThat(q.choices()).contains("Ana Lopez", "Tom Hale", "Rita Moss");
        });
    }

    @Test
    void aRaceTimeIsAskedAgainstOtherTimesAndAGluedUnitStaysOnItsNumber() {
        List<Question> qs = questions("Yesterday, Mary Otieno of Kenya won the city marathon, finishing the race in "
                + "2:19:36, more than a minute ahead of the field.\n\n"
                + "The new train reached speeds of up to 320kph on the line between the two cities.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.answer()).isEqualTo("2:19:36");
            assertThat(q.choices()).hasSize(4).allSatisfy(c -> assertThat(c).matches("2:\\d\\d:\\d\\d"));
        });
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.answer()).isEqualTo("320kph");
            assertThat(q.prompt()).contains("up to _____");
            assertThat(q.choices()).allSatisfy(c -> assertThat(c).matches("[\\d,]+kph"));
        });
    }

    @Test
    void whatAPlaceBecameTheFirstOfIsAsked() {
        List<Question> qs = questions("The decision means Kenya becomes the first African country to host the games.\n\n"
                + "Athletes from Spain, Norway and Brazil will travel to Kenya in the summer.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("Which place does the article describe as \u201cthe first African country"
                    + " to host the games\u201d?");
            assertThat(q.answer()).isEqualTo("Kenya");
        });
    }

    @Test
    void aLawsNameIsABlank() {
        List<Question> qs = questions("The plan was in doubt after lawmakers failed to repeal former President Tom "
                + "Hale's Fair Wages Act.\n\nThe mayor said the vote was a mistake.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.type()).isEqualTo("fill_blank");
            assertThat(q.answer()).isEqualTo("Fair Wages Act");
        });
    }

    @Test
    void aQuotedTermDefinedRightAfterIsAsked() {
        assertThat(DefinedTerms.in("Engineers worried about \"wind shear\", a sudden change of wind speed over a short "
                + "distance, during the landing.")).containsExactly(new DefinedTerms.Term("wind shear",
                "a sudden change of wind speed over a short distance"));
        assertThat(DefinedTerms.in("\"We will not give up on this town,\" a resident told reporters.")).isEmpty();
        List<Question> qs = questions("Pilots feared \"wind shear\", a sudden change of wind speed over a short "
                + "distance, as the storm reached the airport on Monday.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("What does the article call \u201ca sudden change of wind speed over a"
                    + " short distance\u201d?");
            assertThat(q.answer()).isEqualTo("wind shear");
        });
    }

    @Test
    void aDoubleBarrelledNameHasTheShapeOfAnyOtherName() {
        assertThat(Choices.sameShape("Eva Kovacs-Lind", List.of("Tom Reyes", "Ana Lima")))
                .containsExactly("Tom Reyes", "Ana Lima");
        assertThat(Choices.sameShape("67-year-old", List.of("77-year-old", "Ana Lima", "87-year-old")))
                .containsExactly("77-year-old", "87-year-old");
    }

    @Test
    void aNameWhoseFirstWordIsAlsoAnOrdinaryWordIsStillANameMidSentence() {
        List<Question> qs = questions("The aim of the city's Public Housing Program is to build homes that families"
                + " can afford.\n\nThe public was invited to comment on the plan.\n");
        assertThat(qs).anySatisfy(q -> assertThat(q.answer()).isEqualTo("Public Housing Program"));
    }

    @Test
    void aSpanOfTimeThatMovesTheStoryAlongIsNotAsked() {
        List<Question> qs = questions("Ten tense minutes later the crew landed safely after breaking three world"
                + " records in one flight.\n");
        assertThat(qs).noneSatisfy(q -> assertThat(q.prompt()).contains("_____ tense minutes later"));
        assertThat(qs).anySatisfy(q -> assertThat(q.answer()).isEqualTo("three"));
    }

    @Test
    void aMadeThingsNameIsABlank() {
        assertThat(NameShapes.thingNamed("It flew on a Vega 7 rocket.", "Vega 7")).isTrue();
        assertThat(NameShapes.thingNamed("It flew over Vega Bay.", "Vega")).isFalse();
        List<Question> qs = questions("The probe was launched on Monday on a Vega 7 rocket from a site in the desert.\n\n"
                + "Engineers said the launch went well.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.type()).isEqualTo("fill_blank");
            assertThat(q.answer()).isEqualTo("Vega 7");
        });
    }

    @Test
    void anAcronymTheArticleNamesThroughoutIsSpelledOutEvenOutOfTheHeadline() {
        String once = "Farmers who joined the Crop Relief Fund (CRF) were paid first on Monday.\n\n";
        String more = "The CRF was set up in 2019. Critics say the CRF pays too little. The CRF will meet in May.\n";
        assertThat(questions(once + more)).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("In the article, what does \u201cCRF\u201d stand for?");
            assertThat(q.answer()).isEqualTo("Crop Relief Fund");
        });
        // named once or twice, spelling it out is trivia
        assertThat(questions(once + "Critics say the CRF pays too little.\n"))
                .noneSatisfy(q -> assertThat(q.prompt()).contains("stand for"));
    }

    @Test
    void aShipIsAskedByItsWholeName() {
        List<Question> qs = questions("The charity renamed its ship after Omar Hadid, a boy who drowned in 2015.\n\n"
                + "Their ship, MV Omar Hadid, was previously MV Professor Carl Lenz.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.prompt()).contains("Their ship, _____, was");
            assertThat(q.answer()).isEqualTo("MV Omar Hadid");
        });
    }

    @Test
    void aNamedStormAndATitledWorkAreAskedByABlank() {
        // "tropical storm" in lower case elsewhere does not make the storm's name a sentence's stray capital
        List<Question> qs = questions("The depression had winds just shy of a tropical storm on Monday. If it"
                + " strengthened, it would be named Tropical Storm Edna.\n\nThe second piece, a 2007 artwork entitled"
                + " Blue Hound, was removed from a wall.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.prompt()).contains("it would be named _____.");
            assertThat(q.answer()).isEqualTo("Tropical Storm Edna");
        });
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.prompt()).contains("entitled _____, was");
            assertThat(q.answer()).isEqualTo("Blue Hound");
            assertThat(q.choices()).isNull();
        });
    }

    @Test
    void initialsTheNameItselfBeginsWithAreNotSpelledOut() {
        // "HDT" is the short name of "HDT Ipari Kft. (HDT Limited)", not a word for its other words
        String text = "The state-owned HDT Ipari Kft. (HDT Limited) bought the shell maker Brenn on Monday.\n\n"
                + "HDT paid 38 million euros. HDT was registered in August. HDT will keep the staff.\n";
        assertThat(questions(text)).noneSatisfy(q -> assertThat(q.prompt()).contains("stand for"));
    }

    @Test
    void aSourceGivenWithAccordingToSpeaksWhenNobodyInTheSentenceSpeaks() {
        List<Question> qs = questions("Mayor Ana Lopez will meet the engineers in Springfield next week for talks on"
                + " the bridge, according to the Transport Ministry.\n\n"
                + "Lopez said the bridge would cost too much, according to the Harbour Board.\n\n"
                + "Governor Tom Hale visited the site on Friday.\n");
        assertThat(withEvidence(qs, "next week")).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo("quote");
            assertThat(q.answer()).isEqualTo("Transport Ministry");
        });
        // Lopez said it: the board only relays her words
        assertThat(qs).filteredOn(q -> q.kind().equals("quote")).noneSatisfy(q -> assertThat(q.answer())
                .isEqualTo("Harbour Board"));
    }

    @Test
    void aYearWrittenInAQuotationIsAskedButNotOneInAQuotedName() {
        List<Question> qs = questions("\u201cThis is the first new bridge over the river since 1986, so it matters"
                + " to all of us,\u201d Mayor Ana Lopez said on Monday.\n\n"
                + "The city began a building plan dubbed \"Horizon 2040\" in 2017 to renew its roads and bridges.\n\n"
                + "\u201cI will see you on Thursday,\u201d Lopez told the engineers.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo("date");
            assertThat(q.prompt()).contains("since _____, so it matters");
            assertThat(q.answer()).isEqualTo("1986");
        });
        assertThat(qs).noneSatisfy(q -> assertThat(q.prompt()).contains("Horizon _____"));
        // a speaker's weekday counts from a day the article does not give
        assertThat(withEvidence(qs, "on Thursday")).noneSatisfy(q -> assertThat(q.kind()).isEqualTo("date"));
        assertThat(DateQuestions.yearInName("\"In _____ and 2018 we had rain,\" she said.")).isFalse();
    }

    @Test
    void aYearThatIsPartOfALawsNameIsNotAsked() {
        List<Question> qs = questions("The Water Quality Directive 2000 sets limits for rivers, the council said on"
                + " Monday.\n\nThe farmers were charged under the Clean Rivers Act of 1974 in 2019.\n");
        assertThat(qs).noneSatisfy(q -> assertThat(q.prompt()).containsAnyOf("Directive _____", "Act of _____"));
        assertThat(qs).anySatisfy(q -> assertThat(q.answer()).isEqualTo("2019"));
    }

    @Test
    void oneOfTwoBodiesThatReportedTogetherIsNotTheSpeaker() {
        assertThat(ArticleNames.oneOfAList("Northern University", "Scientists from Northern University and the"
                + " Institute of Physics reported the bridge may have been weakened by the flood.")).isTrue();
        assertThat(ArticleNames.oneOfAList("Northern University", "Northern University reported the bridge may have"
                + " been weakened.")).isFalse();
    }

    @Test
    void whatSomeoneToldAListenerIsAskedWithoutNamingAListenerTheArticleDoesNot() {
        List<Question> qs = questions("Mayor Ana Lopez visited the river on Monday with Governor Tom Hale.\n\n"
                + "The mayor did not mention the cost, telling the engineers it was time to build the bridge.\n\n"
                + "Rita Moss of Northern University said the plan was far too costly for the region.\n");
        assertThat(qs).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("According to the article, who said that it was time to build the bridge?");
            assertThat(q.answer()).isEqualTo("Ana Lopez");
        });
    }
}
