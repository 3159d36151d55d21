package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.facts.Cause;
import newsquiz.facts.Evidence;
import newsquiz.facts.Quote;
import org.junit.jupiter.api.Test;

/** The why-question templates: inversion, "did" with the base form, and the effects that are not asked. */
class CauseQuestionsTest {
    private final CauseQuestions questions = new CauseQuestions(Set.of("the"), Set.of(), "");

    private static Cause cause(String effect, String reason, boolean effectFirst, List<String> alternatives) {
        return new Cause(effect, reason, "because", Cause.Form.CLAUSE, effectFirst,
                new Evidence(List.of(effect + " because " + reason + "."), List.of(new int[] {0, 10})), alternatives);
    }

    @Test
    void aThingNamedOrTwoVerbsOrAnUnnamedOwnerMakeNoWhyQuestion() {
        assertThat(questions.whyQuestion("a barrier he gradually worked to overcome")).isNull();
        assertThat(questions.whyQuestion("a process Zapata described as being tricky")).isNull();
        assertThat(questions.whyQuestion("the woman became unhappy with the process and approached the court")).isNull();
        assertThat(questions.whyQuestion("their frustration only deepened")).isNull();
        assertThat(questions.whyQuestion("a trial of four possible Ebola drugs was stopped early"))
                .isEqualTo("Why was a trial of four possible Ebola drugs stopped early?");
        assertThat(questions.whyQuestion("the mayor described the plan as reckless"))
                .isEqualTo("Why did the mayor describe the plan as reckless?");
    }

    @Test
    void aPresentVerbIsAskedWithDoesOrDo() {
        assertThat(questions.whyQuestion("the seat stands vacant")).isEqualTo("Why does the seat stand vacant?");
        assertThat(questions.whyQuestion("the survey crews plan to drill more holes"))
                .isEqualTo("Why do the survey crews plan to drill more holes?");
        assertThat(questions.whyQuestion("the lower field floods first")).isEqualTo("Why does the lower field flood first?");
        // a frequency adverb stays before the verb
        assertThat(questions.whyQuestion("ferries often wait an hour at the pier"))
                .isEqualTo("Why do ferries often wait an hour at the pier?");
        assertThat(questions.whyQuestion("the night bus usually stops at the square"))
                .isEqualTo("Why does the night bus usually stop at the square?");
        // "freezes" is "freeze" and "passes" "pass": only a doubled "zz" or a hissing "ss" drops its "es"
        assertThat(questions.whyQuestion("the valley floor freezes first"))
                .isEqualTo("Why does the valley floor freeze first?");
        assertThat(questions.whyQuestion("the night train passes the town")).isEqualTo("Why does the night train pass the town?");
        assertThat(questions.whyQuestion("the old church bell rings twice"))
                .isEqualTo("Why does the old church bell ring twice?");
        // a pronoun or an owner no question can name, an auxiliary asked by inversion already
        assertThat(questions.whyQuestion("he wants to leave the club")).isNull();
        assertThat(questions.whyQuestion("its roof leaks")).isNull();
        assertThat(questions.whyQuestion("the bridge is closed")).isEqualTo("Why is the bridge closed?");
    }

    @Test
    void aReasonGivenAfterTheDeedWithSomeoneSayingIsAskedInTheirName() {
        Cause c = new Cause("the league barred the club from its stadium", "health reasons", "for reasons",
                Cause.Form.NOUN_PHRASE, true, new Evidence(List.of("The league barred the club from its stadium, with"
                + " officials saying this was for health reasons."), List.of(new int[] {0, 10})), List.of());
        assertThat(questions.draft(c, List.of()).prompt())
                .isEqualTo("According to officials, why did the league bar the club from its stadium?");
    }

    private static Cause reported(String sentence, String effect, String reason) {
        return new Cause(effect, reason, "because", Cause.Form.CLAUSE, true,
                new Evidence(List.of(sentence), List.of(new int[] {0, 10})), List.of());
    }

