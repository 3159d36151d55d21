package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import org.junit.jupiter.api.Test;

/** The order of a bank: which questions a session's first places get. */
class BankOrderTest {
    private static final String ARTICLE = "Harbour reopens\n\nWednesday, March 13, 2024\n\n"
            + "Mayor Ana Lima reopened the harbour on Monday. Engineer Tom Berg rebuilt the pier. "
            + "Captain Eva Holt brought the first ship in. The crowd cheered.\n";

    private static Question question(String prompt, String answer, String sentence, double rank) {
        return question("short_answer", prompt, answer, sentence, rank);
    }

    private static Question question(String type, String prompt, String answer, String sentence, double rank) {
        return question(type, "entity", prompt, answer, sentence, rank);
    }

    private static Question question(String type, String kind, String prompt, String answer, String sentence,
                                     double rank) {
        return new Question("", type, kind, prompt, type.equals("multiple_choice")
                ? List.of(answer, "Mayor", "Captain") : null, answer, List.of(), null, List.of(sentence), List.of(), 2,
                rank, "");
    }

    private static Question amount(String cloze, String answer, String sentence, double rank) {
        return question("multiple_choice", "quantity", "Which amount completes this sentence from the article? “"
                + cloze + "”", answer, sentence, rank);
    }

    private static Question date(String cloze, String answer, String sentence, double rank) {
        return question("multiple_choice", "date", "Which date completes this sentence from the article? “" + cloze
                + "”", answer, sentence, rank);
    }

    private static List<String> order(List<Question> candidates) {
        return order(ARTICLE, candidates);
    }

