package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each question template, on one small made-up article that has every kind of fact. */
class QuestionTemplatesTest {
    private static final String ARTICLE = """
            City Opens New Bridge After Long Delay

            By Jane Doe

            Wednesday, March 13, 2024

            Mayor Tom Reyes said on Monday that the Harbor Bridge will open to traffic in April.

            “This bridge will change how people in our city travel to work,” Reyes said.

            The Regional Transit Authority (RTA), a public transport agency, paid US$40 million for the project. \
            The number of ferry trips fell from 1,000 to a few dozen.

            Governor Ana Lima criticised the delay. “The project ran three years late and nobody was held to account,” \
            Lima told reporters on Tuesday.

            Engineer Paul Okafor alleged last month that the steel had arrived late from abroad.

            “We fixed every fault the inspectors found before the opening,” said Okafor, a consultant for the city.

            Work on the bridge began on May 2, 2019 and the first cars crossed it on March 1, 2024.

            More than 50 workers joined the final phase of the construction.

            A number of factors will decide the opening day, the agency added.

            The National Audit Office will review the accounts of Baltic Steel Group and the Harbor Bridge Company.
            """;
    private static Quiz quiz;
    /** Every form of every fact: the bank keeps one form of each. */
    private static List<Question> made;

    @BeforeAll
    static void generate() {
        var facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        quiz = QuestionGenerator.generate(facts, 1, null, "bridge.txt");
        made = QuestionGenerator.candidates(facts, 1);
    }

    /** Every form the templates make of a small story's facts. */
    private static Quiz quizOf(String story, long seed) {
        return QuestionGenerator.generate(new FactExtractor().extract(ArticleParser.parse("t", story, Set.of())), seed,
                null, "t.txt");
    }

    private static List<Question> candidatesOf(String story) {
        return QuestionGenerator.candidates(new FactExtractor().extract(ArticleParser.parse("t", story, Set.of())), 3);
    }

    private static List<Question> of(String type, String kind) {
        return made.stream().filter(q -> q.type().equals(type) && q.kind().equals(kind)).toList();
    }

    @Test
    void anAmountSwappedForTrueOrFalseIsNeverOneTheArticleWouldStillMakeTrue() {
        assertThat(QuantityQuestions.alsoTrue("The firm sells hundreds of products", "hundreds", "dozens")).isTrue();
        assertThat(QuantityQuestions.alsoTrue("More than 50 people were hurt", "50", "40")).isTrue();
        assertThat(QuantityQuestions.alsoTrue("More than 50 people were hurt", "50", "70")).isFalse();
        assertThat(QuantityQuestions.alsoTrue("Turnout was under 80%", "80%", "90%")).isTrue();
        assertThat(QuantityQuestions.alsoTrue("Turnout was under 80%", "80%", "70%")).isFalse();
        assertThat(QuantityQuestions.alsoTrue("The storm destroyed 240 sheds", "240", "180")).isFalse();
        // through the generator: an order of size is never stated true or false
        assertThat(candidatesOf("Fair opens\n\nMonday, June 3, 2024\n\nThe Portmere fair included a large show floor"
                + " with hundreds of traders from the region.\n")).filteredOn(q -> q.type().equals("true_false")
                && q.kind().equals("quantity")).isEmpty();
    }

    @Test
    void noNameIsBlankedAsTheTailOfATitleOrInAFragment() {
        String story = """
                Harbour festival opens

                Monday, June 3, 2024

                The Harbour Trust opened the festival in Portmere on Saturday. Visitors toured Portmere's Gardens by the
                Quay before a concert by Ana Lima. The band played songs from the album Night on the Water. Not Lima.
                """;
        List<String> blanks = candidatesOf(story).stream().filter(q -> q.type().equals("fill_blank")
                && q.kind().equals("entity")).map(Question::prompt).toList();
        assertThat(blanks).isNotEmpty().noneMatch(p -> p.contains("by the _____") || p.contains("on the _____")
                || p.contains("Not _____"));
        assertThat(EntityQuestions.tailOfATitle("an actor on Buffy the _____.", "Vampire Slayer")).isTrue();
        assertThat(EntityQuestions.tailOfATitle("toured Portmere's Gardens by the _____.", "Quay")).isTrue();
        assertThat(EntityQuestions.tailOfATitle("said on Friday the _____ would act", "Senate")).isFalse();
        assertThat(EntityQuestions.tailOfATitle("from towns in Katwa in the _____, which", "Congo")).isFalse();
        // a month, a holiday, an addressee or a place before "the", or a body of several words after "by the"
        assertThat(EntityQuestions.tailOfATitle("In March the _____ approved a loan", "World Bank")).isFalse();
        assertThat(EntityQuestions.tailOfATitle("At Christmas the _____ closed", "Museum")).isFalse();
        assertThat(EntityQuestions.tailOfATitle("he told MPs the _____ had failed", "Treasury")).isFalse();
        assertThat(EntityQuestions.tailOfATitle("he was arrested in London by the _____", "Met")).isFalse();
        assertThat(EntityQuestions.tailOfATitle("awarded the Nobel Prize by the _____", "Nobel Committee")).isFalse();
        assertThat(EntityQuestions.tooShortToRead("Not _____.")).isTrue();
        assertThat(EntityQuestions.tooShortToRead("_____ led the research.")).isFalse();
        // the doer after "according to Reuters," is no side detail
        assertThat(EntityQuestions.sideBlank("According to Reuters, _____ plans to cut 5,000 jobs.")).isFalse();
    }

    @Test
    void theBankAsksEachFactOnceInOneForm() {
        // who said a quotation, typed or with choices or true or false, is one fact: a session's twenty ask it once
        List<Question> head = quiz.questions().subList(0, Math.min(20, quiz.questions().size()));
        var quoted = head.stream().filter(q -> q.kind().equals("quote") && !q.type().equals("matching"))
                .map(q -> q.evidence().get(0)).toList();
        assertThat(quoted).doesNotHaveDuplicates();
        assertThat(made.stream().filter(q -> q.kind().equals("quote") && !q.type().equals("matching"))
                .map(q -> q.evidence().get(0)).distinct().count()).isLessThan(made.stream()
                .filter(q -> q.kind().equals("quote") && !q.type().equals("matching")).count());
        // an amount asked with choices is not asked again typed
        var amounts = head.stream().filter(q -> q.answer() instanceof String
                && q.kind().equals("quantity")).map(q -> q.evidence().get(0) + "|" + q.answer()).toList();
        assertThat(amounts).doesNotHaveDuplicates();
    }