    @Test
    void aReasonReportedInSomeonesNameIsAskedInTheirName() {
        // no quotation took these reports: the question names the reporter before the verb all the same
        assertThat(questions.draft(reported("The firm announced Monday the plant would close because orders had dried"
                + " up.", "the plant would close", "orders had dried up"), List.of()).prompt())
                .isEqualTo("According to the firm, why would the plant close?");
        assertThat(questions.draft(reported("The families sued in 2022, arguing that the company delayed a recall in"
                + " order to clear its stock.", "the company delayed a recall", "to clear its stock"), List.of())
                .prompt()).isEqualTo("According to the families, why did the company delay a recall?");
        // a reporter no short name tells is not turned into the article's own claim
        assertThat(questions.draft(reported("Officials at the regional water authority serving three counties said"
                + " the dam would be drained because cracks were found.", "the dam would be drained",
                "cracks were found"), List.of())).isNull();
        // whom one told and when are passed; the name before an appositive's commas reports
        assertThat(questions.draft(reported("The judge told the jury on Thursday the defendant had fled because he"
                + " feared prison.", "the defendant had fled", "he feared prison"), List.of()).prompt())
                .isEqualTo("According to the judge, why had the defendant fled?");
        assertThat(questions.draft(reported("The report, published Tuesday, said the river had flooded because the"
                + " gates were left open.", "the river had flooded", "the gates were left open"), List.of()).prompt())
                .isEqualTo("According to the report, why had the river flooded?");
        // no short name of its own: a pronoun, a passive, a time before the subject, a report in a report, a
        // participle whose clause is part of another
        for (String[] r : new String[][] {
                {"He said the school would shut because the heating failed.", "the school would shut"},
                {"The mayor was told the tunnel would stay closed because it cracked.", "the tunnel would stay closed"},
                {"Last year the council said the pool would shut because its roof leaked.", "the pool would shut"},
                {"The minister said the firm announced the plant would shut because sales fell.", "the plant would shut"},
                {"The bill passed after the senator spoke, saying the tax was fair because the rich gained most.",
                        "the tax was fair"}}) {
            assertThat(questions.draft(reported(r[0], r[1], "a reason"), List.of())).as(r[0]).isNull();
        }
        // the article's own telling stays its own
        assertThat(questions.draft(reported("The dam was drained because cracks were found.", "the dam was drained",
                "cracks were found"), List.of()).prompt()).isEqualTo("Why was the dam drained?");
    }

    @Test
    void aPronounDoerIsAskedInTheNameOfTheReporterItStandsFor() {
        // local news, sport, courts: the reporter right before names the pronoun, and gives the reason
        assertThat(questions.draft(reported("The water board said it shut the valve in response to a burst main.",
                "it shut the valve", "a burst main"), List.of()).prompt())
                .isEqualTo("According to the water board, why did it shut the valve?");
        assertThat(questions.draft(reported("The ferry firm announced it would cancel sailings because of high seas.",
                "it would cancel sailings", "high seas"), List.of()).prompt())
                .isEqualTo("According to the ferry firm, why would it cancel sailings?");
        assertThat(questions.draft(reported("NW&R stated it closed the line in response to a landslide.",
                "it closed the line", "a landslide"), List.of()).prompt())
                .isEqualTo("According to NW&R, why did it close the line?");
        assertThat(questions.draft(reported("Stewards said they halted the race because the track was flooded.",
                "they halted the race", "the track was flooded"), List.of()).prompt())
                .isEqualTo("According to stewards, why did they halt the race?");
        assertThat(questions.draft(reported("The coach said he benched the captain because she missed training.",
                "he benched the captain", "she missed training"), List.of()).prompt())
                .isEqualTo("According to the coach, why did he bench the captain?");
        // a pronoun of another number or kind, a name no word marks as a body, an "it was" that may be the event,
        // a pronoun no report stands right before
        for (String[] r : new String[][] {
                {"Stewards said it halted the race because the track was flooded.", "it halted the race"},
                {"The coach said they benched the captain because she missed training.", "they benched the captain"},
                {"Marta Vidal said it cut prices because demand fell.", "it cut prices"},
                {"The ministry said it was a mistake because the data were old.", "it was a mistake"},
                {"The firm grew, and it cut prices because demand fell.", "it cut prices"},
                {"The water board said he shut the valve because of a burst main.", "he shut the valve"}}) {
            assertThat(questions.draft(reported(r[0], r[1], "a reason given"), List.of())).as(r[0]).isNull();
        }
    }