    /** The title students see above the bank's questions. */
    private static String title(String article, List<Question> candidates) {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", article, Set.of()));
        return new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(candidates), Set.of(), Map.of())
                .shownTitle();
    }

    private static List<String> order(String article, List<Question> candidates) {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", article, Set.of()));
        return new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(candidates), Set.of(), Map.of())
                .ranked().stream().map(q -> (String) q.answer()).toList();
    }

    /** A head of three facts that clash with nothing: who reopened the harbour, rebuilt the pier, brought a ship. */
    private static List<Question> threeActors() {
        return List.of(question("Who reopened the harbour?", "Ana Lima", "s1", 5),
                question("Who rebuilt the pier?", "Tom Berg", "s2", 5),
                question("Who brought the first ship in?", "Eva Holt", "s3", 5));
    }

    private static List<Question> with(List<Question> head, Question... more) {
        List<Question> all = new ArrayList<>(head);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void aPlaceTheHeadLeftGoesToTheQuestionThatGivesAwayFewestOfItsAnswers() {
        // both give away head answers, so neither joins the head; the better ranked one gives away two of them
        Question both = question("Did Ana Lima thank Tom Berg or the crowd?", "the crowd", "s4", 4);
        Question one = question("Whom did Eva Holt's ship pass on the way in?", "the old pier", "s5", 1);
        assertThat(order(with(threeActors(), both, one)))
                .containsExactly("Ana Lima", "Tom Berg", "Eva Holt", "the old pier", "the crowd");
    }

    @Test
    void aFormTeachersRarelyTakeWaitsForThePlacesNothingElseFills() {
        // "which person does the article describe as ...": a description to match, hardly ever taken
        Question described = question("multiple_choice", "Which person does the article describe as engineer?",
                "Tom Berg", "s2", 9);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        assertThat(order(List.of(described, lima, holt))).containsExactly("Ana Lima", "Eva Holt", "Tom Berg");
    }

    @Test
    void aNameLookedUpByItsTitleOrItsSourceOrWhereSomeoneWorkedWaitsForThePlacesNothingElseFills() {
        // "Captain _____" looks the holder of an office up; "according to the _____" asks who relayed the news;
        // where someone was treated is background, while the institute that acts in its sentence is the story
        Question titled = question("fill_blank", "Fill in the blank with a name from the article: “Captain _____ brought"
                + " the first ship in.”", "Eva Holt", "s3", 9);
        Question source = question("fill_blank", "Fill in the blank with a name from the article: “The crowd cheered,"
                + " according to the _____.”", "Harbour Gazette", "s4", 8);
        Question hospital = question("fill_blank", "Fill in the blank with a name from the article: “Tom Berg was"
                + " treated at _____ for a week.”", "Holy Cross Hospital", "s5", 9);
        Question institute = question("fill_blank", "Fill in the blank with a name from the article: “The _____"
                + " repaired the quay.”", "Marine Institute", "s6", 1);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Question berg = question("fill_blank", "Fill in the blank with a name from the article: “Engineer Tom Berg"
                + " rebuilt the pier for _____.”", "Port Works", "s2", 2);
        assertThat(order(List.of(titled, source, hospital, institute, lima, berg)).subList(0, 3))
                .containsExactly("Ana Lima", "Port Works", "Marine Institute");
        assertThat(EntityQuestions.sideBlank("Steve Peers of the _____, speaking to the BBC, said")).isTrue();
        assertThat(EntityQuestions.sideBlank("_____ reported on Thursday that coverage had risen")).isTrue();
        // the place another name lies in
        assertThat(EntityQuestions.sideBlank("at Holy Cross Hospital in Fort Lauderdale, _____.")).isTrue();
        assertThat(EntityQuestions.sideBlank("a biologist at _____'s Royal Veterinary College")).isTrue();
        // the outlet that relayed the words: "... tells _____ tough discussions should be expected"
        assertThat(EntityQuestions.sideBlank("a former bureau chief, tells _____ tough talks are expected")).isTrue();
        assertThat(EntityQuestions.sideBlank("the minister said in an interview with _____ that")).isTrue();
        assertThat(EntityQuestions.sideBlank("The _____ protested in front of the parliament of the state")).isFalse();
    }

    @Test
    void anAcronymSpeltOutWaitsUnlessTheHeadlineNamesIt() {
        Question acronym = question("In the article, what does “RTA” stand for?", "Regional Transit Authority", "s2", 9);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        assertThat(order(List.of(acronym, lima, holt))).containsExactly("Ana Lima", "Eva Holt",
                "Regional Transit Authority");
        // under the headline "RTA reopens the harbour" the story is about what the acronym names
        assertThat(order(ARTICLE.replace("Harbour reopens", "RTA reopens the harbour"), List.of(acronym, lima, holt))
                .get(0)).isEqualTo("Regional Transit Authority");
    }

    @Test
    void aDateYearsBeforeTheStoryWaitsUnlessTheStoryIsALife() {
        // the article is dated 2024: a founding in 1992 is background, asked last
        Question founded = date("The port was founded in _____.", "1992", "s4", 9);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        assertThat(order(List.of(founded, lima, holt))).containsExactly("Ana Lima", "Eva Holt", "1992");
        // in an obituary the early years are the story
        assertThat(order(ARTICLE.replace("Harbour reopens", "Harbour founder dies aged 90"),
                List.of(founded, lima, holt)).get(0)).isEqualTo("1992");
        // nor the year a headline's span of years gives by subtraction (2024 - 3): the title hides the span
        Question since = date("The harbour had been closed since _____.", "2021", "s6", 9);
        assertThat(order(List.of(since, lima, holt)).get(0)).isEqualTo("2021");
        String after = ARTICLE.replace("Harbour reopens", "Harbour reopens after 3 years");
        assertThat(order(after, List.of(since, lima, holt)).get(0)).isEqualTo("2021");
        assertThat(title(after, List.of(since, lima, holt))).isEqualTo("Harbour reopens after … years");
        // nor the birth year the headline's age gives by subtraction (2024 - 90)
        Question born = question("multiple_choice", "date", "Which date completes this sentence from the article?"
                + " “She was born in _____ in a fishing village.”", "1934", "s5", 9);
        String obituary = ARTICLE.replace("Harbour reopens", "Harbour founder dies aged 90");
        assertThat(title(obituary, List.of(born, lima, holt))).isEqualTo("Harbour founder dies aged …");
        assertThat(title(obituary, List.of(lima, holt))).isEqualTo("Harbour founder dies aged 90");
        // a sentence that opens with "Born", a year short of the sum as a birthday yet to come, "dies at 90"
        Question opens = question("multiple_choice", "date", "Which date completes this sentence from the article?"
                + " “Born in _____ in a fishing village, she left school at 15.”", "1933", "s5", 9);
        assertThat(title(ARTICLE.replace("Harbour reopens", "Harbour founder dies at 90"),
                List.of(opens, lima, holt))).isEqualTo("Harbour founder dies at …");
    }

    @Test
    void aReasonToldByAnotherPromptWithOneWordBlankedIsGivenAway() {
        Question why = new Question("", "multiple_choice", "cause", "Why was the record not official?",
                List.of("it was not an open race under league rules", "the wind was too strong", "the clock failed"),
                "it was not an open race under league rules", List.of(), null, List.of("s2"), List.of(), 2, 9, "");
        Question blank = question("fill_blank", "Fill in the blank: “The record was not official, as it was not an open"
                + " race under _____ rules.”", "League", "s2", 10);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        assertThat(order(List.of(why, blank, lima))).containsExactly("League", "Ana Lima",
                "it was not an open race under league rules");
    }

    @Test
    void aReasonToldInOtherFormsOfItsWordsIsGivenAway() {
        // "refusal" for "refused", "re-certify" for "certify": the reason is told all the same
        Question why = new Question("", "multiple_choice", "cause", "Why is the deal now in question?",
                List.of("after Trump refused to certify it", "after costs rose", "after a court ruled"),
                "after Trump refused to certify it", List.of(), null, List.of("s2"), List.of(), 2, 9, "");
        Question date = date("The deadline to answer Trump's refusal to re-certify the deal begins on _____.",
                "January 11", "s3", 10);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        assertThat(order(List.of(why, date, lima))).containsExactly("January 11", "Ana Lima",
                "after Trump refused to certify it");
    }

    @Test
    void theMatchingOfAllQuotationsIsTheBanksLastQuestion() {
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bank.add(question("Who built pier number " + (char) ('a' + i) + "?", "Builder " + (char) ('A' + i),
                    "s" + i, 20 - i));
        }
        // another form of the first fact: kept for a long bank, after the session's twenty
        bank.add(question("multiple_choice", "Which builder built pier number a?", "Builder A", "s0", 1));
        Question matching = new Question("", "matching", "quote", "Match each quote to its speaker: 1) ... 2) ...",
                List.of("x", "y"), List.of(List.of("x", "Ana Lima")), List.of(), null, List.of("s30"), List.of(), 2, 30,
                "");
        bank.add(matching);
        List<Question> ranked = new BankOrder(facts(), new ArticleNames(facts()), bank, Set.of(), Map.of()).ranked();
        assertThat(ranked.get(ranked.size() - 1).type()).isEqualTo("matching");
        assertThat(ranked.get(ranked.size() - 2).type()).isEqualTo("multiple_choice");
    }

    @Test
    void aCountOfYearsItsOwnSentenceGivesBySubtractionWaits() {
        Question years = amount("She led the port as its director, 1987–2017; for _____ years.", "30", "s5", 9);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        assertThat(order(List.of(years, lima, holt))).containsExactly("Ana Lima", "Eva Holt", "30");
        assertThat(QuantityQuestions.yearsBetween("He was elected in 1987 and served for _____ years.", "12")).isFalse();
    }

    @Test
    void aSpeakersSecondQuotationWaitsForTheOtherFacts() {
        Question first = question("short_answer", "quote", "Type the name of the person who said: “We rebuilt it”",
                "Ana Lima", "s1", 5);
        Question second = question("short_answer", "quote", "Type the name of the person who said: “It took a year”",
                "Ana Lima", "s2", 4);
        Question pier = question("Who rebuilt the pier?", "Tom Berg", "s3", 1);
        assertThat(order(List.of(first, second, pier))).containsExactly("Ana Lima", "Tom Berg", "Ana Lima");
    }

    @Test
    void aNameBlankedInAQuotationsSecondSentenceAsksWhoSaidItAgain() {
        Question said = new Question("", "short_answer", "quote", "Type the name of the person who said: “We are ready”",
                null, "Ana Lima", List.of(), null, List.of("s1", "s2"), List.of(), 2, 5, "");
        Question blank = question("fill_blank", "Fill in the blank: “… as well,” _____ told reporters.”", "Ana Lima",
                "s2", 4);
        Question pier = question("Who rebuilt the pier?", "Tom Berg", "s3", 1);
        assertThat(order(List.of(said, blank, pier))).containsExactly("Ana Lima", "Tom Berg");
    }

    @Test
    void aShortSurnameTheArticleNeverWritesInLowerCaseGivesItsPersonAway() {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", "Talks resume\n\nWednesday, March 13, 2024\n\n"
                + "Former bureau chief Jean Lee said the talks may resume. Lee called it a strong sign.\n\n"
                + "Prime Minister Theresa May said the talks mattered.\n", Set.of()));
        ArticleNames names = new ArticleNames(facts);
        assertThat(names.showsAny(QuestionText.norm("Lee, former _____ bureau chief"), "Jean Lee")).isTrue();
        assertThat(names.showsAny(QuestionText.norm("the talks may resume in _____"), "Theresa May")).isFalse();
        // a date written day first or with its month cut short gives it away too
        assertThat(names.showsAny(QuestionText.norm("verified the elements on 30 December, 2015"), "December 30, 2015"))
                .isTrue();
        assertThat(names.showsAny(QuestionText.norm("since the campaign on 20 Nov 2019"), "November 20, 2019")).isTrue();
        assertThat(names.showsAny(QuestionText.norm("on 2 November 2019"), "November 20, 2019")).isFalse();
    }

    @Test
    void aShortNumberShownByAnotherPromptGivesItsQuestionAway() {
        // "6% to _____" beside "_____ to 11%": the two ends of one range, each telling the other's answer
        assertThat(QuestionText.shows("a death rate of only 6% to _____", "6%")).isTrue();
        assertThat(QuestionText.shows("it took 5 hours", "5")).isTrue();
        assertThat(QuestionText.shows("it took 15 hours", "5")).isFalse();
        assertThat(QuestionText.shows("a magnitude 6.5 quake", "5")).isFalse();
        // a two-letter word still tells nothing
        assertThat(QuestionText.shows("as it happened", "as")).isFalse();
        // "voted 7–2" beside "one of the _____ members who voted against": a tally tells both sides, in words too;
        // a date, a time or a long number is no tally
        assertThat(List.of("two", "7", "10")).allMatch(n -> ArticleNames.inTally("voted 7–2, then 12 points to 10", n));
        assertThat(List.of("three", "2,000", "six")).noneMatch(n -> ArticleNames.inTally("voted 7–2 on 2019-06-02", n));
    }

    @Test
    void theHeadsWhyIsTheStorysNotAReasonReadOutOfAQuotation() {
        Question quoted = new Question("", "multiple_choice", "cause", "What reason does Eva Holt give for saying"
                + " “we sailed at dawn”?", List.of("to be ready", "to save money", "to protest"), "to be ready",
                List.of(), null, List.of("s1"), List.of(), 2, 5, "");
        Question why = new Question("", "multiple_choice", "cause", "Why was the harbour closed?",
                List.of("a storm damaged the piers", "to save money", "to protest"), "a storm damaged the piers",
                List.of(), null, List.of("s2"), List.of(), 2, 1, "");
        Question pier = question("Who rebuilt the pier?", "Tom Berg", "s3", 2);
        assertThat(order(List.of(quoted, why, pier)))
                .containsExactly("Tom Berg", "a storm damaged the piers", "to be ready");
    }

    @Test
    void anOrderOfEventsFillsNoPlaceOfTheSessionEvenAfterAQuestionThatGivesTwoAnswersAway() {
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 5);
        Question berg = question("Who rebuilt the pier?", "Tom Berg", "s2", 5);
        Question order = new Question("", "ordering", "date", "Put these events in order: A) ... B) ...",
                List.of("A", "B"), "A|B", List.of(), null, List.of("s5", "s6"), List.of(), 2, 4, "");
        Question clash = question("Did Ana Lima thank Tom Berg?", "the crowd", "s4", 1);
        assertThat(new BankOrder(facts(), new ArticleNames(facts()), new ArrayList<>(List.of(lima, berg, order, clash)),
                Set.of(), Map.of()).ranked()).extracting(Question::answer)
                .containsExactly("Ana Lima", "Tom Berg", "the crowd");
        // a short bank goes without it: all of it is one session's places (a judged bank had it at its 20th, with
        // two clauses of one event as two events and a wrong order)
    }

    @Test
    void anActorsNameBlankFillsAPlaceBeforeABackgroundOne() {
        // teachers took the blank of the name that does its sentence's verb far more often than any other
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 5);
        Question background = question("fill_blank", "Fill in the blank: “Ana Lima thanked the _____ on Monday.”",
                "Dock Board", "s2", 2);
        Question actor = question("fill_blank", "Fill in the blank: “The _____ has thanked Ana Lima.”",
                "Pier Trust", "s3", 1);
        assertThat(order(List.of(lima, background, actor))).containsExactly("Ana Lima", "Pier Trust", "Dock Board");
    }

    private static Facts facts() {
        return new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
    }

    @Test
    void aQuotationIsCutSoThatAnAmountInItsWordsCanBeAskedBesideItsSpeaker() {
        Question said = question("short_answer", "quote", "Type the name of the person who said: “We are back."
                + " Finally. The harbour — which handles 400 ships a year — is open …”", "Ana Lima", "s1", 5);
        Question ships = amount("The harbour handles _____ ships a year.", "400", "s2", 4);
        Facts facts = facts();
        assertThat(new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(said, ships)), Set.of(),
                Map.of()).ranked()).extracting(Question::prompt).containsExactly(
                "Type the name of the person who said: “We are back. Finally. The harbour …”",
                ships.prompt());
    }

    /** A story whose main actor, Ana Lima, is named in most of its sentences. */
    private static Facts mainActorFacts() {
        return new FactExtractor().extract(ArticleParser.parse("t", "Harbour reopens\n\n"
                + "Wednesday, March 13, 2024\n\nMayor Ana Lima reopened the harbour on Monday. Lima thanked the workers."
                + " Lima said the pier was safe."
                + " Engineer Tom Berg rebuilt the pier. Lima praised Berg. The crowd cheered.\n", Set.of()));
    }

    private static Question mainActorSaid() {
        return question("short_answer", "quote", "Type the name of the person who said: “We worked on it every single"
                + " night for a year”", "Ana Lima", "s1", 5);
    }

    @Test
    void aThirdQuestionOnOneNameComesAfterEveryOtherFact() {
        // three questions answer "Ana Lima": the third comes after the one that clashes with the session (it names
        // Tom Berg, whom another asks), so that a short bank's session asks it last, if at all
        Question reopened = question("Who reopened the harbour?", "Ana Lima", "s1", 9);
        Question thanked = question("Who thanked the crowd?", "Ana Lima", "s4", 8);
        Question opened = question("Who opened the gate?", "Ana Lima", "s5", 7);
        Question pier = question("Who rebuilt the pier?", "Tom Berg", "s2", 6);
        Question berth = question("fill_blank", "Fill in the blank: “Tom Berg rebuilt the _____ on Monday.”",
                "Old Berth", "s6", 5);
        assertThat(order(List.of(reopened, thanked, opened, pier, berth))).containsExactly("Ana Lima", "Ana Lima",
                "Tom Berg", "Old Berth", "Ana Lima");
    }

    @Test
    void theMainActorsNameAskedWaitsForThePlacesTheOtherFactsLeave() {
        // Ana Lima is named in most sentences: "_____ thanked the workers" is given away by every prompt naming her,
        // so it comes after the facts that name her, however high it ranks
        Facts facts = mainActorFacts();
        Question actor = question("fill_blank", "Fill in the blank: “_____ thanked the workers.”", "Ana Lima", "s2",
                9);
        Question day = date("Lima reopened the harbour on _____.", "March 11", "s1", 4);
        Question pier = question("fill_blank", "Fill in the blank: “Lima praised _____.”", "Tom Berg", "s5", 3);
        List<String> order = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(actor, day, pier)),
                Set.of(), Map.of()).ranked().stream().map(q -> (String) q.answer()).toList();
        assertThat(order).containsExactly("March 11", "Tom Berg", "Ana Lima");
    }

    @Test
    void theMainActorsWordsBesideTheirNameAreCutFromAnotherPromptOfTheSession() {
        // every prompt may name the story's main actor, but not beside the words a question asks who said
        Facts facts = mainActorFacts();
        Question said = mainActorSaid();
        Question day = date("Lima reopened the town's old fishing harbour to ships on _____, telling reporters that"
                + " \"we worked on it every single night for a year.\"", "March 11", "s1", 4);
        List<String> prompts = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(said, day)),
                Set.of(), Map.of()).ranked().stream().map(Question::prompt).toList();
        assertThat(prompts).contains(said.prompt(), "Which date completes this sentence from the article? “Lima"
                + " reopened the town's old fishing harbour to ships on _____ …”");
        // the reported form's words tell it too
        Question reported = question("multiple_choice", "quote", "According to the article, who noted that the"
                + " harbour was rebuilt in a single year?", "Ana Lima", "s1", 5);
        assertThat(WhoSaidForms.showsWords("Lima said the harbour was rebuilt in a single year on _____", reported))
                .isTrue();
    }

    @Test
    void aSpeakerNamedInAnotherClozeOfTheSentenceTheirWordsComeFromIsGivenAway() {
        // "… of the pier,” Berg said on _____" tells who said "We rebuilt every plank", with choices or without
        Question said = question("short_answer", "quote", "Type the name of the person who said: “We rebuilt every"
                + " plank …”", "Tom Berg", "s2", 5);
        Question day = date("… of the pier,\" Berg said at the opening on _____.", "March 11", "s2", 4);
        Question withChoices = question("multiple_choice", "quote", "Who said: “We rebuilt every plank …”?",
                "Tom Berg", "s2", 4);
        Question ship = question("Who brought the first ship in?", "Eva Holt", "s3", 1);
        assertThat(order(List.of(said, withChoices, day, ship))).containsExactly("Tom Berg", "Eva Holt", "March 11");
        // the cloze placed first: the who-said question is not turned to choices to join it, it waits
        Question dayFirst = date("… of the pier,\" Berg said at the opening on _____.", "March 11", "s2", 6);
        assertThat(order(List.of(said, withChoices, dayFirst, ship))).containsExactly("March 11", "Eva Holt",
                "Tom Berg");
    }

    @Test
    void theMainActorIsNamedFreelyOnlyAwayFromTheWordsAsked() {
        // Ana Lima is named in most sentences: every prompt may name her, but not beside the words asked of her
        Facts facts = mainActorFacts();
        ArticleNames names = new ArticleNames(facts);
        Question said = mainActorSaid();
        Question named = date("Lima opened the town's old fishing harbour to ships on _____.", "March 11", "s2", 4);
        Question told = date("Lima opened it on _____, saying \"we worked on it every single night for a year.\"",
                "March 11", "s3", 4);
        SessionClashes clashes = new SessionClashes(names, new WhoSaidForms(List.of(said)), 2024,
                q -> q.answer() instanceof String a ? a : null, QuestionText::norm);
        assertThat(clashes.answersAnother(named, List.of(said))).isFalse();
        assertThat(clashes.answersAnother(told, List.of(said))).isTrue();
        // and no cut of the words leaves the name beside them
        assertThat(clashes.fit(told, List.of(said), false)).satisfiesAnyOf(
                fit -> assertThat(fit).isNull(),
                fit -> assertThat(fit.question().prompt()).doesNotContain("every single night"));
    }

    @Test
    void aStatementAnotherPromptRetellsIsGivenAway() {
        Question stated = new Question("", "true_false", "statement", "True or false, according to the article: Ana"
                + " Lima was considered the founding mother of the harbour.", List.of("True", "False"), true,
                List.of(), null, List.of("s1"), List.of(), 2, 5, "");
        Question retold = date("Berg called her “the harbour's founding mother” on _____.", "March 11", "s2", 4);
        Question ship = question("Who brought the first ship in?", "Eva Holt", "s3", 1);
        assertThat(firstPrompts(List.of(stated, retold, ship), 3)).containsExactly(stated.prompt(), ship.prompt(),
                retold.prompt());
    }

    @Test
    void aPlaceNothingElseFillsGoesToTheMoreCentralSentence() {
        // both are the headline's claims, hidden from the title ("Harbour reopens in … after … boats sank"): the
        // well-ranked sentence (early, on the story's words) first, the late aside after what is not a claim
        String article = "Harbour reopens in 2024 after 12 boats sank\n\nWednesday, March 13, 2024\n\n"
                + "Mayor Ana Lima reopened the harbour on Monday. Engineer Tom Berg rebuilt the pier. "
                + "Captain Eva Holt brought the first ship in. The crowd cheered.\n";
        Question aside = amount("A storm once sank _____ boats in the bay.", "12", "s4", -1);
        Question central = date("The harbour will reopen fully in _____.", "2024", "s1", 3);
        Question ship = question("Who brought the first ship in?", "Eva Holt", "s3", 1);
        assertThat(order(article, List.of(aside, central, ship))).containsExactly("2024", "Eva Holt", "12");
        assertThat(title(article, List.of(aside, central, ship))).isEqualTo("Harbour reopens in … after … boats sank");
    }

    @Test
    void oneHoldersOfficeIsAskedOnceASession() {
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 5);
        Question engineer = question("multiple_choice", "Which person does the article describe as “Engineer”?",
                "Tom Berg", "s3", 3);
        // the same office under a longer title, and its holder under his surname: one fact asked again
        Question pierEngineer = question("multiple_choice", "Which person does the article describe as “pier"
                + " engineer”?", "Berg", "s2", 3);
        // a question that gives away a head answer comes after everything else, a fact asked twice too: judges
        // strike one question of a fact asked twice, but both of a giveaway
        Question thanked = question("Whom did Ana Lima thank?", "the crowd", "s4", 1);
        assertThat(order(List.of(lima, engineer, pierEngineer, thanked)))
                .containsExactly("Ana Lima", "Tom Berg", "Berg", "the crowd");
        Question cheered = question("Who cheered?", "the crowd", "s4", 1);
        assertThat(order(List.of(lima, engineer, pierEngineer, cheered))).containsSubsequence("the crowd", "Berg");
    }

    @Test
    void anAmountIsNeverAskedTwiceWhileAnythingElseIsLeft() {
        Question days = amount("The harbour was shut for _____ days.", "three", "s1", 5);
        Question again = amount("Ships waited _____ days at sea.", "three", "s2", 4);
        Question described = question("multiple_choice", "Which person does the article describe as “Captain”?",
                "Eva Holt", "s3", 1);
        assertThat(order(List.of(days, again, described))).containsExactly("three", "Eva Holt", "three");
    }

    @Test
    void aDateAskedAlreadyWaitsPastTheSessionButBeforeAQuestionGivingTwoAway() {
        // the same day asked of two sentences is one fact told twice: teachers took 3 of 36 such, and struck one
        Question first = date("The harbour reopened on _____.", "March 11", "s1", 9);
        List<Question> head = with(threeActors(), first);
        Question again = date("The pier was finished on _____.", "March 11", "s4", 8);
        Question stands = question("Who cheered on the quay?", "the crowd", "s5", 1);
        assertThat(order(with(head, again, stands))).containsSubsequence("the crowd", "March 11")
                .containsSubsequence("March 11", "March 11");
        assertThat(order(with(head, again, stands)).indexOf("the crowd")).isEqualTo(4);
        // a question showing two head answers strikes them as well: it comes after the fact told twice
        Question both = question("Who joined Ana Lima and Tom Berg on the quay?", "the crowd", "s5", 1);
        assertThat(order(with(head, again, both)).indexOf("the crowd")).isEqualTo(5);
    }

    @Test
    void aWhyQuestionWhoseReasonTheHeadlinePrintsWaitsPastTheSession() {
        // under "Harbour reopens", "the harbour reopens" is read off the home screen
        List<Question> head = List.of(question("Who rebuilt the pier?", "Tom Berg", "s2", 5),
                question("Who brought the first ship in?", "Eva Holt", "s3", 5));
        Question why = new Question("", "multiple_choice", "cause", "Why did the crowd cheer?", List.of(
                "the harbour reopens", "the rain stopped", "a band played"),
                "the harbour reopens", List.of(), null, List.of("s4"), List.of(), 2, 9, "");
        Question both = question("Who cheered Tom Berg and Eva Holt on the quay?", "the crowd", "s5", 1);
        assertThat(order(with(head, why, both))).containsExactly("Tom Berg", "Eva Holt", "the harbour reopens",
                "the crowd");
        // one word of a long reason tells nothing: "because the mayor let the harbour crews work through the night"
        Question told = new Question("", "multiple_choice", "cause", "Why did the crowd cheer?", List.of(
                "because the mayor let the harbour crews work through the night", "because the rain stopped",
                "because a band played"), "because the mayor let the harbour crews work through the night", List.of(),
                null, List.of("s4"), List.of(), 2, 9, "");
        assertThat(order(with(head, told, both)).indexOf(told.answer())).isLessThan(3);
    }

    @Test
    void anAmountAskedUnderAnotherBoundWaitsPastTheSessionToo() {
        // "more than 3.4 million strong" and "about 3.4 million people" ask one amount
        Question first = amount("Voters turned out more than _____ strong.", "3.4 million", "s1", 9);
        Question again = amount("About _____ people voted.", "3.4 million", "s4", 8);
        Question stands = question("Who cheered on the quay?", "the crowd", "s5", 1);
        assertThat(order(with(threeActors(), first, again, stands)).indexOf("the crowd")).isEqualTo(4);
    }

    @Test
    void aQuestionTheHeadlineAnswersWaitsPastTheSessionButBeforeAQuestionGivingTwoAway() {
        // the home screen lists the quiz by its headline, "Harbour reopens": what reopened is answered there
        List<Question> head = List.of(question("Who rebuilt the pier?", "Tom Berg", "s2", 5),
                question("Who brought the first ship in?", "Eva Holt", "s3", 5));
        Question harbour = question("What reopened on Monday?", "the harbour", "s1", 9);
        Question both = question("Who cheered Tom Berg and Eva Holt on the quay?", "the crowd", "s4", 1);
        // the headline strikes its own question; a question showing two answers strikes them as well
        assertThat(order(with(head, harbour, both))).containsExactly("Tom Berg", "Eva Holt", "the harbour",
                "the crowd");
    }

    @Test
    void reportedWordsAreAskedWithChoicesBeforeTyped() {
        // teachers took reported words with choices 53 times in 64, typed 28 in 72; a quotation typed as often as not
        String said = "Tom Berg said the pier needed repairs.";
        Question reportedChoice = question("multiple_choice", "quote", "According to the article, who said that the pier"
                + " needed repairs?", "Tom Berg", said, 5);
        Question reportedTyped = question("short_answer", "quote", "According to the article, who said that the pier"
                + " needed repairs?", "Tom Berg", said, 5.1);
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", "Pier\n\nMonday, October 14, 2024\n\n"
                + said + "\n", Set.of()));
        // one fact, one way of asking it in the head: the one with choices
        assertThat(new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(reportedTyped, reportedChoice)),
                Set.of(), Map.of()).ranked()).first().extracting(Question::type).isEqualTo("multiple_choice");
        TeachersTook took = new TeachersTook(facts, q -> (String) q.answer());
        assertThat(took.taken(reportedChoice)).isGreaterThan(took.taken(reportedTyped));
        Question quotedTyped = question("short_answer", "quote", "Type the name of the person who said: “The pier needs"
                + " repairs.”", "Tom Berg", said, 5);
        Question quotedChoice = question("multiple_choice", "quote", "Who said: “The pier needs repairs.”?", "Tom Berg",
                said, 5);
        assertThat(took.taken(quotedTyped)).isGreaterThan(took.taken(quotedChoice));
    }

    @Test
    void aBlankInSomeonesQuotedWordsWaitsForThePlacesNothingElseFills() {
        // "In _____ and 2022 we had no money": the wording of a remark, not a fact the article reports (0 of 9 taken);
        // the quotation's marks stand only at its first sentence's start and its last one's end
        String story = "Harbour reopens\n\nWednesday, March 13, 2024\n\nThe harbour reopened in 2024 after the storm"
                + " of 2020. \"It was a long wait. In 2021 and 2022 we had no money,\" Ana Lima said.\n";
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", story, Set.of()));
        TeachersTook took = new TeachersTook(facts, q -> (String) q.answer());
        Question quoted = spanned(facts, date("In _____ and 2022 we had no money,\" Ana Lima said.", "2021",
                "In 2021 and 2022 we had no money", 1));
        Question reported = spanned(facts, date("The harbour reopened in 2024 after the storm of _____.", "2020",
                "The harbour reopened in 2024", 1));
        assertThat(took.taken(quoted)).isLessThan(TeachersTook.RARELY_TAKEN);
        assertThat(took.taken(reported)).isGreaterThan(TeachersTook.RARELY_TAKEN);
        // an inch mark opens no quotation
        String tall = "The 6'8\" forward scored 31 points.";
        Facts court = new FactExtractor().extract(ArticleParser.parse("t", "Hawks win\n\nMonday, October 14, 2024\n\n"
                + tall + "\n", Set.of()));
        assertThat(new TeachersTook(court, x -> (String) x.answer()).taken(spanned(court, amount("The 6'8\" forward"
                + " scored _____ points.", "31", "forward scored", 1)))).isGreaterThan(TeachersTook.RARELY_TAKEN);
        // cut to the words after the blank, the blank is found as well
        assertThat(took.taken(spanned(facts, date("_____ and 2022 we had no money …", "2021",
                "In 2021 and 2022 we had no money", 1)))).isLessThan(TeachersTook.RARELY_TAKEN);
    }

    /** The question with its evidence the article's sentence that starts with {@code opening}, and its span. */
    private static Question spanned(Facts facts, Question q) {
        String opening = q.evidence().get(0);
        var sentence = facts.article().factSentences().stream().filter(x -> x.text().contains(opening)).findFirst()
                .orElseThrow();
        String text = facts.article().text();
        int start = text.indexOf(sentence.text());
        return new Question(q.id(), q.type(), q.kind(), q.prompt(), q.choices(), q.answer(), q.accept(), q.tolerance(),
                List.of(sentence.text()), List.of(new int[] {start, start + sentence.text().length()}), q.difficulty(),
                q.rank(), q.explanation());
    }

    @Test
    void aYearTheSpanAndItsOtherEndGiveWaitsForThePlacesNothingElseFills() {
        // "_____–1990; then as mayor, 1990–2020; for 40 years": 2020 less 40
        String reign = "She ruled the port as its first harbour master, 1980–1990; then as mayor, 1990–2020; for 40 years.";
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", "Harbour founder dies\n\nMonday, October"
                + " 14, 2024\n\n" + reign + "\n", Set.of()));
        TeachersTook took = new TeachersTook(facts, q -> (String) q.answer());
        assertThat(took.taken(amount("She ruled the port as its first harbour master, _____–1990; then as mayor,"
                + " 1990–2020; for 40 years.", "1980", reign, 1))).isLessThan(TeachersTook.RARELY_TAKEN);
        // without the span's length it is read, not worked out
        assertThat(took.taken(amount("She ruled the port as its first harbour master, _____–1990 …", "1980", reign,
                1))).isGreaterThan(TeachersTook.RARELY_TAKEN);
        assertThat(QuantityQuestions.yearBySpan("in _____, for 40 years after 1950", "1990")).isTrue();
        assertThat(QuantityQuestions.yearBySpan("in _____, for 40 years after 1950", "1991")).isFalse();
    }

    @Test
    void aCountOfPeopleIsWorthMoreToASessionsPlaceThanACountOfThings() {
        // what a place of the session is worth: teachers took 118 of 139 counts of people and sums, 76 of 145 of things
        String story = "Storm hits coast\n\nMonday, October 14, 2024\n\nThe storm destroyed 240 sheds. It forced 900"
                + " residents from their homes.\n";
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", story, Set.of()));
        String sheds = "The storm destroyed 240 sheds.";
        String residents = "It forced 900 residents from their homes.";
        TeachersTook took = new TeachersTook(facts, q -> (String) q.answer());
        assertThat(took.taken(amount("It forced _____ residents from their homes.", "900", residents, 1)))
                .isGreaterThan(took.taken(amount("The storm destroyed _____ sheds.", "240", sheds, 1)));
        // a runner-up's race time waits for the places nothing else fills: 0 of 11 taken
        String race = "Second place went to Bea Cruz, with a time of 2:20:51.";
        Facts raced = new FactExtractor().extract(ArticleParser.parse("t", "Marathon\n\nMonday, October 14, 2024\n\n"
                + race + "\n", Set.of()));
        assertThat(new TeachersTook(raced, q -> (String) q.answer()).taken(amount("Second place went to Bea Cruz, with"
                + " a time of _____.", "2:20:51", race, 1))).isLessThan(TeachersTook.RARELY_TAKEN);
        // "12" of "12 shops" is no part of "120 workers" in the same sentence
        String shops = "The firm laid off 120 workers and closed 12 shops.";
        Facts firm = new FactExtractor().extract(ArticleParser.parse("t", "Firm cuts jobs\n\nMonday, October 14, 2024"
                + "\n\n" + shops + "\n", Set.of()));
        TeachersTook tookFirm = new TeachersTook(firm, q -> (String) q.answer());
        assertThat(tookFirm.taken(amount("The firm laid off 120 workers and closed _____ shops.", "12", shops, 1)))
                .isLessThan(tookFirm.taken(amount("The firm laid off _____ workers and closed 12 shops.", "120", shops,
                        1)));
    }

    @Test
    void aBriefSpanOfTimeWaitsForThePlacesNothingElseFills() {
        Question days = amount("The harbour was shut for _____ days.", "three", "s1", 5);
        Question ships = amount("The first _____ ships brought grain.", "four", "s2", 1);
        assertThat(order(List.of(days, ships))).containsExactly("four", "three");
        assertThat(TeachersTook.briefSpan("True or false, according to the article: it took ten hours.", "ten")).isTrue();
        assertThat(TeachersTook.briefSpan(amount("He served _____ years in prison.", "five", "s3", 1).prompt(), "five"))
                .isFalse();
    }

    @Test
    void aNameBlankOnASpeakerTheSessionAsksWaitsLikeTheSpeakersNextQuotation() {
        // "_____, the engineer, said ..." beside "Who said: ...?" with the same answer: the same person asked again
        Question quote = question("short_answer", "quote", "Type the name of the person who said: “The pier will"
                + " last a century.”", "Tom Berg", "s2", 5);
        Question named = question("fill_blank", "Fill in the blank with a name from the article: “_____, the engineer,"
                + " said the work was done.”", "Tom Berg", "s4", 4);
        Question ships = amount("The first _____ ships brought grain.", "four", "s5", 1);
        assertThat(order(List.of(quote, named, ships))).containsExactly("Tom Berg", "four", "Tom Berg");
    }

    @Test
    void aPromptThatCannotHideEveryAnswerItShowsHidesWhatItCan() {
        // the name blank opens on the body another question asks, which stays (a sentence's subject is never left
        // out); the two amounts go, so it gives away one answer instead of three
        String update = "Tom Berg's update had the ship 120 miles east of Portmere's Old Quay, moving at 13 knots.";
        Question board = question("short_answer", "quote", "According to the article, who reported that the ship was"
                + " slowing?", "Tom Berg", "s1", 5);
        Question miles = amount("Tom Berg's update had the ship _____ miles east …", "120", update, 4);
        Question knots = amount("… moving at _____ knots.", "13", update, 3.9);
        Question quay = question("fill_blank", "Fill in the blank with a name from the article: “" + update.replace(
                "Old Quay", "_____") + "”", "Old Quay", update, 3);
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        List<Question> ranked = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(board, miles,
                knots, quay)), Set.of(), Map.of()).ranked();
        String blank = ranked.stream().filter(q -> "Old Quay".equals(q.answer())).findFirst().orElseThrow().prompt();
        assertThat(blank).contains("[…] miles", "[…] knots", "Tom Berg");
        // a number inside another is no answer of its own: "3:12 a.m." keeps its minutes, "4.5%" its decimals
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “The quake hit at"
                + " 3:12 a.m. and _____ people fled.”", List.of("12"))).isNull();
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “Rates rose to 5% from"
                + " 4.5% as _____ banks failed.”", List.of("5%"))).contains("to […] from 4.5%");
        // nor a plural possessive left hanging ("the […]' Pension Fund")
        assertThat(ClozeExcerpt.eliding("Fill in the blank with a name from the article: “They stole from the"
                + " Dockers' Pension Fund between _____ and 2019.”", List.of("Dockers"))).isNull();
    }

    @Test
    void aSmallNumberTheHeadlineWritesInWordsOrDigitsIsHiddenFromTheTitle() {
        Question ships = amount("Rescuers pulled _____ sailors from the water.", "three", "s1", 1);
        Question homes = amount("Floods reached _____ homes.", "400", "s2", 1.5);
        assertThat(order(List.of(ships, homes))).containsExactly("400", "three");
        // the headline's claim is the story's main point: asked first, its number hidden from the title
        for (String headline : List.of("Three sailors rescued at harbour", "3 sailors rescued at harbour")) {
            String article = ARTICLE.replace("Harbour reopens", headline);
            assertThat(order(article, List.of(ships, homes))).containsExactly("three", "400");
            assertThat(title(article, List.of(ships, homes))).isEqualTo("… sailors rescued at harbour");
        }
        assertThat(Distractors.smallNumber("Third")).isEqualTo(3);
        assertThat(Distractors.smallNumber("3rd")).isEqualTo(3);
        assertThat(Distractors.smallNumber("G7")).isEqualTo(-1);
    }

    @Test
    void aStatementWhoseSentenceAnotherQuestionAsksIsNoPlaceOfAShortSession() {
        // "True or false: The pier reopened in 2023" beside "The pier reopened in _____" prints the other's answer
        String reopened = "The pier reopened in 2023.";
        Question stated = new Question("", "true_false", "statement", "True or false, according to the article: "
                + reopened, List.of("True", "False"), true, List.of(), null, List.of(reopened), List.of(), 1, 9, "");
        Question year = date("The pier reopened in _____.", "2023", reopened, 2);
        Question homes = amount("Floods reached _____ homes.", "400", "s2", 1);
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        assertThat(new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(stated, year, homes)),
                Set.of(), Map.of()).ranked()).extracting(Question::type).doesNotContain("true_false").hasSize(2);
        // a statement no other question asks is a fact of its own
        assertThat(new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(stated, homes)), Set.of(),
                Map.of()).ranked()).extracting(Question::type).contains("true_false");
    }

    @Test
    void aSessionsPlacesHoldThreeStatementsAtMost() {
        List<Question> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(new Question("", "true_false", "statement", "True or false, according to the article: The"
                    + " pier did not reopen in phase " + i + ".", List.of("True", "False"), false, List.of(), null,
                    List.of("t" + i), List.of(), 1, 9, ""));
        }
        for (int i = 0; i < 25; i++) {
            candidates.add(amount("Floods reached _____ homes in district " + i + ".", String.valueOf(100 + i * 37),
                    "a" + i, 1));
        }
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        List<Question> ranked = new BankOrder(facts, new ArticleNames(facts), candidates, Set.of(), Map.of()).ranked();
        assertThat(ranked.subList(0, 20)).filteredOn(q -> q.type().equals("true_false")).hasSize(3);
    }

    @Test
    void aBareOrderOfSizeWaitsBehindAnAmountOfTheStory() {
        // "_____ of traders": an order of size alone is rarely its sentence's point, judged vague
        Question vague = amount("The fair drew _____ of traders.", "hundreds", "s1", 1.5);
        Question homes = amount("Floods reached _____ homes.", "400", "s2", 1);
        assertThat(order(List.of(vague, homes))).containsExactly("400", "hundreds");
        // a vague few waits however well its sentence ranks: "one of just _____ of nations" was struck as vague
        Question few = amount("Russia was one of just _____ of nations backing him.", "a handful", "s1", 6);
        Question bare = amount("The fair drew _____ of traders.", "hundreds", "s3", 6);
        assertThat(order(List.of(few, bare, homes))).startsWith("400");
        assertThat(QuantityQuestions.orderOfSize("tens of thousands")).isTrue();
        assertThat(QuantityQuestions.orderOfSize("a few hundred")).isFalse();
    }

    @Test
    void anHourOfTheDayWaitsForThePlacesNothingElseFills() {
        Question hour = amount("The meeting, which began at _____, ran past midnight.", "6 p.m.", "s1", 5);
        Question homes = amount("Floods reached _____ homes.", "400", "s2", 1);
        assertThat(order(List.of(hour, homes))).containsExactly("400", "6 p.m.");
        assertThat(TeachersTook.CLOCK.matcher("3:00 p.m.").matches()).isTrue();
        assertThat(TeachersTook.CLOCK.matcher("11am").matches()).isTrue();
        assertThat(TeachersTook.CLOCK.matcher("7.30pm").matches()).isTrue();
        assertThat(TeachersTook.CLOCK.matcher("19:00").matches()).isTrue();
        // a race's time is its result
        assertThat(TeachersTook.CLOCK.matcher("2:20:51").matches()).isFalse();
        assertThat(TeachersTook.CLOCK.matcher("3:34.62").matches()).isFalse();
    }

    @Test
    void aCountOfThingsThePromptPointsBackToWaitsForThePlacesNothingElseFills() {
        // "their _____ sons Wyatt and Zachary", "the other _____ treatments": read off a list, not learnt
        Question sons = amount("He leaves their _____ sons, Wyatt and Zachary.", "two", "s1", 5);
        Question others = amount("They compared the other _____ treatments to it.", "three", "s3", 4);
        Question children = amount("Rates fell after _____ children died.", "six", "s2", 1);
        assertThat(order(List.of(sons, others, children))).containsExactly("six", "two", "three");
        assertThat(TeachersTook.setOfFew(sons.prompt(), "two")).isTrue();
        assertThat(TeachersTook.setOfFew(others.prompt(), "three")).isTrue();
        assertThat(TeachersTook.setOfFew(children.prompt(), "six")).isFalse();
        assertThat(TeachersTook.setOfFew("The _____ victims were named.", "12")).isFalse();
        assertThat(TeachersTook.setOfFew("The _____-year-old girl was found.", "9")).isFalse();
    }

    @Test
    void aYearThatGivesAnAgeBySubtractionIsNotAskedBesideIt() {
        // the story's year is 2024: "born in 1925" beside "died at the age of _____" gives 99
        Question age = amount("She died at the age of _____ at her home.", "99", "s1", 5);
        Question born = question("Who was born in 1925 in Dunmore, according to the article?", "Ana Lima",
                "s2", 4);
        Question pier = question("Who rebuilt the pier?", "Tom Berg", "s3", 1);
        assertThat(order(List.of(age, born, pier))).containsExactly("99", "Tom Berg", "Ana Lima");
    }

    @Test
    void anOrdinalWaitsForThePlacesNothingElseFills() {
        // "a _____ chance", "his _____ wife": a set phrase, a rank or a count; none of 72 was taken
        Question chance = amount("She gave them a _____ chance.", "second", "s1", 5);
        Question loaves = amount("She sells _____ loaves a day.", "600", "s2", 1);
        assertThat(order(List.of(chance, loaves))).containsExactly("600", "second");
    }

    @Test
    void aDateTheDatelineShowsWaitsForThePlacesNothingElseFills() {
        // the quiz's screens show "2024-03-13" above every question: "said on _____" is answered there
        Question said = date("Ana Lima said on _____ that the harbour is open.", "March 13, 2024", "s1", 5);
        Question rebuilt = date("The pier was rebuilt in _____.", "2023", "s2", 1);
        assertThat(order(List.of(said, rebuilt))).containsExactly("2023", "March 13, 2024");
        // the same day asked with its weekday
        Question weekday = question("multiple_choice", "date", "Which day completes this sentence from the article?"
                + " “Ana Lima said on _____ that the harbour is open.”", "Wednesday, March 13, 2024", "s1", 5);
        assertThat(order(List.of(weekday, rebuilt))).containsExactly("2023", "Wednesday, March 13, 2024");
    }
    @Test
    void aQuestionThatGivesAnotherAwayNeverTakesASessionsPlaceWhileTheBankHasAnotherForLater() {
        // a place the head left goes to a fact the headline answers (it strikes only itself) rather than to the
        // question that shows two head answers (it strikes them too); that one waits past the session's places,
        // where the bank still keeps it, and an order of events after it
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < BankOrder.SESSION_HEAD - 1; i++) {
            bank.add(question("Who carried crate " + i + "?", "Porter " + (char) ('A' + i), "c" + i, 5));
        }
        Question both = question("Who joined Porter A and Porter B on the quay?", "the crowd", "s5", 4);
        Question headlined = question("What reopened on Monday?", "the harbour", "s1", 0.1);
        Question events = new Question("", "ordering", "date", "Put these events in order.", null,
                List.of("The pier was rebuilt", "The harbour reopened"), List.of(), null, List.of("s6"), List.of(), 2,
                1, "");
        List<Question> ranked = new BankOrder(facts(), new ArticleNames(facts()),
                new ArrayList<>(with(bank, both, headlined, events)), Set.of(), Map.of()).ranked();
        List<String> keys = ranked.stream().map(q -> String.valueOf(q.answer())).toList();
        assertThat(keys.indexOf("the harbour")).isEqualTo(BankOrder.SESSION_HEAD - 1);
        assertThat(keys.indexOf("the crowd")).isEqualTo(BankOrder.SESSION_HEAD);
        assertThat(ranked).hasSize(BankOrder.SESSION_HEAD + 2).last().extracting(Question::type).isEqualTo("ordering");
        // a bank the clashing question brings to twenty places still keeps its order of events, after them
        List<Question> filled = new BankOrder(facts(), new ArticleNames(facts()), new ArrayList<>(with(bank, both,
                events)), Set.of(), Map.of()).ranked();
        assertThat(filled).hasSize(BankOrder.SESSION_HEAD + 1).last().extracting(Question::type).isEqualTo("ordering");
    }

    @Test
    void aShortBankNeverAsksAFactTwiceToFillItsSession() {
        // another form of a fact asked would ask it twice within the session: a short bank goes without it, and
        // ends with the question that shows two answers
        Question cost = amount("The pier cost _____.", "$2 million", "s4", 4);
        Question typed = question("numeric", "quantity", "Type the number missing from this sentence of the article:"
                + " “The pier cost _____.”", "$2 million", "s4", 3);
        Question both = question("Who joined Ana Lima and Tom Berg on the quay?", "the crowd", "s5", 2);
        assertThat(order(with(threeActors(), both, cost, typed))).hasSize(5).containsOnlyOnce("$2 million")
                .endsWith("the crowd");
    }

    @Test
    void aPlaceLeftGoesToAQuestionGivingAwayOneAlreadyGivenAwayBeforeOneStillStanding() {
        // each of these shows a head answer; once one has given Ana Lima's away, another that shows her costs the
        // session only itself, while one that shows Tom Berg strikes his question too
        Question first = question("What did Ana Lima cut at the harbour?", "the ribbon", "s4", 4);
        Question limaAgain = question("What did Ana Lima thank the crowd for?", "their patience", "s5", 1);
        Question bergShown = question("What did Tom Berg rebuild the pier with?", "oak", "s6", 2);
        assertThat(order(with(threeActors(), first, limaAgain, bergShown)))
                .containsExactly("Ana Lima", "Tom Berg", "Eva Holt", "the ribbon", "their patience", "oak");
    }

    @Test
    void aWellKnownPlaceBlankedWaitsForThePlacesNothingElseFills() {
        // "the _____ city of Chicago", "_____ sanctions": a country known or guessed, not read (6 of 78 taken)
        Question country = question("fill_blank", "Fill in the blank with a name from the article: “The race was held"
                + " in the _____ city of Chicago.”", "United States", "s4", 9);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        assertThat(order(List.of(country, lima, holt))).containsExactly("Ana Lima", "Eva Holt", "United States");
    }

    @Test
    void aShortBankGoesWithoutTheMatchingOfAllQuotations() {
        // within a session's first twenty it asks again every speaker the who-said questions ask
        Question said = question("short_answer", "quote", "Type the name of the person who said: “We are back.”",
                "Ana Lima", "s1", 5);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        Question matching = new Question("", "matching", "quote", "Match each quote to its speaker: 1) ... 2) ...",
                List.of("x", "y"), List.of(List.of("x", "Ana Lima")), List.of(), null, List.of("s30"), List.of(), 2, 30,
                "");
        Facts facts = facts();
        assertThat(new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(said, holt, matching)),
                Set.of(), Map.of()).ranked()).extracting(Question::type).doesNotContain("matching");
    }
    @Test
    void aPlaceTheHeadLeftTakesAnAmountWithTheHeadsNumberLeftOutOfItsClause() {
        Question ships = amount("The harbour handles _____ ships and 30 boats a year.", "400", "s1", 5);
        Question boats = amount("The harbour handles 400 ships and _____ boats a year.", "30", "s1", 4);
        Facts facts = facts();
        // no cut at a clause hides either number: the head asks one, the place after it the other, each with the
        // other's number left out
        assertThat(new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(ships, boats)), Set.of(),
                Map.of()).ranked()).extracting(Question::prompt).containsExactly(
                ships.prompt().replace("30", "[…]"), boats.prompt().replace("400", "[…]"));
        // a two-digit number shows its answer, a two-letter word does not
        assertThat(QuestionText.shows("handles 400 ships and 30 boats", "30")).isTrue();
        assertThat(QuestionText.shows("ships in the harbour", "in")).isFalse();
    }
    @Test
    void aClozeOnAWhyQuestionsSentenceLeavesTheReasonOut() {
        String sentence = "The port halted all ferries for 12 hours in response to a storm warning from forecasters.";
        Question why = question("multiple_choice", "cause", "Why did the port halt all ferries?",
                "a storm warning from forecasters", sentence, 5);
        Question amount = amount("The port halted all ferries for _____ hours in response to a storm warning from"
                + " forecasters.", "12", sentence, 4);
        // the cloze would tell the why-question's reason: it is left out, as another question's number is
        assertThat(firstPrompts(List.of(why, amount), 2)).containsExactly(why.prompt(), "Which amount completes this"
                + " sentence from the article? “The port halted all ferries for _____ hours in response to […].”");
    }

    @Test
    void aTrueOrFalseStatementOnTheHeadlinesAmountComesFirstWithTheAmountHiddenFromTheTitle() {
        String statement = "True or false, according to the article: The harbour handles 400 ships a year.";
        Question tf = new Question("", "true_false", "quantity", statement, List.of("True", "False"), true, List.of(),
                null, List.of("s2"), List.of(), 2, 9, "");
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE.replace("Harbour reopens",
                "Harbour that handles 400 ships a year reopens"), Set.of()));
        BankOrder order = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(tf, lima)), Set.of(),
                Map.of(statement, "400"));
        assertThat(order.ranked()).extracting(Question::prompt).first().isEqualTo(statement);
        assertThat(order.shownTitle()).isEqualTo("Harbour that handles … ships a year reopens");
    }
    @Test
    void aClozePrintingAStatedSentenceBeforeItsOwnWaitsForTheNextSession() {
        // "Lima's first job was as a teacher." asked true or false, and a cloze that prints it before its own sentence
        String stated = "Ana Lima's first job was as a teacher at the harbour school.";
        Question tf = new Question("", "true_false", "statement", "True or false, according to the article: Ana Lima's"
                + " first job was not as a teacher at the harbour school.", List.of("True", "False"), false, List.of(),
                null, List.of(stated), List.of(), 2, 9, "");
        Question taught = question("fill_blank", "Fill in the blank with a name from the article: “" + stated
                + " She taught in _____ for ten years.”", "Portville", "s2", 8);
        Question berg = question("Who rebuilt the pier?", "Tom Berg", "s3", 1);
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        List<Question> ranked = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(tf, taught, berg)),
                Set.of(), Map.of()).ranked();
        // the statement and the cloze that tells it never stand side by side at the session's start
        assertThat(ranked).extracting(Question::answer).containsExactly(false, "Tom Berg", "Portville");
    }

    @Test
    void aPlaceTheHeadLeftTakesANameBlankWithTheHeadsNameLeftOut() {
        Question gunn = question("fill_blank", "Fill in the blank with a name from the article: “Guests included"
                + " fashion designer _____ and drummer Mickey Hart.”", "Tim Gunn", "s1", 5);
        Question hart = question("fill_blank", "Fill in the blank with a name from the article: “Guests included"
                + " fashion designer Tim Gunn and drummer _____.”", "Mickey Hart", "s1", 4);
        assertThat(firstPrompts(List.of(gunn, hart), 2)).containsExactly(
                gunn.prompt().replace("Mickey Hart", "[…]"), hart.prompt().replace("Tim Gunn", "[…]"));
    }
    @Test
    void aSpeakersNextQuotationFromTheSameParagraphWaitsLikeAGiveaway() {
        // two quotations of one speaker in one paragraph read as one passage asked twice: teachers struck both
        Question first = question("short_answer", "quote", "Type the name of the person who said: “The pier is"
                + " finished.”", "Tom Berg", "Engineer Tom Berg rebuilt the pier.", 5);
        Question next = question("short_answer", "quote", "Type the name of the person who said: “It took a"
                + " year.”", "Tom Berg", "Captain Eva Holt brought the first ship in.", 4);
        Question cheered = question("Who cheered?", "the crowd", "The crowd cheered.", 1);
        assertThat(order(List.of(first, next, cheered))).containsExactly("Tom Berg", "the crowd", "Tom Berg");
    }

    @Test
    void aSpeakerAskedTwiceInASessionIsAskedWithChoicesBothTimes() {
        // typed, the second reads as the first's answer again: teachers took 17 in 100 of those, half with choices
        List<Question> both = new ArrayList<>(bergSaid("The pier will carry trucks again"));
        both.add(question("short_answer", "quote", "Type the name of the person who said: “It took a whole year”",
                "Tom Berg", "s2", 3));
        both.add(question("multiple_choice", "quote", "Who said: “It took a whole year”?", "Tom Berg", "s2", 2));
        assertThat(firstPrompts(both, 2)).containsExactly("Who said: “The pier will carry trucks again”?",
                "Who said: “It took a whole year”?");
        // alone, a speaker's words are asked typed
        assertThat(firstPrompts(bergSaid("The pier will carry trucks again"), 1))
                .containsExactly("Type the name of the person who said: “The pier will carry trucks again”");
    }

    @Test
    void aNameIsTheAnswerOfAtMostTwoQuestionsOfASession() {
        // "7 of 10 answers the same person": the third question on Ana Lima waits until the others are asked
        List<Question> bank = List.of(question("Who reopened the harbour?", "Ana Lima", "s1", 9),
                question("Who cut the ribbon?", "Ana Lima", "s2", 8),
                question("Who thanked the crew?", "Ana Lima", "s3", 7),
                question("Who rebuilt the pier?", "Tom Berg", "s4", 2),
                question("Who brought the first ship in?", "Eva Holt", "s5", 1));
        assertThat(order(bank)).containsExactly("Ana Lima", "Ana Lima", "Tom Berg", "Eva Holt", "Ana Lima");
    }

    /** Tom Berg's words asked typed and with choices, as the generator asks a quotation both ways. */
    private static List<Question> bergSaid(String words) {
        return List.of(question("short_answer", "quote", "Type the name of the person who said: “" + words + "”",
                "Tom Berg", "s1", 5), question("multiple_choice", "quote", "Who said: “" + words + "”?", "Tom Berg",
                "s1", 4));
    }

    private static List<String> firstPrompts(List<Question> candidates, int n) {
        Facts facts = facts();
        return new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(candidates), Set.of(), Map.of())
                .ranked().stream().limit(n).map(Question::prompt).toList();
    }

    @Test
    void aSpeakerAnotherPromptNamesIsAskedWithChoicesRatherThanTyped() {
        // "Tom Berg" typed is given away by the fill-in that names him; among choices every speaker stands anyway
        Question firm = question("fill_blank", "Fill in the blank with a name from the article: “Engineer Tom Berg"
                + " of _____ rebuilt the pier.”", "Harbour Works", "s2", 3);
        assertThat(firstPrompts(with(bergSaid("The pier will carry trucks again"), firm), 2)).containsExactly(
                "Who said: “The pier will carry trucks again”?", firm.prompt());
    }

    @Test
    void aPromptShowingTheSpeakerWithTheirWordsGivesAwayEvenTheQuestionWithChoices() {
        Question firm = question("fill_blank", "Fill in the blank with a name from the article: “Tom Berg of _____"
                + " said the pier will carry trucks again.”", "Harbour Works", "s2", 3);
        Question ship = question("Who brought the first ship in?", "Eva Holt", "s3", 2);
        assertThat(order(List.of(bergSaid("The pier will carry trucks again").get(1), firm, ship)))
                .containsExactly("Tom Berg", "Eva Holt", "Harbour Works");
    }

    @Test
    void aPromptNamingASpeakerBesideTheirWordsIsCutBeforeTheWords() {
        Question firm = question("fill_blank", "Fill in the blank with a name from the article: “Tom Berg of the"
                + " _____, speaking to reporters on the quay, said, \"The pier will carry trucks again by the"
                + " spring.\"”", "Harbour Works", "s1", 3);
        assertThat(firstPrompts(with(bergSaid("The pier will carry trucks again by the spring"), firm), 2))
                .containsExactly("Who said: “The pier will carry trucks again by the spring”?",
                        "Fill in the blank with a name from the article: “Tom Berg of the _____, speaking to reporters"
                        + " on the quay, said …”");
    }

    @Test
    void whatSomeoneSaidIsNeverBesideAQuestionItsChoicesOrItsSentenceAnswer() {
        Question said = new Question("", "multiple_choice", "statement", "According to the article, what did Ana Lima"
                + " say?", List.of("The pier would open in May", "Tom Berg rebuilt it in six weeks",
                "The crowd cheered for an hour"), "The pier would open in May", List.of(), null, List.of("s1"),
                List.of(), 2, 9, "");
        // its own sentence, and an answer one of its wrong choices shows
        Question sameSentence = amount("Ana Lima said the pier would open in _____.", "May", "s1", 5);
        Question shown = question("Who rebuilt the pier?", "Tom Berg", "s2", 5);
        Question apart = question("Who brought the first ship in?", "Eva Holt", "s3", 4);
        List<String> head = order(List.of(said, sameSentence, shown, apart));
        assertThat(head.indexOf("The pier would open in May")).isZero();
        assertThat(head.indexOf("Eva Holt")).isEqualTo(1);
        // both clash with the first: they come after the question that clashes with nothing
        assertThat(head).containsSubsequence("The pier would open in May", "Eva Holt", "May");
        assertThat(head).containsSubsequence("The pier would open in May", "Eva Holt", "Tom Berg");
    }

    @Test
    void noPromptOfAShortBankShowsAnotherQuestionsAnswer() {
        // a short bank puts every question in a session's places, those placed past its head too: each cloze leaves
        // out the amount the other asks, as the article's sentence allows
        String article = "Turnout soars\n\nWednesday, March 13, 2024\n\n"
                + "The turnout was about 71%, some 25% higher than last year. About 3.4 million people voted.\n";
        String sentence = "The turnout was about 71%, some 25% higher than last year.";
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", article, Set.of()));
        List<Question> ranked = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(List.of(
                amount("The turnout was about _____, some 25% higher than last year.", "71%", sentence, 5),
                amount("The turnout was about 71%, some _____ higher than last year.", "25%", sentence, 4),
                amount("About _____ people voted.", "3.4 million", "About 3.4 million people voted.", 3))),
                Set.of(), Map.of()).ranked();
        assertThat(ranked).hasSize(3);
        for (Question q : ranked) {
            assertThat(ranked).filteredOn(o -> o != q).allSatisfy(o ->
                    assertThat(QuestionText.shows(q.prompt(), (String) o.answer())).as(q.prompt()).isFalse());
        }
        assertThat(ranked).extracting(Question::prompt).anyMatch(p -> p.contains("about _____, some […] higher"));
    }

    @Test
    void theTitleHidesOnlyWhatTheHeadlineStatesAndKeepsAnAcronymAskedAbout() {
        // the dateline answers "said on _____": the headline's month and day's number are no date to hide
        Question day = date("Ana Lima said on _____ that the harbour is open.", "March 13, 2024", "s1", 5);
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 3);
        String march = ARTICLE.replace("Harbour reopens", "Harbour reopens 13 piers in March vote");
        assertThat(title(march, List.of(day, lima))).isEqualTo("Harbour reopens 13 piers in March vote");
        // a year the headline states is hidden
        Question year = date("The harbour will reopen fully in _____.", "2024", "s1", 3);
        assertThat(title(ARTICLE.replace("Harbour reopens", "Harbour to reopen fully in 2024"), List.of(year, lima)))
                .isEqualTo("Harbour to reopen fully in …");
        // "what does RTA stand for?" prints the acronym: the title keeps it
        Question stands = question("In the article, what does “RTA” stand for?", "Regional Transit Authority", "s2",
                5);
        String rta = ARTICLE.replace("Harbour reopens", "RTA reopens the old harbour")
                .replace("The crowd cheered.", "The Regional Transit Authority (RTA) paid.");
        assertThat(title(rta, List.of(stands, lima))).isEqualTo("RTA reopens the old harbour");
    }

    @Test
    void aTitleTheTeacherGaveIsShownAsGivenAndAnswersWhatItStates() {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        Question lima = question("Who reopened the harbour?", "Ana Lima", "s1", 9);
        BankOrder order = new BankOrder(facts, new ArticleNames(facts), new ArrayList<>(with(threeActors().subList(1,
                3), lima)), Set.of(), Map.of(), "Ana Lima and the harbour");
        assertThat(order.shownTitle()).isEqualTo("Ana Lima and the harbour");
        assertThat(order.ranked()).extracting(q -> (String) q.answer()).last().isEqualTo("Ana Lima");
    }

    @Test
    void aNameToTypeThatAnotherQuestionOffersAmongItsChoicesWaits() {
        // "Who said ...?" offering "Tom Berg" beside "Engineer _____ rebuilt the pier." gives the name to read
        Question said = new Question("", "multiple_choice", "quote", "Who said: “The harbour is open”?",
                List.of("Ana Lima", "Tom Berg", "Mia Park"), "Ana Lima", List.of(), null, List.of("s1"), List.of(), 2,
                9, "");
        Question typed = question("fill_blank", "Fill in the blank with a name from the article: “_____"
                + " rebuilt the pier.”", "Tom Berg", "s2", 8);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 1);
        List<String> keys = order(List.of(said, typed, holt));
        assertThat(keys.indexOf("Tom Berg")).isGreaterThan(keys.indexOf("Eva Holt"));
        // a name no other question offers keeps its place
        Question other = question("fill_blank", "Fill in the blank with a name from the article: “_____"
                + " rebuilt the pier.”", "Ola Berg", "s2", 8);
        List<String> free = order(List.of(said, other, holt));
        assertThat(free.indexOf("Ola Berg")).isLessThan(free.indexOf("Eva Holt"));
    }

    @Test
    void whoDidWhatASentenceAnotherQuestionAsksIsAnotherFormOfItsFacts() {
        // "Who rebuilt the pier?" beside the cloze of its sentence: the cloze names the doer
        Question who = new Question("", "multiple_choice", "event", "Who rebuilt the pier, according to the article?",
                List.of("Tom Berg", "Ana Lima", "Eva Holt"), "Tom Berg", List.of(), null, List.of("s2"), List.of(), 2, 9,
                "");
        Question cloze = amount("Engineer Tom Berg rebuilt the pier in _____ weeks.", "six", "s2", 3);
        Question holt = question("Who brought the first ship in?", "Eva Holt", "s3", 1);
        // a short bank goes without it
        assertThat(order(List.of(who, cloze, holt))).containsExactlyInAnyOrder("six", "Eva Holt");
        // alone on its sentence it is asked
        assertThat(order(List.of(who, holt))).contains("Tom Berg");
    }
}