    @Test
    void aYearTheSentenceCallsThisYearIsNoWrongYear() {
        // "This year ... as there was in _____": the story's own year is ruled out by the sentence itself
        List<Question> made = candidatesOf("Lake levels recover\n\nMonday, August 26, 2019\n\n"
                + "The reservoir near Lisbon is full again. Engineer Ana Lima said: \"This year we have no drought, as"
                + " there was in 2012 and in 2005.\" Last year the town rationed water after the dry summer of 2017.\n");
        List<Question> years = made.stream().filter(q -> q.prompt().startsWith("Which date completes")
                && q.prompt().contains("This year")).toList();
        assertThat(years).isNotEmpty().allSatisfy(q -> assertThat(q.choices()).doesNotContain("2019")
                .hasSizeGreaterThanOrEqualTo(3));
        // "Last year" is the year before the story's
        assertThat(made).filteredOn(q -> q.prompt().startsWith("Which date completes")
                && q.prompt().contains("Last year")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.choices()).doesNotContain("2018"));
    }

    @Test
    void aPersonBlankedBeforeTheirRoleIsNoItemOfAList() {
        // "in Pakistan, _____, brother of ..." blanks the story's actor, not one of a list of places; the countries
        // of "Australia, Brazil, _____, Spain" stay unasked
        List<Question> made = candidatesOf("Court ruling\n\nMonday, September 30, 2026\n\n"
                + "On Friday in Pakistan, Omar Farid, brother of the singer Lina Farid, was sentenced to life in prison"
                + " by a court in Karachi. Omar Farid said he would appeal.\n\n"
                + "Arrests were also made in Australia, Brazil, Canada, Spain and Italy, police said.\n\n"
                + "Three plaintiffs, Pale Moana, Rosa Moana, and John Sefo, sued in 2018. Rosa Moana said she was glad.\n");
        assertThat(made).filteredOn(q -> q.type().equals("fill_blank")).extracting(Question::answer)
                .contains("Omar Farid").doesNotContain("Canada", "Brazil");
        // "Pale Moana, _____, and John Sefo": "and" after the comma is the list going on, not a role
        assertThat(made).filteredOn(q -> q.type().equals("fill_blank")).extracting(Question::prompt)
                .noneMatch(p -> p.contains(", _____, and"));
    }

    @Test
    void aClozeOfHeWasTellsWhomItSpeaksOfUnlessTheSentenceBeforeShowsTheAnswer() {
        List<Question> made = candidatesOf("Singer dies\n\nMonday, September 30, 2026\n\n"
                + "The singer Ana Lima died on Friday in Lisbon after a long illness. She was 81.\n\n"
                + "Her brother Tom Lima, born in 1950, lives in Porto. He was 76 on Sunday.\n");
        assertThat(made).filteredOn(q -> "81".equals(q.answer())).extracting(Question::prompt)
                .allMatch(p -> p.contains("“The singer Ana Lima died on Friday in Lisbon after a long illness. She was"
                        + " _____.”"))
                .anyMatch(p -> p.startsWith("Which amount completes this passage from the article?"));
        // a sentence before that names the answer stays out: it would give the question away
        List<Question> shown = candidatesOf("Singer dies\n\nMonday, September 30, 2026\n\n"
                + "The singer Ana Lima, who was 81, died on Friday in Lisbon. She was 81.\n");
        assertThat(shown).filteredOn(q -> q.prompt().contains("She was _____")).extracting(Question::prompt)
                .noneMatch(p -> p.contains("who was 81"));
    }

    @Test
    void whoSaidAQuote() {
        assertThat(of("multiple_choice", "quote")).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("Who said: “This bridge will change how people in our city travel to work”?");
            assertThat(q.answer()).isEqualTo("Tom Reyes");
            assertThat(q.choices()).hasSize(3).contains("Tom Reyes", "Ana Lima", "Paul Okafor");
        });
    }

    @Test
    void whoSaidIndirectSpeech() {
        assertThat(of("multiple_choice", "quote")).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("According to the article, who alleged that the steel had arrived late"
                    + " from abroad?");
            assertThat(q.answer()).isEqualTo("Paul Okafor");
        });
    }

    @Test
    void reportedSpeechReadsAsOneSentence() {
        assertThat(made).extracting(Question::prompt)
                .contains("According to the article, who added that a number of factors will decide the opening day?");
    }

    @Test
    void aShareAfterTheArticlesOwnBoundIsOfferedWithoutABoundOfItsOwn() {
        // "fell by almost _____": "almost about a quarter" reads as nothing; after "more than", only larger shares
        List<Question> made = candidatesOf("Vaccine trial\n\nThursday, September 10, 2026\n\n"
                + "Cases of severe malaria fell by almost half among the vaccinated children, the researchers said.\n\n"
                + "More than half of the families used bed nets, a survey found.\n");
        assertThat(made).filteredOn(q -> q.kind().equals("quantity") && q.type().equals("multiple_choice"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.choices()).noneMatch(c -> c.matches("(about|nearly|less than) .*")));
    }

    @Test
    void trueFalseSwapsTheSpeakerAndStoresTheKey() {
        assertThat(of("true_false", "quote")).isNotEmpty().allSatisfy(q -> {
            assertThat(q.prompt()).startsWith("True or false: ").doesNotContain(" not ");
            assertThat(q.choices()).containsExactly("True", "False");
            assertThat(q.answer()).isInstanceOf(Boolean.class);
        });
    }

    @Test
    void typedNameWithItsVariants() {
        assertThat(of("short_answer", "quote")).anySatisfy(q -> {
            assertThat(q.prompt()).startsWith("Type the name of the person who said: “");
            assertThat(q.accept()).contains("Reyes");
        });
    }

    @Test
    void matchingPairsQuotesWithSpeakers() {
        assertThat(of("matching", "quote")).singleElement().satisfies(q -> {
            assertThat(q.prompt()).startsWith("Match each quote to its speaker:");
            assertThat((List<?>) q.answer()).hasSizeBetween(3, 5);
        });
    }

    @Test
    void whichDateCompletesASentence() {
        assertThat(of("multiple_choice", "date")).anySatisfy(q -> {
            assertThat(q.prompt()).contains("“Work on the bridge began on _____ and the first cars");
            assertThat(q.answer()).isEqualTo("May 2, 2019");
            assertThat(q.choices()).allMatch(c -> c.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}"));
        });
    }

    @Test
    void aWeekdayIsReadInItsSentenceAndItsChoicesCarryTheirDates() {
        // "Which date does 'on Monday' refer to?" was arithmetic from the dateline; the day is read instead
        assertThat(of("multiple_choice", "date")).noneSatisfy(q -> assertThat(q.prompt()).contains("“on Monday” refer to?"));
        assertThat(of("multiple_choice", "date")).anySatisfy(q -> {
            assertThat(q.prompt()).contains("Which day completes this sentence from the article? “Mayor Tom Reyes said"
                    + " on _____ that");
            assertThat(q.answer()).isEqualTo("Monday, March 11, 2024");
            // other weekdays of that week, none after the story's date (Wednesday, March 13)
            assertThat(q.choices()).hasSize(4).doesNotHaveDuplicates()
                    .allMatch(c -> c.matches("(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day, March \\d{1,2}, 2024"))
                    .noneMatch(c -> c.startsWith("Monday") && !c.equals("Monday, March 11, 2024"))
                    .noneMatch(c -> c.matches(".*March (1[4-9]|2\\d), 2024"));
        });
    }

    @Test
    void aWeekdayThatDatesAFigureIsNotAsked() {
        // "As of Monday evening, ... winds of 30 miles per hour": when a figure was read, not an event of the story
        String story = "Storm nears coast\n\nTuesday, July 23, 2024\n\n"
                + "As of Monday evening, the hurricane center reported winds of 30 miles per hour near the island.\n\n"
                + "On Monday, the storm destroyed the harbor wall at Port Sala.\n";
        assertThat(candidatesOf(story)).filteredOn(q -> q.kind().equals("date"))
                .noneMatch(q -> q.evidence().get(0).startsWith("As of Monday"))
                // the same day told of an event in another sentence is still asked
                .anyMatch(q -> q.evidence().get(0).startsWith("On Monday, the storm destroyed"));
    }

    @Test
    void aSentenceWithTwoWeekdaysKeepsTheDateQuestion() {
        // "on _____ ... on Friday": a blank among two weekdays would ask which of them
        String story = "Bridge shut\n\nWednesday, March 13, 2024\n\n"
                + "The Harbor Bridge closed on Monday for repairs and will reopen on Friday, Mayor Tom Reyes said.\n";
        assertThat(candidatesOf(story)).noneMatch(q -> q.prompt().startsWith("Which day completes"))
                .anyMatch(q -> q.prompt().contains("Which date does “on Monday” refer to?"));
        assertThat(WeekdayQuestion.wrongDays(java.time.LocalDate.of(2024, 3, 11), java.time.LocalDate.of(2024, 3, 11)))
                .containsExactly("Sunday, March 10, 2024", "Saturday, March 9, 2024", "Friday, March 8, 2024");
    }

    @Test
    void orderingPutsDatedEventsInTimeOrder() {
        assertThat(of("ordering", "date")).singleElement().satisfies(q -> {
            List<?> answer = (List<?>) q.answer();
            assertThat(answer).hasSizeBetween(3, 5);
            assertThat(answer.get(0).toString()).startsWith("Work on the bridge began");
        });
    }

    /** Three dated events of one storm, in order: the ordering tests add one event that must not be an item. */
    private static final String STORM_DAYS = "The storm formed off the coast on Saturday, July 20, the weather service"
            + " said.\n\nIt struck the island of Sala on Sunday, July 21, with winds of 60 mph.\n\n"
            + "Rescue crews reached the island on Monday, July 22, and found no one hurt.\n\n";

    @Test
    void anEventForetoldHasNoPlaceInAnOrderOfEvents() {
        String story = "Storm weakens\n\nTuesday, July 23, 2024\n\n" + STORM_DAYS
                + "It was forecast to dissipate by Wednesday, July 24, according to the weather service.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.type().equals("ordering")).singleElement()
                .satisfies(q -> assertThat(q.prompt()).doesNotContain("dissipate"));
        // nor a state's bound: schools closed "until Friday" were closed when the statement was made
        List<Question> bounded = candidatesOf("Storm weakens\n\nTuesday, July 23, 2024\n\n" + STORM_DAYS
                + "The agency said schools on the island would stay closed until Friday, July 26.\n");
        assertThat(bounded).filteredOn(q -> q.type().equals("ordering")).singleElement()
                .satisfies(q -> assertThat(q.prompt()).doesNotContain("schools"));
    }

    @Test
    void anEventWhoseDateBelongsToAnotherClauseHasNoPlaceInAnOrderOfEvents() {
        // a subordinate clause's date, and what a participle describes ("confirms a report published in the
        // Journal on Sunday": Sunday is the report's, not the confirming's)
        for (String other : List.of("The insurer said in a filing that its inquiry started after the owners told it"
                + " of the damage on July 19.", "The insurer's statement confirms a report published in the Harbour"
                + " Journal on July 19.")) {
            String story = "Carmaker investigated\n\nTuesday, July 23, 2024\n\n" + STORM_DAYS + other + "\n";
            List<Question> made = candidatesOf(story);
            assertThat(made).filteredOn(q -> q.type().equals("ordering")).singleElement()
                    .satisfies(q -> assertThat(q.prompt()).doesNotContain("insurer"));
        }
    }

    @Test
    void twoEventsToldInTheSameWordsAreNotTwoItemsToOrder() {
        String repeated = "The employees were reportedly concerned about the tests at the plant";
        String story = "Plant inquiry\n\nTuesday, July 23, 2024\n\n"
                + repeated + " on Saturday, July 20, the union said.\n\n"
                + repeated + " on Sunday, July 21, the union said.\n\n"
                + "Rescue crews reached the island on Monday, July 22, and found no one hurt.\n\n"
                + "The storm formed off the coast on Friday, July 19, the weather service said.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.type().equals("ordering"))
                .allSatisfy(q -> assertThat(q.choices()).doesNotHaveDuplicates());
    }

    @Test
    void whichAmountAndTypedNumbers() {
        assertThat(of("multiple_choice", "quantity")).anySatisfy(q -> {
            assertThat(q.prompt()).contains("from _____ to a few dozen");
            assertThat(q.answer()).isEqualTo("1,000");
        });
        assertThat(of("multiple_choice", "quantity")).anySatisfy(q -> assertThat(q.answer()).isEqualTo("a few dozen"));
        assertThat(of("numeric", "quantity")).anySatisfy(q -> {
            assertThat(q.answer()).isEqualTo("1,000");
            assertThat(q.accept()).contains("1000");
            assertThat(q.tolerance()).isEqualTo(0.0);
        });
    }

    @Test
    void whoIsDescribedAs() {
        assertThat(of("multiple_choice", "entity")).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("Which organisation does the article describe as “a public transport agency”?");
            assertThat(q.answer()).isEqualTo("Regional Transit Authority");
        });
    }

    @Test
    void anAcronymIsSpeltOutOnlyWhenTheStoryIsAboutIt() {
        // spelling out an agency's initials in passing is trivia
        assertThat(of("short_answer", "entity")).noneMatch(q -> q.prompt().contains("stand for"));
        String about = "RTA fined over bridge delay\n\nWednesday, March 13, 2024\n\n"
                + "The Regional Transit Authority (RTA) was fined US$2 million on Tuesday for the delay.\n\n"
                + "The RTA said it would appeal.\n";
        Quiz q = QuestionGenerator.generate(new FactExtractor().extract(ArticleParser.parse("t", about, Set.of())),
                7, null, "t.txt");
        assertThat(q.questions()).anySatisfy(x -> {
            assertThat(x.prompt()).isEqualTo("In the article, what does “RTA” stand for?");
            assertThat(x.answer()).isEqualTo("Regional Transit Authority");
        });
    }

    @Test
    void whoDidWhat() {
        assertThat(of("multiple_choice", "event")).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("Who criticised the delay, according to the article?");
            assertThat(q.answer()).isEqualTo("Ana Lima");
        });
    }

    @Test
    void theStorysOwnWordForAThingIsAskedWhereItIsGiven() {
        // "the piers, or moles," then "the moles" throughout: a reader of the story must know the word; a plain
        // restatement never used on its own ("the draft, or military conscription," twice) and a list are no such word
        String story = "Divers map ancient harbour walls\n\nMonday, June 3, 2024\n\n"
                + "Divers from the university mapped the harbour's stone piers, or moles, over three summers. "
                + "The moles were built to shelter fishing boats from winter storms.\n\n"
                + "Most of the moles have sunk by about two metres since they were built, the team said.\n\n"
                + "The survey also covered the draft, or military conscription, records of the town, and the"
                + " draft, or military conscription, of sailors. "
                + "Visitors may choose the red, the green, or blue tickets. Staff take the bus, or walk, to the"
                + " harbour, and many walk.\n";
        Quiz q = quizOf(story, 7);
        assertThat(q.questions()).filteredOn(x -> x.prompt().startsWith("What other name"))
                .singleElement().satisfies(x -> {
                    assertThat(x.prompt()).isEqualTo("What other name does the article give to “the harbour's stone"
                            + " piers”?");
                    assertThat(x.answer()).isEqualTo("moles");
                });
    }

    @Test
    void whoDidWhatNeverOffersAnotherWhoDidItToo() {
        // the deed told of two people in one sentence and of one in the next: the other is a second right answer
        String story = "Council backs harbour plan\n\nWednesday, March 13, 2024\n\n"
                + "Mayor Ana Lima proposed a new harbour wall on Monday. "
                + "The proposal was quickly backed by Councillor Rui Costa and Councillor Marta Sousa.\n\n"
                + "Councillor Rui Costa backed Lima's proposal at the evening session.\n\n"
                + "Councillor Paulo Reis opposed the wall, citing its cost. Councillor Joana Pires abstained.\n\n"
                + "Councillor Joana Pires said she was surprised that the proposal was backed so fast.\n\n"
                + "Councillor Ana Silva, along with Councillor Tiago Neves, backed Lima's proposal as well.\n";
        // (the form made; a bank asks it only where no other question asks its sentence)
        assertThat(QuestionGenerator.candidates(new FactExtractor().extract(ArticleParser.parse("t", story, Set.of())),
                7)).filteredOn(x -> x.prompt().startsWith("Who backed Lima's proposal at the evening"))
                .isNotEmpty().allSatisfy(x -> {
                    assertThat(x.answer()).isEqualTo("Rui Costa");
                    // a councillor named beside the verb without doing it stays a wrong answer
                    assertThat(x.choices()).doesNotContain("Marta Sousa", "Tiago Neves").contains("Joana Pires",
                            "Paulo Reis");
                    // nor the one the question names: "Who backed Lima's proposal?" is never Lima
                    assertThat(x.choices()).doesNotContain("Ana Lima");
                });
    }

    @Test
    void noQuestionGivesItsAnswerAway() {
        for (Question q : quiz.questions()) {
            if (!q.type().equals("matching") && !q.type().equals("ordering") && !q.type().equals("true_false")) {
                assertThat(q.prompt()).as(q.prompt()).doesNotContain(String.valueOf(q.answer()));
            }
        }
    }

    @Test
    void anAmountIsAlsoStatedTrueOrFalseOnceASentence() {
        List<Question> statements = of("true_false", "quantity");
        assertThat(statements).isNotEmpty().allSatisfy(q -> {
            assertThat(q.prompt()).startsWith("True or false, according to the article: ");
            assertThat(q.choices()).containsExactly("True", "False");
        });
        assertThat(statements.stream().map(q -> q.evidence().get(0)).toList()).doesNotHaveDuplicates();
        // a false statement carries a wrong amount in the answer's form, so the article plainly contradicts it
        assertThat(statements).filteredOn(q -> q.answer().equals(false)).allSatisfy(q ->
                assertThat(q.prompt()).doesNotContain(q.evidence().get(0).replaceAll("[.]$", "")));
    }

    @Test
    void theMatchingOfAllQuotationsComesAfterEveryQuestionOnItsOwn() {
        List<Question> bank = quiz.questions();
        int matching = bank.indexOf(bank.stream().filter(q -> q.type().equals("matching")).findFirst().orElseThrow());
        assertThat(matching).isGreaterThanOrEqualTo(Math.min(20, bank.size() - 1));
        // every quotation is asked on its own before the matching asks them all at once
        var quoted = bank.stream().filter(q -> q.kind().equals("quote") && !q.type().equals("matching"))
                .map(q -> q.evidence().get(0)).distinct().toList();
        assertThat(bank.subList(0, matching)).extracting(q -> q.evidence().get(0)).containsAll(quoted);
    }

    @Test
    void theYearOfPublicationIsNotAsked() {
        String story = "Runner wins city marathon\n\nMonday, October 14, 2024\n\n"
                + "Ann Okoro of Kenya won the 2024 City Marathon on Sunday in a course record of 2:18:04.\n\n"
                + "The race was first held in 1977 and now draws 40,000 runners.\n";
        Quiz q = quizOf(story, 3);
        assertThat(q.questions()).filteredOn(x -> x.kind().equals("date")).extracting(Question::answer)
                .doesNotContain("2024").contains("1977");
    }

    @Test
    void aPluralGroupIsNoOrganisationThatActs() {
        String story = "Budget talks stall\n\nMonday, October 14, 2024\n\n"
                + "Senators resumed debate on Saturday on a temporary spending bill that would fund the government"
                + " through March 8.\n\n"
                + "Senate Democrats and the White House traded blame for the shutdown.\n\n"
                + "Senators marked the first day of the shutdown shuttling among each others' offices.\n\n"
                + "The Treasury Department said the money would last until March.\n";
        Quiz q = quizOf(story, 3);
        assertThat(q.questions()).extracting(Question::answer).doesNotContain("Senators");
    }

    @Test
    void aNameAndItsInitialsAreOneBlankAndAListItemIsNone() {
        String story = "Party founder honoured\n\nMonday, October 14, 2024\n\n"
                + "Ruth Banda co-founded the National Farmers Union (NFU) to defend small growers in 1988.\n\n"
                + "Delegates came from Malawi, Zambia, Kenya and Uganda to the ceremony.\n\n"
                + "The NFU said Banda had changed farming in the region.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.type().equals("fill_blank")).extracting(Question::prompt)
                .noneMatch(p -> p.contains("_____ (_____)"))
                .noneMatch(p -> p.contains("Malawi, _____") || p.contains(", _____,") || p.contains("and _____ to"));
        assertThat(made).anySatisfy(q -> {
            assertThat(q.prompt()).contains("co-founded the _____ to defend small growers");
            assertThat(q.answer()).isEqualTo("National Farmers Union");
        });
    }

    @Test
    void aDescriptionsOwnNameIsNoWrongChoice() {
        String story = "Treasurer jailed for fraud\n\nFriday, March 15, 2024\n\n"
                + "Former union treasurer Martin Oakes was jailed for six years on Thursday for stealing pension money.\n\n"
                + "Oakes's lawyer, Denise Farrow, had asked for leniency because her client was ill. Judge Eleanor"
                + " Whitcombe said the theft was cruel.\n\n"
                + "Union president Gloria Ndiaye said members wanted their money back. Prosecutor Raymond Kessler"
                + " said the sentence was fair. Oakes said nothing.\n";
        assertThat(candidatesOf(story)).filteredOn(q -> q.prompt().contains("“Oakes's lawyer”")).allSatisfy(q -> {
            assertThat(q.answer()).isEqualTo("Denise Farrow");
            assertThat(q.choices()).doesNotContain("Martin Oakes");
        }).isNotEmpty();
    }

    @Test
    void aLongLeadSentenceStillGivesItsNamesBlanks() {
        // a Wikinews lead often runs past 300 characters; the blank's prompt is cut to its clause anyway
        String lead = "In two studies presented on Monday at the annual meeting of the Northern Society for Marine"
                + " Biology in Port Arlen, a coastal city in the south of the country, researchers have disclosed new"
                + " steps toward using natural adhesives made by a common sea snail in medical applications such as"
                + " closing skin wounds and reducing scarring after surgery.";
        assertThat(lead.length()).isBetween(301, 450);
        String story = "Snail glue may close wounds\n\nMonday, October 14, 2024\n\n" + lead + "\n\n"
                + "The researchers said the glue worked in wet tissue.\n";
        assertThat(candidatesOf(story)).filteredOn(q -> q.type().equals("fill_blank")).extracting(Question::answer)
                .contains("Port Arlen");
    }

    @Test
    void aPeopleNamedAfterAPlaceGivesThePlaceAway() {
        String story = "Joint team names new element\n\nMonday, October 14, 2024\n\n"
                + "A Russian-American team of 12 scientists made the element in a laboratory near the capital.\n\n"
                + "The team's earlier work in Russia had been funded by the state for a decade.\n\n"
                + "Professor Lena Marsh said the element lasts less than a second.\n";
        Quiz q = quizOf(story, 3);
        // the blank on Russia outranks the one on the professor, but waits behind it: another prompt gives it away
        List<Object> answers = q.questions().stream().map(Question::answer).toList();
        assertThat(answers).contains("12", "Russia", "Lena Marsh");
        assertThat(answers.indexOf("Russia")).isGreaterThan(answers.indexOf("Lena Marsh"));
    }

    @Test
    void aBoundOrRoughAmountIsNeverStatedFalse() {
        // "more than ten" would be true of "more than twenty": no false statement can be made of a bound
        String story = "Boats rescue migrants\n\nMonday, October 14, 2024\n\n"
                + "Coast guards rescued more than twenty people from a sinking boat off the island on Sunday.\n\n"
                + "The boat had left the port of Sala with 31 people on board, the coast guard said.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.type().equals("true_false") && q.kind().equals("quantity"))
                .noneMatch(q -> q.prompt().contains("more than"));
    }

    @Test
    void aBoundStaysInTheSentenceAndTheBlankAsksTheAmount() {
        // "under two" among "three" and "four" stands out, and "under three" would be true as well
        String story = "Runner breaks record\n\nMonday, October 14, 2024\n\n"
                + "Ana Lima ran the mountain course in under three hours on Sunday, a record for the race.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.kind().equals("quantity") && q.type().equals("multiple_choice"))
                .singleElement().satisfies(q -> {
                    assertThat(q.prompt()).contains("in under _____ hours");
                    assertThat(q.answer()).isEqualTo("three");
                    assertThat(q.choices()).noneMatch(c -> c.startsWith("under"));
                    // what would give it away is "under three", not any "three" of another sentence
                    assertThat(QuantityQuestions.asWritten(q.prompt(), "three")).isEqualTo("under three");
                });
    }

    @Test
    void anAmountInAQuotationsUnmarkedSentenceIsTheSpeakersAndNotAsked() {
        // "But these are all jobs ..." is the mayor's, though it carries no marks of its own
        String story = "Town pays jobless to leave\n\nMonday, October 14, 2024\n\n"
                + "The mayor said the scheme was working. “The work I can offer is short. I can have a square cleaned."
                + " But these are all jobs that pay 300 euros for six months. I want more for them.”\n\n"
                + "The council paid 40 residents to move abroad last year.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.type().equals("true_false") && q.kind().equals("quantity"))
                .isNotEmpty().noneMatch(q -> q.prompt().contains("euros") || q.prompt().contains("months"));
        // nor a cloze: the amount is the speaker's, as one inside marks is (teachers took 1 of 5 such)
        assertThat(made).filteredOn(q -> q.kind().equals("quantity")).isNotEmpty()
                .noneMatch(q -> q.prompt().contains("euros") || q.prompt().contains("months"));
        // but the narrator's amount after the closing mark, and after a title closing on a digit, is asked
        List<Question> after = candidatesOf("Pit closes\n\nMonday, October 14, 2024\n\n“We lost the pit. It is sad,”"
                + " Hall said, adding that 8,300 miners had left. The firm launched its \"Vision 2030\" plan. The fund"
                + " has spent 7,400 dollars on each school.\n");
        assertThat(after).filteredOn(q -> q.kind().equals("quantity")).extracting(q -> String.valueOf(q.answer()))
                .contains("8,300", "7,400");
        // in single marks, British style, the quotation's paragraph is the speaker's
        List<Question> single = candidatesOf("Steel plant to close\n\nMonday, October 14, 2024\n\n"
                + "‘It is a sad day for the town. We lost 40 jobs last year. The plant made 12,000 tonnes of steel in"
                + " May,’ said union leader Dan Brook.\n\nThe council paid 40 workers to retrain last year.\n");
        assertThat(single).filteredOn(q -> q.type().equals("true_false") && q.kind().equals("quantity"))
                .noneMatch(q -> q.prompt().contains("jobs") || q.prompt().contains("tonnes"));
    }

    @Test
    void aCountOfPeopleOrASumOfMoneyRanksAboveACountOfThingsOfTheSameSentence() {
        // teachers took 118 of 139 counts of people and sums of money or votes, 76 of 145 counts of things
        String story = "Storm hits coast\n\nMonday, October 14, 2024\n\n"
                + "The storm destroyed 240 sheds and 130 boats, forced 900 residents from their homes and caused "
                + "damage worth 45 million euros.\n";
        List<Question> amounts = candidatesOf(story).stream().filter(q -> q.kind().equals("quantity")
                && q.type().equals("multiple_choice")).toList();
        double sheds = rankOf(amounts, "240");
        // how many a hall seats, what a team won or received, are no count of people or votes; a toll is
        assertThat(QuantityQuestions.countsWhatNewsIsAbout(amount("200", "count", "people",
                "The chapel, which seats 200 people, was full."))).isFalse();
        assertThat(QuantityQuestions.countsWhatNewsIsAbout(amount("9", "votes", "titles",
                "She has won 9 titles."))).isFalse();
        assertThat(QuantityQuestions.countsWhatNewsIsAbout(amount("192", "votes", "",
                "McCarthy received 192."))).isTrue();
        assertThat(QuantityQuestions.countsWhatNewsIsAbout(amount("312", "count", "",
                "By Sunday the death toll had reached 312."))).isTrue();
        assertThat(rankOf(amounts, "900")).isGreaterThan(sheds);
        assertThat(rankOf(amounts, "45 million")).isGreaterThan(sheds);
        assertThat(rankOf(amounts, "130")).isEqualTo(sheds);
    }

    @Test
    void aRunnerUpsRaceTimeIsMinorAndTheWinnersIsNot() {
        assertThat(QuantityQuestions.runnersUpTime(amount("2:20:51", "duration", "", "Second and third place went to"
                + " Bea Cruz and Cara Diaz, with times of 2:20:51 and 2:20:55."))).isTrue();
        assertThat(QuantityQuestions.runnersUpTime(amount("2:14:04", "duration", "", "Ana Lima won in 2:14:04,"
                + " followed by Bea Cruz in 2:20:51."))).isFalse();
        assertThat(QuantityQuestions.runnersUpTime(amount("2:20:51", "duration", "", "Ana Lima won in 2:14:04,"
                + " followed by Bea Cruz in 2:20:51."))).isTrue();
        List<Question> race = candidatesOf("Marathon record\n\nMonday, October 14, 2024\n\nAna Lima won the race in"
                + " 2:14:04. Second and third place went to Bea Cruz and Cara Diaz, with times of 2:20:51 and 2:20:55."
                + "\n");
        assertThat(rankOf(race, "2:14:04")).isGreaterThan(rankOf(race, "2:20:51"));
        // a winner's sentence with a place word in it is no runner-up's
        assertThat(QuantityQuestions.runnersUpTime(amount("2:00:35", "duration", "", "Kiptum won his second Chicago"
                + " title in 2:00:35."))).isFalse();
        assertThat(QuantityQuestions.runnersUpTime(amount("2:02:42", "duration", "", "Kipton beat the second-placed"
                + " runner with 2:02:42."))).isFalse();
    }

    private static newsquiz.facts.Quantity amount(String mention, String unit, String counts, String sentence) {
        return new newsquiz.facts.Quantity(mention, mention, "", unit, counts, null,
                new newsquiz.facts.Evidence(List.of(sentence), List.of(new int[] {0, sentence.length()})));
    }

    private static double rankOf(List<Question> questions, String answer) {
        return questions.stream().filter(q -> answer.equals(q.answer())).findFirst().orElseThrow().rank();
    }

    @Test
    void aNumberedHeadingASmallRangeAndAnAmountRestatedInBracketsAskNothing() {
        String story = "Ten facts about flying\n\nMonday, October 14, 2024\n\n13 Needle in a haystack\n\n"
                + "Planes wait two or three minutes between take-offs, because wingtips leave vortices in the air.\n\n"
                + "A jumbo jet burns 150 tonnes of fuel on a long flight, the airline said.\n\n"
                + "The plane landed at 9:54 a.m. (1354 UTC) on Sunday, after a flight of 11 hours.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.kind().equals("quantity")).isNotEmpty()
                .noneMatch(q -> q.prompt().contains("Needle") || q.prompt().contains("or _____")
                        || q.prompt().contains("_____ or") || q.prompt().contains("(_____ UTC)"));
        // the time asked with its other clock beside it is given away by arithmetic, and so is a false one
        assertThat(made).filteredOn(q -> "9:54 a.m.".equals(q.answer())).isNotEmpty()
                .noneMatch(q -> q.prompt().contains("1354"));
        assertThat(made).noneMatch(q -> q.prompt().contains("(1354 UTC)") && !q.prompt().contains("9:54 a.m."));
    }

    @Test
    void aCountOfWhatTheSentenceListsAndAFusedShareAskNothing() {
        String story = "Crew named\n\nMonday, October 14, 2024\n\n"
                + "The agency has selected two pilots, Ana Lima and Bo Chan, for the first flight next spring.\n\n"
                + "The council is considering three names for the bridge: Harbour Way, Tide Gate and North Span.\n\n"
                + "The motion failed to get the two-thirds majority it needed, and 40 members voted against it.\n\n"
                + "The agency has hired 40 engineers for the project, officials said on Sunday.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.kind().equals("quantity")).isNotEmpty()
                .noneMatch(q -> q.prompt().contains("_____ pilots") || q.prompt().contains("_____ names")
                        || q.prompt().contains("_____-thirds"));
        assertThat(QuantityQuestions.countsItsList("He was chasing _____ records: the fastest fall; the highest jump; "
                + "the longest flight; and the largest balloon.", "four")).isTrue();
        assertThat(QuantityQuestions.countsItsList("The _____ men, Ana Lima and Bo Chan, were freed.", "three")).isFalse();
        assertThat(QuantityQuestions.countsItsList("Rescuers found _____ people, and officials said more were missing.",
                "two")).isFalse();
    }

    @Test
    void theSameNumberCountingSomethingElseIsLeftOut() {
        // "The 22-mile journey took 22 minutes": blanking both asks nothing; the minutes are asked, the miles left out
        assertThat(QuantityQuestions.otherUsesLeftOut("The 22-mile (35-km) journey took 22 minutes in all.", "22",
                "minutes")).isEqualTo("The […] (35-km) journey took 22 minutes in all.");
        // a score is one thing: "a 2–2 draw" is never cut in two
        assertThat(QuantityQuestions.otherUsesLeftOut("They won after a 2–2 draw and 2 penalties.", "2", "penalties"))
                .isEqualTo("They won after a 2–2 draw and 2 penalties.");
        // a day of a month and a flight's number are no counts: "On May 22, 22 people were hurt" is left whole
        assertThat(QuantityQuestions.otherUsesLeftOut("On May 22, 22 people were hurt.", "22", "people"))
                .isEqualTo("On May 22, 22 people were hurt.");
        assertThat(QuantityQuestions.otherUsesLeftOut("Flight 17 had 17 crew on board.", "17", "crew"))
                .isEqualTo("Flight 17 had 17 crew on board.");
    }

    @Test
    void anOrdinalIsNoShareOfAWhole() {
        String story = "Bees count\n\nMonday, October 14, 2024\n\n"
                + "Accuracy fell sharply when the feeder was placed after the fifth marker, the researchers said.\n\n"
                + "In the first half of the year, the hives lost more bees than ever, the beekeepers said.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> "fifth".equals(q.answer()) && q.type().equals("multiple_choice"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.choices()).noneMatch(c -> c.matches("half|quarter|tenth")));
        assertThat(made).filteredOn(q -> "half".equals(q.answer()) && q.type().equals("multiple_choice"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.choices()).noneMatch(c -> c.startsWith("about ")));
    }

    @Test
    void aClockRestatedInBracketsAndANumberFusedToNoUnitAreNotAsked() {
        String story = "Inventor crosses\n\nMonday, August 5, 2024\n\n"
                + "The flight started at 8:17 a.m. local time (0617 UTC) in Calais and took 22 minutes, its team said.\n\n"
                + "She then analysed the three-dimensional structures of the proteins in the glue, the study said.\n\n"
                + "The team planned a five-day trip to the coast after the flight, officials said.\n\n"
                + "The machine weighed about ten lbs (five kg) and flew at about 90 mph, its makers said.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.kind().equals("quantity"))
                .noneMatch(q -> q.prompt().contains("(_____ UTC)") || q.prompt().contains("_____-dimensional")
                        || q.prompt().contains("(_____ kg)"))
                .anyMatch(q -> q.prompt().contains("_____-day") || q.prompt().contains("a _____ trip"));
        assertThat(QuantityQuestions.setPhrase("the _____-letter symbols")).isTrue();
        // "About 40" opened its sentence: the feedback says "about 40"
        List<Question> about = candidatesOf("Fines\n\nMonday, October 14, 2024\n\n"
                + "About 40 musicians had been fined under the ban, the court said.\n");
        assertThat(about).filteredOn(q -> q.kind().equals("quantity")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.explanation()).doesNotContain("About"));
        assertThat(QuantityQuestions.setPhrase("a _____-member board")).isFalse();
        // the half of a mixed amount; not an amount after "and a"
        assertThat(QuantityQuestions.halfOfAMixedAmount("she had walked for an hour and a _____ to get there", "half"))
                .isTrue();
        assertThat(QuantityQuestions.halfOfAMixedAmount("record sales and a _____ rise in profit", "12%")).isFalse();
        assertThat(QuantityQuestions.setPhrase("four goals and _____ assists")).isFalse();
        // "half a mile": a distance written as a share; "nearly all a mile" does not read
        assertThat(QuantityQuestions.shareOfAUnit("half", "the nearest house was _____ a mile away")).isTrue();
        assertThat(QuantityQuestions.shareOfAUnit("a third", "_____ of an hour later")).isTrue();
        assertThat(QuantityQuestions.shareOfAUnit("half", "_____ of the voters stayed home")).isFalse();
        assertThat(QuantityQuestions.shareOfAUnit("$150 million", "saves _____ a year")).isFalse();

    }

    @Test
    void onlyASurelyNamedBodyIsAskedAsAnOrganisation() {
        var facts = new FactExtractor().extract(ArticleParser.parse("t", "Port closes\n\nMonday, October 14, 2024\n\n"
                + "The Harbour Authority said the port would close for a week.\n", Set.of()));
        ArticleNames names = new ArticleNames(facts);
        assertThat(names.isBody("Harbour Authority")).isTrue();
        assertThat(names.isBody("the family")).isTrue();
        // a first name the article could not type ("Maria, 45, a former user") is nobody's organisation
        assertThat(names.isBody("Maria")).isFalse();
    }

    @Test
    void anotherClockAShareOfANumberAndADayOfAMonthAreNoAmountsToAsk() {
        String story = "Power cut\n\nMonday, October 14, 2024\n\n"
                + "At midnight local time (0700 UTC), the utility cut power to 800,000 customers, it said.\n\n"
                + "By noon today over half a million could be without power, the utility said.\n\n"
                + "On Tuesday 8th April, 2014, she decided to open the bottle, her daughter said.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.kind().equals("quantity")).isNotEmpty()
                .noneMatch(q -> q.prompt().contains("(_____ UTC)") || q.prompt().contains("_____ a million")
                        || q.prompt().contains("_____ April"));
        // a wiki's language tag, a hashtag, a sign-off: markup, not the story
        assertThat(EntityQuestions.markupBlank("((es))_____ language: ‍[S]e confirma")).isTrue();
        assertThat(EntityQuestions.markupBlank("“_____ #Imus\".”")).isTrue();
        assertThat(EntityQuestions.markupBlank("_____ said the talks would go on.")).isFalse();
    }

    @Test
    void aPartOfAWholeIsAskedWithSmallerAmounts() {
        // the wrong amounts made for 36 are mostly above the whole, 40: smaller ones of the key's form take their place
        var facts = new FactExtractor().extract(ArticleParser.parse("t", "Flood hits"
                + " valley\n\nMonday, October 14, 2024\n\nThe flood killed at least 40 people, including 36 children,"
                + " officials said.\n", Set.of()));
        Question part = QuestionGenerator.candidates(facts, 1).stream().filter(q -> "36".equals(q.answer())
                && q.type().equals("multiple_choice")).findFirst().orElseThrow();
        assertThat(part.choices()).hasSize(4).allMatch(c -> Integer.parseInt(c) < 40);
    }

    @Test
    void wrongAmountsTheSentenceItselfRulesOutAreNotOffered() {
        // a whole smaller than its part, the low end of a range above its high end, the high end below its low end
        assertThat(QuantityQuestions.possible("Eleven of the _____ victims were children.", List.of("9", "14", "22")))
                .containsExactly("14", "22");
        // a part below the whole the sentence counts before it, an aside between them; no year is a whole
        assertThat(QuantityQuestions.possible("the flood killed at least 40, including, officials said, _____ children",
                "31", List.of("25", "45", "60"))).containsExactly("25");
        assertThat(QuantityQuestions.possible("in 2019, including _____ children", "31", List.of("25", "45")))
                .containsExactly("25", "45");
        // nor a day of a month, a span of time, "no one", or a number smaller than the key
        for (String notAWhole : List.of("have died since 1 January, including _____ children",
                "were killed in the past 24 hours, including _____ children", "No one, including _____ officials",
                "killed 12 people, including _____ children")) {
            assertThat(QuantityQuestions.possible(notAWhole, "31", List.of("25", "45"))).as(notAWhole)
                    .containsExactly("25", "45");
        }
        // "more than _____ victims" (twenty): "more than eighteen" is true too
        assertThat(QuantityQuestions.possible("more than _____ active victims were rescued", "twenty",
                List.of("seventeen", "eighteen", "forty"))).containsExactly("forty");
        assertThat(QuantityQuestions.possible("at least _____ people were hurt", "40", List.of("30", "55", "80")))
                .containsExactly("55", "80");
        // and a lower bound left with too few gets larger ones of the key's form: a share below 100, a count
        assertThat(QuantityQuestions.above("80%", List.of())).containsExactly("85%", "90%", "95%");
        // "no more than _____" is an upper bound: only smaller wrong amounts ("no more than 12,000" is true too),
        // and one left short gets smaller ones of the key's form
        assertThat(QuantityQuestions.possible("income must be no more than _____ a year", "9,000",
                List.of("6,000", "12,000"))).containsExactly("6,000");
        assertThat(QuantityQuestions.below("three", List.of())).containsExactly("two", "one");
        assertThat(QuantityQuestions.below("40%", List.of("50%"))).containsExactly("50%", "35%", "30%", "25%");
        assertThat(QuantityQuestions.above("1,200", List.of("2,400"))).containsExactly("2,400", "1,800", "3,600");
        assertThat(QuantityQuestions.possible("a death rate of only _____ to 11% when treated early",
                List.of("3%", "12%", "9%"))).containsExactly("3%", "9%");
        assertThat(QuantityQuestions.possible("rates between 25% and _____ in past outbreaks", List.of("12%", "40%")))
                .containsExactly("40%");
        // a range's end with its scale word, and a part with no article before the whole
        assertThat(QuantityQuestions.possible("would cost between 25 million and _____ euros",
                List.of("10 million", "20 million", "40 million", "30 million")))
                .containsExactly("40 million", "30 million");
        // a scale word written once, on the blank's end or on the bound, compares the bare numbers
        assertThat(QuantityQuestions.possible("between 30 and _____ people",
                List.of("20 million", "10 million", "50 million", "60 million")))
                .containsExactly("50 million", "60 million");
        assertThat(QuantityQuestions.possible("between _____ and 3 million people", List.of("1", "3", "4", "2.5")))
                .containsExactly("1", "2.5");
        assertThat(QuantityQuestions.possible("Students recalled 14 of _____ words, on average.",
                List.of("10", "30", "20"))).containsExactly("30", "20");
        // more than the whole is no share: "over 100%" of the seats
        assertThat(QuantityQuestions.possible("Over _____ of the seats went to the opposition.",
                List.of("60%", "100%", "40%", "120 percent"))).containsExactly("60%", "40%");
        assertThat(QuantityQuestions.possible("Prices rose by _____ last year.", List.of("60%", "100%")))
                .containsExactly("60%", "100%");
        // a growth of more than 200 per cent is real: its wrong amounts may pass 100 too (and being under a lower
        // bound, they are larger than the key: "more than 50 per cent" would be true as well)
        assertThat(QuantityQuestions.possible("Egg prices have risen by more than _____ in a year.", "200 per cent",
                List.of("50 per cent", "300 per cent", "400 per cent"))).containsExactly("300 per cent", "400 per cent");
        // a whole the later number is part of, an aside between them or not
        assertThat(QuantityQuestions.possible("the outbreak had killed at least _____, including, according to"
                + " government reports, 54 small children.", List.of("112", "37", "87"))).containsExactly("112", "87");
        assertThat(QuantityQuestions.possible("_____ people died, including six children.", List.of("4", "9")))
                .containsExactly("9");
        assertThat(QuantityQuestions.possible("_____ people died in 2019, including in the capital.", List.of("4", "9")))
                .containsExactly("4", "9");
        // no bound from a year, an age, a share or a scaled amount, and none on a scaled wrong amount
        assertThat(QuantityQuestions.possible("She won _____ medals, including 2016 Olympic gold.", List.of("4", "9")))
                .containsExactly("4", "9");
        assertThat(QuantityQuestions.possible("_____ were hurt, including 17-year-old Ana Lima.", List.of("4", "9")))
                .containsExactly("4", "9");
        assertThat(QuantityQuestions.possible("_____ people fled, including 2.5 million children.",
                List.of("3 million", "5 million"))).containsExactly("3 million", "5 million");
        assertThat(QuantityQuestions.possible("_____ people fled, including 300,000 children.",
                List.of("3 million", "900,000", "200,000"))).containsExactly("3 million", "900,000");
        // "from" says nothing of which way a number moved
        assertThat(QuantityQuestions.possible("The toll rose from _____ to 31.", List.of("14", "40")))
                .containsExactly("14", "40");
        assertThat(QuantityQuestions.possible("They sent _____ people to 5 hospitals.", List.of("3", "40")))
                .containsExactly("3", "40");
    }

    @Test
    void aNameLookedUpByItsTitleRanksBelowAnActor() {
        String story = "Ministers meet\n\nMonday, October 14, 2024\n\n"
                + "The Harbour Authority closed the port on Sunday after a storm damaged two piers.\n\n"
                + "The storm hit hours after a visit by President Ana Lima of the regional council.\n";
        List<Question> made = candidatesOf(story);
        Question actor = made.stream().filter(q -> "Harbour Authority".equals(q.answer())
                && q.type().equals("fill_blank")).findFirst().orElseThrow();
        Question titled = made.stream().filter(q -> "Ana Lima".equals(q.answer())
                && q.prompt().contains("President _____")).findFirst().orElseThrow();
        // below the actor by more than any other blank of a name: a title lookup asks no reading
        assertThat(titled.rank()).isLessThan(actor.rank() - 2.5);
    }

    @Test
    void aPlaceAndItsPeopleAreNeitherSpeakersNorPeopleToChoose() {
        String story = "Judge rules on island citizenship\n\nMonday, October 14, 2024\n\n"
                + "New Tolari has a delegate in the capital but no senator, the court heard on Friday.\n\n"
                + "Judge Clara Wendt ruled that people born in New Tolari are citizens.\n\n"
                + "“The ruling is unwelcome and inappropriate,” the New Tolarian delegate, Tomas Ortiz, said.\n\n"
                + "Many New Tolarians live abroad, and New Tolari's governor Ana Reyes said she would appeal.\n";
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(q -> q.choices() != null).allSatisfy(q -> assertThat(q.choices())
                .doesNotContain("New Tolari", "New Tolarian", "New Tolarians"));
        assertThat(made).filteredOn(q -> q.kind().equals("quote") || q.kind().equals("event"))
                .extracting(Question::answer).doesNotContain("New Tolari", "New Tolarian", "New Tolarians");
    }

    @Test
    void reportedWordsThatTellTheSpeakersSexOfferOthersOfThatSexOrAreTyped() {
        String opening = "Council vote\n\nMonday, October 14, 2024\n\n"
                + "Ms Ana Lima, the mayor, said her plans for the harbour would go to a vote in March.\n\n";
        String herPlans = "According to the article, who said that her plans";
        // among men's names the one woman would be the answer: the name is typed
        List<Question> men = candidatesOf(opening + "Councillor Tom Berg said the vote would be close.\n\n"
                + "Engineer Paul Reed said the pier needed repairs first.\n\n"
                + "Councillor Mark Dunn said the budget was already stretched.\n");
        assertThat(men).filteredOn(q -> q.prompt().startsWith(herPlans))
                .isNotEmpty().allMatch(q -> q.type().equals("short_answer") && q.answer().equals("Ana Lima"));
        assertThat(men).filteredOn(q -> q.prompt().startsWith("According to the article, who said that the vote"))
                .anyMatch(q -> q.type().equals("multiple_choice"));
        // two other women the article tells of ("she", "spokeswoman"): choices among the women, no man offered
        List<Question> women = candidatesOf(opening + "Councillor Rosa Quint said she expected the vote to be close."
                + " She urged residents to attend.\n\nHarbour spokeswoman Dee Mall said the pier needed repairs first."
                + "\n\nCouncillor Mark Dunn said he thought the budget was already stretched.\n");
        assertThat(women).filteredOn(q -> q.prompt().startsWith(herPlans)).isNotEmpty().allSatisfy(q -> {
            assertThat(q.type()).isEqualTo("multiple_choice");
            assertThat(q.choices()).contains("Ana Lima", "Rosa Quint", "Dee Mall").doesNotContain("Mark Dunn");
        });
        // a speaker the article tells nothing of speaks of someone else's plans: typed, never a man among women
        List<Question> other = candidatesOf("Council vote\n\nMonday, October 14, 2024\n\n"
                + "Councillor Tom Berg said her plans would ruin the harbour.\n\nCouncillor Rosa Quint said she expected"
                + " the vote to be close. She urged residents to attend.\n\nHarbour spokeswoman Dee Mall said the pier"
                + " needed repairs first.\n");
        assertThat(other).filteredOn(q -> q.prompt().startsWith("According to the article, who said that her plans"))
                .isNotEmpty().allMatch(q -> q.type().equals("short_answer"));
    }

    @Test
    void reportedWordsIntroducedByAParticipleAreAskedInThePast() {
        // "dissented, arguing that ...": "who arguing that" is no question
        List<Question> made = candidatesOf("Court ruling\n\nTuesday, March 3, 2026\n\n"
                + "Judge Helen Ortiz wrote that the council had overstepped its powers.\n\n"
                + "Judge Raymond Kessler dissented, arguing that the city had acted to protect public safety.\n\n"
                + "City attorney Dana Whitfield told reporters that the city would appeal.\n");
        assertThat(made).extracting(Question::prompt)
                .anyMatch(p -> p.startsWith("According to the article, who argued that the city had acted"))
                .noneMatch(p -> p.contains("who arguing"))
                // "told reporters that ...": the listener is not kept, and "who told that" is no English
                .contains("According to the article, who said that the city would appeal?")
                .noneMatch(p -> p.contains("who told that"));
        assertThat(List.of("noting", "adds", "argues", "warns", "announcing", "admitting", "said"))
                .map(QuoteQuestions::regularPast)
                .containsExactly("noted", "added", "argued", "warned", "announced", "admitted", "said");
    }

    @Test
    void aPersonCalledByOneWordIsOfferedUnderTheWholeName() {
        // "Tuilaepa" among "Sheldon Yett" and "Keni Lesa": the one short name stood out
        List<Question> made = candidatesOf("Vaccination drive\n\nMonday, December 2, 2019\n\n"
                + "Prime Minister Tuilaepa Sailele Malielegaoi announced the shutdown on Monday.\n\n"
                + "\"Every family must be protected,\" Prime Minister Tuilaepa said.\n\n"
                + "\"I've never seen a campaign like this,\" said Sheldon Yett, a UN official.\n\n"
                + "\"The message is getting through,\" said Keni Lesa, a newspaper editor.\n\n"
                + "When announcing the shutdown, Tuilaepa called on church leaders to support the campaign.\n");
        assertThat(made).filteredOn(q -> q.type().equals("multiple_choice") && q.prompt().contains("Every family"))
                .isNotEmpty().allMatch(q -> q.answer().equals("Tuilaepa Sailele Malielegaoi"));
        assertThat(made).filteredOn(q -> q.type().equals("multiple_choice") && q.prompt().contains("never seen"))
                .allMatch(q -> q.choices().contains("Tuilaepa Sailele Malielegaoi") && !q.choices().contains("Tuilaepa"));
        // the setting of a statement is not what was said
        assertThat(made).noneMatch(q -> q.prompt().contains("called for When"));
    }

    @Test
    void theQuizTitleHidesTheHeadlinesAnswersAndTheSourceKeepsTheHeadlineWhole() {
        String story = """
                Rescuers pull three sailors from the sea near Porto

                Tuesday, May 6, 2025

                Coast guard crews pulled three sailors from the sea near Porto on Monday after their fishing boat sank
                in a storm. Captain Rui Costa said the crew had worn life jackets. The boat had left the harbour at
                dawn. Officials said the storm had brought waves of six metres to the coast.
                """;
        Quiz q = quizOf(story, 1);
        assertThat(q.source().headline()).isEqualTo("Rescuers pull three sailors from the sea near Porto");
        assertThat(q.title()).startsWith("Rescuers pull … sailors from the sea").doesNotContain("three");
        // the headline's claim is asked within the session's places
        assertThat(q.questions().subList(0, Math.min(10, q.questions().size())))
                .anyMatch(x -> "three".equals(x.answer()));
        // a title given on the command line is kept as given
        assertThat(QuestionGenerator.generate(new FactExtractor().extract(ArticleParser.parse("t", story, Set.of())),
                1, "Storm week", "t.txt").title()).isEqualTo("Storm week");
    }

    @Test
    void aNameEveryStudentKnowsIsNeverABlank() {
        String story = """
                Crew docks with station

                Sunday, March 3, 2024

                The capsule docked with the station in orbit around the Earth on Sunday, said commander Ana Lima of
                the Orbital Agency. The Moon was visible from the station, Lima said.
                """;
        assertThat(candidatesOf(story)).noneMatch(x -> x.answer() instanceof String a
                && (a.equals("Earth") || a.equals("Moon")));
    }

    @Test
    void aPlaceInARowIsOfferedAmongPlacesNotShares() {
        String story = """
                Ants find food by counting steps

                Tuesday, May 6, 2025

                Researchers trained 80 ants to walk to a sugar feeder placed after the third of several green markers.
                A third of the ants turned back before the feeder, the researchers said.
                """;
        List<Question> made = candidatesOf(story);
        assertThat(made).filteredOn(x -> x.choices() != null && x.prompt().contains("after the _____ of several"))
                .isNotEmpty().allSatisfy(x -> assertThat(x.choices()).noneMatch(c -> c.matches("(?i).*(half"
                        + "|quarter).*")));
        // "a third of the ants" is a share
        assertThat(made).filteredOn(x -> x.choices() != null && x.prompt().contains("_____ of the ants"))
                .allSatisfy(x -> assertThat(x.choices()).anyMatch(c -> c.matches("(?i).*(half|quarter|fifth).*")));
    }

    @Test
    void whoLeadsACountryIsNeverAskedAsADescription() {
        assertThat(EntityQuestions.leaderOfACountry("German Chancellor")).isTrue();
        assertThat(EntityQuestions.leaderOfACountry("British Prime Minister")).isTrue();
        assertThat(EntityQuestions.leaderOfACountry("U.S. President")).isTrue();
        assertThat(EntityQuestions.leaderOfACountry("the Syrian President")).isTrue();
        // a minister, a company's president, a party's leader are read in the article
        assertThat(EntityQuestions.leaderOfACountry("German Health Minister")).isFalse();
        assertThat(EntityQuestions.leaderOfACountry("Harbour Board President")).isFalse();
        assertThat(EntityQuestions.leaderOfACountry("company founder")).isFalse();
        String story = """
                Leaders meet on trade in Bremen

                Tuesday, May 6, 2025

                German Chancellor Anna Vogt met union leader Tomas Berg in Bremen on Monday to discuss pay. "The talks
                went well," Vogt said after the meeting. Berg said workers wanted higher pay and shorter weeks. Vogt,
                who took office in 2021, will meet employers on Friday. French President Marc Olier called the talks
                "a model for Europe".
                """;
        assertThat(candidatesOf(story)).noneMatch(x -> x.prompt().contains("describe as “German Chancellor”"))
                .anyMatch(x -> x.prompt().contains("describe as “union leader”"));
    }

    @Test
    void aDateTheArticleJoinsToTheAnswersWithAndIsNoWrongAnswer() {
        String story = """
                Carmaker reports emissions problem

                Friday, April 26, 2024

                The carmaker said it told the federal regulator about the problem on February 21. According to the
                filing, it told the environment agency on February 18, and also the state air board on February 21.
                The company first found the problem in January. It was fined in 2021, between 2019 and 2023.
                """;
        List<Question> dates = candidatesOf(story).stream().filter(x -> x.kind().equals("date")
                && x.choices() != null && x.prompt().contains("told the federal regulator")).toList();
        // "on February 18, and also ... on February 21": both are days it told a regulator
        assertThat(dates).isNotEmpty().allSatisfy(x -> assertThat(x.choices()).noneMatch(c -> c.contains(
                "February 18")));
    }
}