    @Test
    void aReasonStatedBeforeSoIsAskedInTheStatersName() {
        Cause c = new Cause("the new roof will not affect the parish budget", "it was paid for by a donor", "so",
                Cause.Form.CLAUSE, true, new Evidence(List.of("The vicar was pleased, but the treasurer stated the new"
                + " roof was paid for by a donor, so it will not affect the parish budget."), List.of(new int[] {0, 10})),
                List.of());
        assertThat(questions.draft(c, List.of()).prompt())
                .isEqualTo("According to the treasurer, why will the new roof not affect the parish budget?");
        // the article's own "so" stays its own
        Cause own = new Cause("the stadium costs the town nothing", "it was built with a grant", "so",
                Cause.Form.CLAUSE, true, new Evidence(List.of("The stadium was built with a grant, so it costs the town"
                + " nothing."), List.of(new int[] {0, 10})), List.of());
        assertThat(questions.draft(own, List.of()).prompt()).isEqualTo("Why does the stadium cost the town nothing?");
        assertThat(questions.whyQuestion("the vaccines cannot reach remote clinics"))
                .isEqualTo("Why can the vaccines not reach remote clinics?");
    }

    private static Cause ascribed(String sentence, String effect, String reason, String connective) {
        return new Cause(effect, reason, connective, Cause.Form.NOUN_PHRASE, true,
                new Evidence(List.of(sentence), List.of(new int[] {0, 10})), List.of());
    }

    @Test
    void aCauseSomeoneGivesIsAskedInTheirNameOrAsTheArticles() {
        // words the article writes in lower case elsewhere lose their sentence-opening capital
        CauseQuestions questions = new CauseQuestions(Set.of("the", "fire", "engineers"), Set.of(), "");
        CauseQuestions.Draft d = questions.draft(ascribed("Fire officials blamed the warehouse blaze on a discarded"
                + " cigarette.", "the warehouse blaze", "a discarded cigarette", "blamed on"), List.of());
        assertThat(d.prompt()).isEqualTo("What did fire officials blame the warehouse blaze on?");
        assertThat(d.answer()).isEqualTo("a discarded cigarette"); // no "because of" before a thing blamed
        String[][] asked = {
            {"Engineers have attributed the delays to a shortage of steel.", "the delays", "a shortage of steel",
                "attributed to", "What did engineers attribute the delays to?"},
            // the passive, a pronoun or a clause for the doer: the article's telling
            {"The late opening was attributed to a shortage of steel.", "the late opening", "a shortage of steel",
                "was attributed to", "According to the article, what was the late opening attributed to?"},
            {"He blamed the losses on a weak currency.", "the losses", "a weak currency", "blamed on",
                "According to the article, what were the losses blamed on?"},
            // a time before the doer is no part of it; the head noun decides "was" or "were"
            {"On Monday fire officials blamed the power cut on a faulty transformer.", "the power cut",
                "a faulty transformer", "blamed on", "According to the article, what was the power cut blamed on?"},
            {"The crisis was blamed on a shortage of steel.", "the crisis", "a shortage of steel", "was blamed on",
                "According to the article, what was the crisis blamed on?"},
            {"The collapse of the talks was blamed on a row over fees.", "the collapse of the talks", "a row over fees",
                "was blamed on", "According to the article, what was the collapse of the talks blamed on?"},
            // a capital before a word in lower case only opens the sentence, whatever words the article has
            {"Local doctors blamed the outbreak on a faulty water pump.", "the outbreak", "a faulty water pump",
                "blamed on", "What did local doctors blame the outbreak on?"},
        };
        for (String[] a : asked) {
            assertThat(questions.draft(ascribed(a[0], a[1], a[2], a[3]), List.of()).prompt()).as(a[0]).isEqualTo(a[4]);
        }
        // people blamed stand beside no stock reason
        assertThat(questions.draft(ascribed("Police blamed the riot on a small group of youths.", "the riot",
                "a small group of youths", "blamed on"), List.of())).isNull();
        // a claim told of a claim is nobody's to ask in
        assertThat(questions.draft(ascribed("A blog claims police sources have blamed the fire on arson.", "the fire",
                "arson", "blamed on"), List.of())).isNull();
        // a death takes other illnesses and accidents
        CauseQuestions.Draft death = questions.draft(ascribed("A coroner ascribed her death to a blood clot.",
                "her death", "a blood clot", "ascribed to"), List.of());
        assertThat(death.prompt()).isEqualTo("What did a coroner ascribe her death to?");
        assertThat(death.wrong()).hasSize(3).isSubsetOf(Reasons.deaths("a blood clot", Set.of()));
    }

    @Test
    void aNamedPersonsDeathTakesOtherIllnessesAsWrongAnswers() {
        Cause death = new Cause("Lena Marsh died", "heart failure", "cause of death", Cause.Form.NOUN_PHRASE, true,
                new Evidence(List.of("Lena Marsh died on Sunday.", "Her family gave the cause of death as heart"
                + " failure."), List.of(new int[] {0, 10})), List.of());
        CauseQuestions.Draft d = questions.draft(death, List.of());
        assertThat(d.prompt()).isEqualTo("Why did Lena Marsh die?");
        assertThat(d.wrong()).hasSize(3).isSubsetOf(Reasons.deaths("heart failure", Set.of()));
        // children who died of a faulty batch keep the story's own stock: no heart attack beside them
        Cause children = new Cause("two small children died", "a faulty batch of medicine", "from",
                Cause.Form.NOUN_PHRASE, true, new Evidence(List.of("s"), List.of(new int[] {0, 1})), List.of());
        assertThat(questions.draft(children, List.of()).wrong()).doesNotContain("a heart attack", "a stroke");
    }

    @Test
    void twoWhyQuestionsOfOneArticleOfferOtherWrongReasons() {
        // the same three wrong reasons under both questions would mark each key out as the one that differs
        CauseQuestions one = new CauseQuestions(Set.of("the"), Set.of(), "");
        CauseQuestions.Draft first = one.draft(cause("the hospital trial of the vaccine was halted",
                "several volunteers fell ill", true, List.of()), List.of());
        CauseQuestions.Draft second = one.draft(cause("the hospital trial of the new drug was delayed",
                "several volunteers fell ill", true, List.of()), List.of());
        assertThat(first.wrong()).hasSize(3);
        assertThat(second.wrong()).hasSize(3).doesNotContainAnyElementsOf(first.wrong());
    }

    @Test
    void anAuxiliaryMovesToTheFront() {
        assertThat(questions.whyQuestion("the match was stopped after an hour"))
                .isEqualTo("Why was the match stopped after an hour?");
        assertThat(questions.whyQuestion("many fans do not buy tickets")).isEqualTo("Why do many fans not buy tickets?");
    }

    @Test
    void aPastVerbTakesDidAndItsBaseForm() {
        assertThat(questions.whyQuestion("the firm dropped its price")).isEqualTo("Why did the firm drop its price?");
        assertThat(questions.whyQuestion("the court closed the case")).isEqualTo("Why did the court close the case?");
        assertThat(questions.whyQuestion("the mayor began a review")).isEqualTo("Why did the mayor begin a review?");
        assertThat(CauseQuestions.Verbs.baseOfPast("stopped")).isEqualTo("stop");
        assertThat(CauseQuestions.Verbs.baseOfPast("carried")).isEqualTo("carry");
        assertThat(CauseQuestions.Verbs.baseOfPast("announced")).isEqualTo("announce");
        assertThat(CauseQuestions.Verbs.baseOfPast("added")).isEqualTo("add");
        // a doubled "l" after an unstressed vowel is spelling only; after a stressed one it is the verb's own
        assertThat(CauseQuestions.Verbs.baseOfPast("cancelled")).isEqualTo("cancel");
        assertThat(CauseQuestions.Verbs.baseOfPast("travelled")).isEqualTo("travel");
        assertThat(CauseQuestions.Verbs.baseOfPast("patrolled")).isEqualTo("patrol");
        assertThat(CauseQuestions.Verbs.baseOfPast("called")).isEqualTo("call");
        assertThat(CauseQuestions.Verbs.baseOfPast("killed")).isEqualTo("kill");
        assertThat(CauseQuestions.Verbs.baseOfPast("rolled")).isEqualTo("roll");
        assertThat(CauseQuestions.Verbs.baseOfPast("spelled")).isEqualTo("spell");
        assertThat(CauseQuestions.Verbs.baseOfPast("reinstalled")).isEqualTo("reinstall");
        assertThat(CauseQuestions.Verbs.baseOfPast("bankrolled")).isEqualTo("bankroll");
        assertThat(CauseQuestions.Verbs.baseOfPast("controlled")).isEqualTo("control");
        assertThat(CauseQuestions.Verbs.baseOfPast("dispelled")).isEqualTo("dispel");
    }

    @Test
    void anEffectThatNamesNobodyIsNotAsked() {
        assertThat(questions.draft(cause("It was delayed", "the rain came", true,
                List.of("a b c d", "e f g h")), List.of())).isNull();
        assertThat(questions.draft(cause("The move comes", "the rain came", true, List.of()), List.of())).isNull();
    }

    @Test
    void wordsInsideAQuotationAreCreditedToTheirSpeaker() {
        Quote q = new Quote("Lena Ortiz", "Ortiz", "we need more nurses because the wards are full", true, false,
                "said", new Evidence(List.of("x"), List.of(new int[] {0, 1})));
        CauseQuestions.Draft d = questions.draft(cause("we need more nurses", "the wards are full", true,
                List.of("the buses run late", "prices rose again")), List.of(q));
        assertThat(d.prompt()).isEqualTo("What reason does Lena Ortiz give for saying “we need more nurses”?");
        // stock reasons of the story's field (nurses, wards: health) in the answer's tense; the article's other
        // reasons ("the buses run late") read as nonsense beside this effect
        assertThat(d.wrong()).hasSize(3).doesNotContain("the buses run late", "prices rose again")
                .isSubsetOf(Reasons.of(Cause.Form.CLAUSE, "the wards are full", "clinic hospital", "", Set.of()));
    }

    @Test
    void noStockReasonNamesWhatTheArticleNamesInAnotherForm() {
        // "rising costs" beside a councillor who opposed a wall "citing its cost" is a second right answer
        Set<String> article = Choices.words("Councillor Reis opposed the wall, citing its cost. Prices rose.");
        assertThat(Reasons.touches("rising costs", article)).isTrue();
        assertThat(Reasons.touches("a price war", article)).isTrue();
        assertThat(Reasons.touches("poor planning", article)).isFalse();
        assertThat(Reasons.of(Cause.Form.NOUN_PHRASE, "its cost", "opposed the wall", "", article))
                .isNotEmpty().noneMatch(r -> r.contains("cost") || r.contains("price"));
    }

    @Test
    void wrongReasonsComeFromTheStorysOwnField() {
        // a fogged visor is an equipment fault: "the public had lost interest" beside it was struck as absurd
        CauseQuestions.Draft visor = questions.draft(new Cause("the visor fogged", "a heater was not working", "because",
                Cause.Form.CLAUSE, true, new Evidence(List.of("s"), List.of(new int[] {0, 1})), List.of()), List.of());
        assertThat(visor.wrong()).hasSize(3)
                .isSubsetOf(Reasons.of(Cause.Form.CLAUSE, "a heater was not working", "fog fault", "", Set.of()));
        assertThat(Reasons.Field.of("the trial of four drugs was stopped early patients")).isEqualTo(Reasons.Field.HEALTH);
        assertThat(Reasons.Field.of("his time was not an official world record race")).isEqualTo(Reasons.Field.SPORT);
        assertThat(Reasons.Field.of("the council delayed the vote")).isEqualTo(Reasons.Field.PUBLIC);
        // a bank's records are no sport's: a fraud found in the books gets no stock reason of a race
        assertThat(Reasons.Field.of("the scheme came to light an accountant noticed that quarterly statements did not"
                + " match the bank's records")).isNotEqualTo(Reasons.Field.SPORT);
        assertThat(Reasons.Field.of("she set a new national record")).isEqualTo(Reasons.Field.SPORT);
        assertThat(Reasons.Field.of("his lawyer had asked for leniency")).isEqualTo(Reasons.Field.LAW);
        assertThat(Reasons.Field.of("Liverpool's match with Everton was postponed")).isEqualTo(Reasons.Field.SPORT);
        assertThat(Reasons.Field.of("they played two matches in three days")).isEqualTo(Reasons.Field.SPORT);
        assertThat(Reasons.Field.of("the reservoir fell to a record low")).isNotEqualTo(Reasons.Field.SPORT);
        assertThat(Reasons.Field.of("he was denied bail as he had a long criminal record"))
                .isNotEqualTo(Reasons.Field.SPORT);
        // damages a court awards are law, not damage done
        assertThat(Reasons.Field.of("The actress is suing a French novelist for 50,000 euros in damages"))
                .isEqualTo(Reasons.Field.LAW);
        assertThat(Reasons.Field.of("the storm damaged the roof")).isEqualTo(Reasons.Field.ACCIDENT);
        // a river that stays high is weather, not an equipment fault: "the rules on safety are weak" beside it
        // read as nonsense
        assertThat(Reasons.Field.of("the river could stay above flood level water is still draining from the hills"))
                .isEqualTo(Reasons.Field.NATURE);
        assertThat(Reasons.of(Cause.Form.CLAUSE, "water is still draining from the hills", "the river could stay above"
                + " flood level", "", Set.of())).contains("the tide is unusually high")
                .doesNotContain("the rules on safety are weak");
        // whole words only: "Snowden", "stormed the building" and a business "forecast" are no weather
        assertThat(Reasons.Field.of("Police stormed the building because hostages were inside"))
                .isNotEqualTo(Reasons.Field.NATURE);
        assertThat(Reasons.Field.of("the firm lowered its forecast because demand was weak"))
                .isNotEqualTo(Reasons.Field.NATURE);
        // the effect decides: a musician retiring through ill health is a career story, not a medical one
        assertThat(Reasons.of(Cause.Form.NOUN_PHRASE, "his ill health", "Baker retired from live performances",
                "", Set.of())).contains("a dispute over money").doesNotContain("side effects of the drug");
        // an effect that names a field keeps it whatever the story: an ordinance is public affairs in a court story
        assertThat(Reasons.of(Cause.Form.CLAUSE, "shop owners complained about noise", "the ordinance was passed",
                "Appeals court strikes down the ban; the court ruled", Set.of()))
                .isSubsetOf(Reasons.of(Cause.Form.CLAUSE, "shop owners complained about noise", "the council vote", "",
                        Set.of()));
        // an effect that names no field takes the story's: the headline and lead
        assertThat(Reasons.of(Cause.Form.CLAUSE, "bees visit hundreds of flowers", "the ability may save them time",
                "Researchers have found that bees can count", Set.of()))
                .isSubsetOf(Reasons.of(Cause.Form.CLAUSE, "bees visit hundreds of flowers", "a study", "", Set.of()));
    }

    @Test
    void anAccidentAwayFromAnyBuildingGetsNoBuildingsReasons() {
        // "heavy snow on the roof" beside a pilot who fell into the sea is a joke, not a wrong reason
        assertThat(Reasons.of(Cause.Form.NOUN_PHRASE, "a collision with the support boat", "the pilot fell into the sea",
                "", Set.of())).hasSizeGreaterThanOrEqualTo(3).noneMatch(r -> r.matches(".*\\b(roof|pipe|wiring|construction)\\b.*"));
        assertThat(Reasons.of(Cause.Form.NOUN_PHRASE, "a collision with a crane", "the roof of the school fell in",
                "", Set.of())).anyMatch(r -> r.matches(".*\\b(roof|pipe|wiring|construction)\\b.*"));
    }

    @Test
    void aDeedPraisedOrBlamedIsAskedBesideOtherDeeds() {
        Cause prize = new Cause("physicist Ana Lima won the prize", "her work on dark matter", "for",
                Cause.Form.NOUN_PHRASE, true, new Evidence(List.of("x"), List.of(new int[] {0, 1})),
                List.of("discovering a new planet"));
        CauseQuestions.Draft d = questions.draft(prize, List.of());
        assertThat(d.prompt()).isEqualTo("Why did physicist Ana Lima win the prize?");
        assertThat(d.answer()).isEqualTo("for her work on dark matter");
        // the article's other deed first, then stock deeds of praise: every choice says what it was for
        assertThat(d.wrong()).hasSize(3).contains("for discovering a new planet").allMatch(w -> w.startsWith("for "));
        Cause fine = new Cause("Tom Reed was fined", "speeding through a school zone", "for",
                Cause.Form.NOUN_PHRASE, true, new Evidence(List.of("x"), List.of(new int[] {0, 1})), List.of());
        assertThat(questions.draft(fine, List.of()).wrong()).hasSize(3).allMatch(w -> w.startsWith("for ")
                && !w.matches(".*(generation|institute|teaching|popular book).*"));
    }

    @Test
    void thereWasOrWereNamesWhatItIsAbout() {
        Cause protests = new Cause("there were two weeks of protests in the capital", "rising fuel prices", "over",
                Cause.Form.NOUN_PHRASE, true, new Evidence(List.of("x"), List.of(new int[] {0, 1})), List.of());
        assertThat(questions.draft(protests, List.of()).prompt())
                .isEqualTo("Why were there two weeks of protests in the capital?");
        // "there" as a place, or an article's own "there is" (a speaker's "there is a young guy asking me"), still
        // points back
        assertThat(questions.draft(cause("there the crowd waited", "the rain came", true, List.of()), List.of()))
                .isNull();
        assertThat(questions.draft(cause("there is a young man asking me for advice", "he wants my record", true,
                List.of()), List.of())).isNull();
    }

    @Test
    void aReasonReportedAsSomeonesClaimIsCreditedToThem() {
        Cause c = cause("children are safer", "police closed the site", true, List.of());
        Quote q = new Quote("Ana Lima", "Lima", "children are safer because police closed the site", false, false,
                "said", c.evidence());
        assertThat(questions.draft(c, List.of(q)).prompt()).isEqualTo("According to Ana Lima, why are children safer?");
        assertThat(questions.draft(c, List.of()).prompt()).isEqualTo("Why are children safer?");
        // "Parents called for the head's exit after reports ...": the call is the effect the article tells, not a report
        Cause call = new Cause("parents called for the head's exit", "reports he had lost the funds", "after",
                Cause.Form.NOUN_PHRASE, true, new Evidence(List.of("Parents called for the head's exit after reports he"
                + " had lost the funds."), List.of(new int[] {0, 10})), List.of());
        Quote demand = new Quote("Parents", "Parents", "the head's exit after reports he had lost the funds", false,
                false, "called", call.evidence());
        assertThat(questions.draft(call, List.of(demand)).prompt()).isEqualTo("Why did parents call for the head's exit?");
    }

    @Test
    void aReasonOrAnEffectNoStudentCouldReadIsNotAsked() {
        assertThat(questions.draft(cause("they are eager for an election", "we are", true, List.of()), List.of()))
                .isNull();
        assertThat(questions.draft(cause("Judge Miller to delay his ruling until", "they made their recommendations",
                true, List.of()), List.of())).isNull();
    }

    @Test
    void aCauseFirstFactAsksWhatLedToTheEffect() {
        Cause c = new Cause("a derailment", "A faulty signal", "led to", Cause.Form.NOUN_PHRASE, false,
                new Evidence(List.of("s"), List.of(new int[] {0, 1})), List.of("the new timetable", "a late bus"));
        CauseQuestions.Draft d = questions.draft(c, List.of());
        assertThat(d.prompt()).isEqualTo("According to the article, what led to a derailment?");
        assertThat(d.answer()).isEqualTo("a faulty signal");
    }

    @Test
    void stockReasonsTakeTheCausesFormAndAvoidTheArticlesOwnWords() {
        assertThat(Reasons.of(Cause.Form.PURPOSE, "to win votes", "the party", "", Set.of())).allMatch(r -> r.startsWith("to "));
        assertThat(Reasons.of(Cause.Form.NOUN_PHRASE, "heavy rain", "the vote was put off", "", Set.of("money", "protests")))
                .noneMatch(r -> r.contains("money") || r.contains("protests"));
    }

    @Test
    void stockReasonsComeAsLongAsTheAnswerAsNearAsTheyCan() {
        // a dozen words beside stock reasons of four: the one long choice is the answer
        String longAnswer = "two of the drugs had already shown considerable progress in treating the disease";
        List<String> forLong = Reasons.of(Cause.Form.CLAUSE, longAnswer, "the trial was stopped early", "", Set.of());
        assertThat(forLong.subList(0, 3)).allMatch(r -> r.split(" ").length >= 9);
        List<String> forShort = Reasons.of(Cause.Form.CLAUSE, "the drugs ran out", "the trial was stopped early", "",
                Set.of());
        assertThat(forShort.subList(0, 3)).allMatch(r -> r.split(" ").length <= 6);
    }

    @Test
    void aReasonOpeningWithANameHasEveryChoiceOpenedByTheArticlesConnective() {
        // "Republicans tried ..." would be the only capitalised choice beside "the budget had been cut"
        Cause c = new Cause("the mayor's plan appeared in jeopardy", "Republicans tried and failed to pass the budget",
                "after", Cause.Form.CLAUSE, true, new Evidence(List.of("s"), List.of(new int[] {0, 1})), List.of());
        CauseQuestions.Draft d = questions.draft(c, List.of());
        assertThat(d.answer()).isEqualTo("after Republicans tried and failed to pass the budget");
        assertThat(d.wrong()).hasSize(3).allMatch(w -> w.startsWith("after ") && Character.isLowerCase(w.charAt(6)));
    }

    @Test
    void aReasonBeforeSoOpensWithBecauseWhenItsNameWouldStandOut() {
        // "Selectors confirmed ..., so Lindgren is expected to travel": "so" opens no reason
        Cause c = new Cause("Lindgren is also expected to travel", "Selectors confirmed that the top two would go",
                "so", Cause.Form.CLAUSE, true, new Evidence(List.of("s"), List.of(new int[] {0, 1})), List.of());
        CauseQuestions.Draft d = questions.draft(c, List.of());
        assertThat(d.answer()).isEqualTo("because Selectors confirmed that the top two would go");
        assertThat(d.wrong()).allMatch(w -> w.startsWith("because "));
    }

    @Test
    void aReasonEndingInAnAuxiliaryIsNoReason() {
        // "because Pierluisi did": the verb it stands for is said elsewhere
        assertThat(questions.draft(cause("the senate cancelled its hearing", "Pierluisi did", true, List.of()),
                List.of())).isNull();
        // "citing what he called "a pattern ..."": the words he used are cut off at their quotation mark
        assertThat(questions.draft(cause("the judge halved the award", "what he called", true, List.of()),
                List.of())).isNull();
        assertThat(questions.draft(cause("the judge halved the award", "what the defence lawyers called", true,
                List.of()), List.of())).isNull();
        // a reason that ends in "called" is one all the same
        assertThat(questions.draft(cause("parliament was dissolved", "an early election was called", true,
                List.of()), List.of())).isNotNull();
    }

    @Test
    void aVerbTheSameInThePastIsAskedWithDid() {
        assertThat(questions.whyQuestion("the company cut 600 jobs last November"))
                .isEqualTo("Why did the company cut 600 jobs last November?");
        // a noun before its verb is no verb: "the budget cut was reversed"
        assertThat(questions.whyQuestion("the budget cut was reversed")).isEqualTo("Why was the budget cut reversed?");
        // nor a participle whose sentence has its verb later
        assertThat(questions.whyQuestion("two workers hurt in the explosion were flown to Carlton"))
                .isEqualTo("Why were two workers hurt in the explosion flown to Carlton?");
        assertThat(questions.whyQuestion("voters upset by the tax rise backed the opposition"))
                .isNotEqualTo("Why did voters upset by the tax rise backed the opposition?");
        // a later clause's verb or a number word ending in "ed" is no verb of this one
        assertThat(questions.whyQuestion("the carmaker cut three hundred jobs at its plant"))
                .isEqualTo("Why did the carmaker cut three hundred jobs at its plant?");
        assertThat(questions.whyQuestion("the city set aside funds for those in need"))
                .isEqualTo("Why did the city set aside funds for those in need?");
    }

    @Test
    void aBusinessStoryGetsABusinessesReasonsAndPublicOnesWhenItsOwnWordsTouchThem() {
        assertThat(Reasons.Field.of("the shares fell after the merger was announced")).isEqualTo(Reasons.Field.BUSINESS);
        assertThat(Reasons.of(Cause.Form.CLAUSE, "the chain had lost customers", "the shares fell", "", Set.of()))
                .contains("a rival had cut its prices");
        // a merger story names sales, costs, rivals and shares: what is left of its field is topped up
        Set<String> merger = Set.of("sales", "rival", "prices", "costs", "shareholders", "shares");
        assertThat(Reasons.of(Cause.Form.CLAUSE, "the chain had lost customers", "the shares fell", "", merger))
                .hasSizeGreaterThanOrEqualTo(3).noneMatch(r -> r.contains("sales") || r.contains("rival"));
    }

    @Test
    void anEffectNoWhyQuestionCanBeMadeOfIsNotAsked() {
        // "What reason does the article give for this: “a barrier he gradually worked to overcome”?" was no question
        assertThat(questions.draft(cause("a barrier he gradually worked to overcome", "he was shy", true, List.of()),
                List.of())).isNull();
        assertThat(questions.draft(cause("their frustration only deepened", "the talks failed", true, List.of()),
                List.of())).isNull();
    }
}
