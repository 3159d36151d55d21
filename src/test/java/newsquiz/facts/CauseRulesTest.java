package newsquiz.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.article.ArticleParser;
import org.junit.jupiter.api.Test;

/** One test per cause rule, on small made-up articles in styles the evaluation set does not have. */
class CauseRulesTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<Cause> causes(String body) {
        return EXTRACTOR.extract(ArticleParser.parse("t", "Headline\n\nWednesday, March 13, 2024\n\n" + body,
                Set.of())).causes();
    }

    private static Cause only(String body) {
        List<Cause> found = causes(body);
        assertThat(found).as(body).hasSize(1);
        return found.get(0);
    }

    @Test
    void becauseGivesAClauseAfterTheEffect() {
        Cause c = only("The county court closed its doors early because a water pipe had burst in the basement.\n");
        assertThat(c.effect()).isEqualTo("the county court closed its doors early");
        assertThat(c.cause()).isEqualTo("a water pipe had burst in the basement");
        assertThat(c.form()).isEqualTo(Cause.Form.CLAUSE);
        assertThat(c.effectFirst()).isTrue();
    }

    @Test
    void aLongClauseAfterAfterEndsWhereItsPurposeBegins() {
        // too long for a choice whole: cut before "to allow ...", not dropped
        Cause c = causes("The strikes began after the city government proposed an amendment to a bylaw to allow"
                + " private firms to run the bus routes in every district of the city for the next ten years or more.\n")
                .stream().filter(x -> x.connective().equals("after")).findFirst().orElseThrow();
        assertThat(c.effect()).isEqualTo("the strikes began");
        assertThat(c.cause()).isEqualTo("the city government proposed an amendment to a bylaw");
        // a verb that takes "to" as its object keeps it: "refused to allow ..." is not cut to "refused"
        assertThat(causes("The strikes began after the city government of the province refused to allow private firms"
                + " to run the bus routes in every district of the city for the next ten years or more.\n"))
                .extracting(Cause::cause).noneMatch(x -> x.endsWith("refused"));
    }

    @Test
    void soAfterACommaTellsWhatFollowedFromTheClauseBefore() {
        Cause c = only("The river rose quickly overnight, so the council closed the bridge on Tuesday. So far,"
                + " nobody has complained, and so many people stayed home.\n");
        assertThat(c.effect()).isEqualTo("the council closed the bridge on Tuesday");
        assertThat(c.cause()).isEqualTo("the river rose quickly overnight");
        assertThat(c.connective()).isEqualTo("so");
        // a subject that opens with an adjective is a subject still
        assertThat(causes("The river burst its banks, so local residents were moved to the school.\n"))
                .extracting(Cause::effect).contains("local residents were moved to the school");
        // "so strong that" is a degree, no consequence
        assertThat(causes("The storm was strong, so strong that the town lost power for three days.\n")).isEmpty();
        // a speaker's "so" is theirs to give: no stock reason belongs beside it
        assertThat(causes("\"It is hard work for the legs, so it burns all the time,\" the pilot said.\n")).isEmpty();
    }

    @Test
    void aPronounAfterSoIsTheReasonsSubjectWhenTheyAgree() {
        // local news: the effect names the doer, the reason takes the pronoun
        Cause c = only("The stadium was built with a grant from the league, so it costs the town nothing.\n");
        assertThat(c.effect()).isEqualTo("the stadium costs the town nothing");
        assertThat(c.cause()).isEqualTo("it was built with a grant from the league");
        // sport, health: a person by role, many
        assertThat(only("The striker tore a hamstring in training, so he will miss the cup final.\n").effect())
                .isEqualTo("the striker will miss the cup final");
        assertThat(only("The vaccines must be kept frozen, so they cannot reach remote clinics.\n").effect())
                .isEqualTo("the vaccines cannot reach remote clinics");
        // business: a statement before the reason is no part of it
        Cause stated = only("The treasurer stated the new roof was paid for by a donor, so it will not affect the"
                + " parish budget.\n");
        assertThat(stated.effect()).isEqualTo("the new roof will not affect the parish budget");
        assertThat(stated.cause()).isEqualTo("it was paid for by a donor");
        // a pronoun that does not agree, a person's "it", an owner's subject: the pronoun stays
        assertThat(only("The river rose quickly overnight, so they closed the bridge.\n").effect())
                .isEqualTo("they closed the bridge");
        assertThat(only("Maria Lopez lost her passport in Rome, so it delayed the trip.\n").effect())
                .isEqualTo("it delayed the trip");
        assertThat(only("The coach lost his temper on the touchline, so it cost the club a fine.\n").effect())
                .isEqualTo("it cost the club a fine");
        assertThat(only("Her roof was damaged in the storm, so it will be replaced.\n").effect())
                .isEqualTo("it will be replaced");
        // what a denial states is no reason
        assertThat(causes("The firm denied the plant was unsafe, so it stayed open.\n")).isEmpty();
    }

    @Test
    void aReportingFrameIsNotPartOfTheEffect() {
        Cause c = only("The league announced the final was postponed because the stadium roof was damaged.\n");
        assertThat(c.effect()).isEqualTo("the final was postponed");
    }

    @Test
    void dueToGivesANounPhrase() {
        Cause c = only("Shares in the brewer fell sharply due to weak summer sales, traders said.\n");
        assertThat(c.cause()).isEqualTo("weak summer sales");
        assertThat(c.form()).isEqualTo(Cause.Form.NOUN_PHRASE);
    }

    @Test
    void ledToPutsTheCauseFirst() {
        Cause c = only("A faulty signal led to a derailment near the harbour.\n");
        assertThat(c.cause()).isEqualTo("A faulty signal");
        assertThat(c.effect()).isEqualTo("a derailment near the harbour");
        assertThat(c.effectFirst()).isFalse();
    }

    @Test
    void aPresentResultsInOrLeadsToPutsTheCauseFirst() {
        // science, health, features: a doing with its adverb, a noun phrase, a modal
        Cause c = only("Crossing time zones quickly results in a mismatch between local time and the body clock.\n");
        assertThat(c.cause()).isEqualTo("Crossing time zones quickly");
        assertThat(c.effect()).isEqualTo("a mismatch between local time and the body clock");
        assertThat(c.connective()).isEqualTo("results in");
        assertThat(c.effectFirst()).isFalse();
        assertThat(only("Poor sleep results in weaker memory, the study found.\n").cause()).isEqualTo("Poor sleep");
        assertThat(only("The survey shows that night work results in more mistakes on the ward.\n").cause())
                .isEqualTo("night work");
        Cause modal = only("A diet rich in salt can lead to high blood pressure.\n");
        assertThat(modal.connective()).isEqualTo("can lead to");
        assertThat(modal.effect()).isEqualTo("high blood pressure");
        // results a noun with its verb later, a score, "to lead" a race
        assertThat(causes("The exam results in the county improved.\n")).isEmpty();
        assertThat(causes("The derby resulted in a draw.\n")).isEmpty();
        assertThat(causes("The captain wants to lead to the finish.\n")).isEmpty();
    }

    @Test
    void ledToAfterARelativeTakesTheNounPhraseItHangsOn() {
        Cause c = only("It was the inspectors' review of the old bridge which led to the closure of the road.\n");
        assertThat(c.cause()).isEqualTo("the inspectors' review of the old bridge");
        assertThat(c.effect()).isEqualTo("the closure of the road");
        // a relative inside the subject ends before the sentence's own verb
        assertThat(causes("A powerful storm that led to flooding in the valley closed 12 schools on Monday.\n"))
                .extracting(Cause::effect).containsExactly("flooding in the valley");
    }

    @Test
    void aTimeBeforeAfterMakesItNoCause() {
        assertThat(causes("Posts called for the march during the hours after it was announced that the mine would"
                + " close.\n")).isEmpty();
        assertThat(causes("The mayor resigned shortly after the council voted to cut the budget.\n")).isEmpty();
        assertThat(causes("The mayor resigned after the council voted to cut the budget.\n")).hasSize(1);
        // the time of the effect is no span before "after"
        assertThat(causes("The plan looked doomed earlier this year after the council voted to cut the budget.\n"))
                .hasSize(1);
    }

    @Test
    void whatSomeoneDiedOfIsWhyTheyDied() {
        Cause c = only("The veteran broadcaster Tom Velly died of complications from a lung disease on Friday.\n");
        assertThat(c.effect()).isEqualTo("the veteran broadcaster Tom Velly died");
        // when it happened is no part of why
        assertThat(c.cause()).isEqualTo("complications from a lung disease");
        // who died, not the clause the death is part of
        assertThat(causes("Vaccination rates dropped in 2018 after two small children died from a faulty vaccine.\n")
                .stream().filter(x -> x.connective().equals("from"))).extracting(Cause::effect)
                .containsExactly("two small children died");
        // "died of 12 wounds" is no reason a choice can be wrong about; "died of old age" is
        assertThat(causes("Tom Velly died from 12 wounds.\n")).isEmpty();
    }

    @Test
    void aCauseSomeoneGivesAThingIsFoundInEitherVoice() {
        Cause blamed = only("Fire officials blamed the warehouse blaze on a discarded cigarette.\n");
        assertThat(blamed.effect()).isEqualTo("the warehouse blaze");
        assertThat(blamed.cause()).isEqualTo("a discarded cigarette");
        assertThat(blamed.connective()).isEqualTo("blamed on");
        assertThat(blamed.form()).isEqualTo(Cause.Form.NOUN_PHRASE);
        Cause passive = only("The late opening of the new bridge was attributed to a shortage of steel.\n");
        assertThat(passive.effect()).isEqualTo("the late opening of the new bridge");
        assertThat(passive.cause()).isEqualTo("a shortage of steel");
        assertThat(passive.connective()).isEqualTo("was attributed to");
        // the day it struck is no part of the cause; one word is cause enough
        assertThat(only("A coroner ascribed her death to a blood clot on Friday.\n").cause()).isEqualTo("a blood clot");
        assertThat(only("Investigators have blamed the fire on arson.\n").cause()).isEqualTo("arson");
        Cause perfect = only("The rise in burglaries has been largely attributed to a shortage of patrols.\n");
        assertThat(perfect.effect()).isEqualTo("the rise in burglaries");
        assertThat(perfect.cause()).isEqualTo("a shortage of patrols");
    }

    @Test
    void wordsAttributedToTheirAuthorOrACauseByNameOrPronounAreNoCause() {
        assertThat(causes("The remarks were attributed to a senior aide.\n")).isEmpty();
        assertThat(causes("Experts attribute this to rising sea temperatures.\n")).isEmpty();
        assertThat(causes("The minister blamed the attack on Ruritania.\n")).isEmpty();
        assertThat(causes("Fans blamed it on the referee.\n")).isEmpty();
        // a cause denied, doubted or not yet given is none
        assertThat(causes("Fire officials did not blame the warehouse blaze on a discarded cigarette.\n")).isEmpty();
        assertThat(causes("The outage was not blamed on the storm.\n")).isEmpty();
        assertThat(causes("It is too early to blame the crash on pilot error, the agency said.\n")).isEmpty();
        // "on" where the blaming was done
        assertThat(causes("Fans blamed the goalkeeper on social media after the defeat.\n"))
                .noneMatch(c -> c.connective().startsWith("blamed"));
        assertThat(causes("The striker was blamed on social media for the loss.\n"))
                .noneMatch(c -> c.connective().contains("blamed on"));
    }

    @Test
    void aNounPhraseReasonEndsWhereTheEffectsSecondVerbBegins() {
        Cause c = only("The plant was closed for six months as a result of the outbreak and reopened in October.\n");
        assertThat(c.cause()).isEqualTo("the outbreak");
        // a participle before its noun is no second verb
        assertThat(only("The bakery closed because of falling sales and increased competition from supermarkets.\n")
                .cause()).isEqualTo("falling sales and increased competition from supermarkets");
        assertThat(only("The plant was closed as a result of the outbreak and reopened last month.\n").cause())
                .isEqualTo("the outbreak");
        assertThat(only("The firm was fined because of the leak and paid damages to residents.\n").cause())
                .isEqualTo("the leak");
    }

    @Test
    void inResponseToGivesANounPhrase() {
        Cause c = only("The port authority halted all ferries in response to a storm warning from forecasters.\n");
        assertThat(c.effect()).isEqualTo("the port authority halted all ferries");
        assertThat(c.cause()).isEqualTo("a storm warning from forecasters");
        // an answer to questions or a request is no reason
        assertThat(causes("A spokesman for the mine said in response to questions from reporters that no one was hurt.\n"))
                .isEmpty();
        assertThat(causes("The company released a statement in response to a request for comment.\n")).isEmpty();
        // but calls, comments and letters can be why something was done
        assertThat(only("The city raised the minimum wage in response to calls from unions.\n").cause())
                .isEqualTo("calls from unions");
        // "at the" is where, which a one-word reason keeps
        assertThat(only("The match was stopped because of violence at the stadium.\n").cause())
                .isEqualTo("violence at the stadium");
        // when it happened is no part of a one-word reason either
        assertThat(only("The council closed the square in response to protests on Sunday.\n").cause())
                .isEqualTo("protests");
        // "in response to questions": nothing happened because of it that the sentence says
        assertThat(causes("In response to the ruling, lawyers filed an appeal on Friday.\n")).isEmpty();
    }

    @Test
    void aPronounAfterAReporterStaysAPronoun() {
        // "it" may be the reporter, the event or the product, "they" someone else: the effect keeps the pronoun
        // (and asks nothing) rather than name the wrong one
        assertThat(causes("Norvale Energy stated it cut power to 9,000 homes in response to forecasts of high winds.\n"))
                .extracting(Cause::effect).containsExactly("it cut power to 9,000 homes");
        assertThat(causes("Amnesty International said they detained the journalists because of their reporting.\n"))
                .extracting(Cause::effect).noneMatch(e -> e.contains("Amnesty"));
    }

    @Test
    void aSentenceOpeningWithToAndAVerbSaysWhatItsClauseWasFor() {
        Cause c = only("To save the harvest, the farmers of the valley have started picking the grapes at night.\n");
        assertThat(c.cause()).isEqualTo("to save the harvest");
        assertThat(c.effect()).isEqualTo("the farmers of the valley have started picking the grapes at night");
        assertThat(c.form()).isEqualTo(Cause.Form.PURPOSE);
        // set phrases and a "to" clause as the subject are no purpose
        assertThat(causes("To be sure, the farmers of the valley have started picking the grapes at night.\n"))
                .isEmpty();
        assertThat(causes("To make matters worse, the farmers of the valley have lost half the grapes.\n"))
                .isEmpty();
        assertThat(causes("To give a sense of the scale, the river rose by four metres in six hours.\n")).isEmpty();
        assertThat(only("To understand the causes of the crash, investigators recovered both flight recorders.\n")
                .cause()).isEqualTo("to understand the causes of the crash");
        assertThat(causes("To win the cup in the final week of the season is what the club wants most.\n"))
                .isEmpty();
    }

    @Test
    void aPurposeAfterAnActionStartsWithTo() {
        Cause c = only("The council opened a new shelter to house families during the storm.\n");
        assertThat(c.cause()).isEqualTo("to house families during the storm");
        assertThat(c.form()).isEqualTo(Cause.Form.PURPOSE);
    }

    @Test
    void complementsAndControlVerbsAreNoPurpose() {
        assertThat(causes("She became the first woman to win the race.\n")).isEmpty();
        assertThat(causes("The mayor urged residents to stay indoors.\n")).isEmpty();
        assertThat(causes("The club made a decision to sell the ground.\n")).isEmpty();
    }

    @Test
    void temporalAndComparativeReadingsAreLeftAlone() {
        assertThat(causes("He has lived in the town since 2019.\n")).isEmpty();
        assertThat(causes("The team played as well as it could.\n")).isEmpty();
        assertThat(causes("A proposal modeled after the old plan emerged last week.\n")).isEmpty();
    }

    @Test
    void afterATroubleGivesANounPhrase() {
        Cause c = only("The cyclist was taken to hospital after a collision with a delivery van.\n");
        assertThat(c.effect()).isEqualTo("the cyclist was taken to hospital");
        assertThat(c.cause()).isEqualTo("a collision with a delivery van");
        assertThat(c.form()).isEqualTo(Cause.Form.NOUN_PHRASE);
        // the effect's own participle right before "after"
        assertThat(only("A cyclist was seriously injured after a collision with a van.\n").cause())
                .isEqualTo("a collision with a van");
        // time only: no trouble, a thing done once the trouble passed, a report, or the trouble's own clause
        assertThat(causes("The minister left the stadium after the match.\n")).isEmpty();
        assertThat(causes("The ferry service resumed after the storm.\n")).isEmpty();
        assertThat(causes("The mayor spoke to reporters after the attack.\n")).isEmpty();
        assertThat(causes("Two dozen residents will be moved after the flood.\n")).isEmpty();
        // a time order ("two hours after", "shortly after", "in the days following") and what merely came later
        assertThat(causes("A man was arrested two hours after the stabbing near the station.\n")).isEmpty();
        assertThat(causes("The suspect was arrested shortly after the shooting.\n")).isEmpty();
        assertThat(causes("Markets fell sharply in the days following the attack.\n")).isEmpty();
        assertThat(causes("Maria Lopez was born in Lisbon after the earthquake.\n")).isEmpty();
        assertThat(causes("The missing sailor was found after the storm.\n")).isEmpty();
    }

    @Test
    void forAfterAVerbOfPraiseOrBlameGivesTheDeed() {
        Cause c = only("The chemist Ana Lima won the medal for her work on cheaper solar cells and taught for years.\n");
        assertThat(c.effect()).isEqualTo("the chemist Ana Lima won the medal");
        assertThat(c.cause()).isEqualTo("her work on cheaper solar cells");
        assertThat(c.connective()).isEqualTo("for");
        assertThat(only("The singer criticised fans for filming “the whole show” on phones.\n").cause())
                .isEqualTo("filming the whole show on phones");
        assertThat(only("Tom Reed was jailed for life for the murder of a shopkeeper.\n").cause())
                .isEqualTo("the murder of a shopkeeper");
        // a span of time, a category, a count, or no verb of praise or blame
        assertThat(causes("The Queen suspended parliament for five weeks.\n")).isEmpty();
        assertThat(causes("The club won the cup for the first time in 40 years.\n")).isEmpty();
        assertThat(causes("Lea Rossi won the award for best actress.\n")).isEmpty();
        assertThat(causes("The mayor asked residents for patience with the works.\n")).isEmpty();
        // a thing blamed for a result caused it: "why did he blame fatigue? for the defeat" asks it backwards
        assertThat(causes("The coach blamed fatigue for his side's defeat in the final.\n")).isEmpty();
        // praised for what is no deed of one's own: a country, a plan
        assertThat(causes("Anna Berg won her first world title for her country in Budapest on Sunday.\n")).isEmpty();
        assertThat(causes("The mayor won support for his plan to build a new stadium.\n")).isEmpty();
        // a deed with its own reason inside is asked through that reason, once
        assertThat(causes("The firm apologized for its website being slow due to heavy traffic.\n"))
                .extracting(Cause::connective).containsExactly("due to");
    }

    @Test
    void overAfterProtestsGivesTheirReason() {
        Cause c = only("The vote followed three days of protests in the city, Lagos, over rising fuel prices.\n");
        assertThat(c.effect()).isEqualTo("there were three days of protests in the city");
        assertThat(c.cause()).isEqualTo("rising fuel prices");
        assertThat(only("The mayor faced the anger over the new parking fees.\n").effect())
                .isEqualTo("there was anger");
        // time, a count, someone's own protests, no discontent at all
        assertThat(causes("The protests grew over the weekend.\n")).isEmpty();
        assertThat(causes("Rail workers staged strikes over the Easter holidays.\n")).isEmpty();
        assertThat(causes("Protests continued over the Christmas period.\n")).isEmpty();
        assertThat(causes("Protests were held in over 100 towns.\n")).isEmpty();
        assertThat(causes("Police watched their protests over the new law.\n")).isEmpty();
        assertThat(causes("The plane flew over the city.\n")).isEmpty();
    }

    @Test
    void causalAsNeedsASubjectAndAVerb() {
        Cause c = only("Her time was not counted as a record, as it was not an official race.\n");
        assertThat(c.cause()).isEqualTo("it was not an official race");
        assertThat(c.effect()).isEqualTo("her time was not counted as a record");
    }

    @Test
    void aVerbWithoutItsSubjectTakesItFromBeforeTheAppositive() {
        Cause c = only("Dana Reyes, who won gold in 2016, retired from the sport because she had a knee injury.\n");
        assertThat(c.effect()).isEqualTo("Dana Reyes retired from the sport");
    }

    @Test
    void aDeedsWrongChoicesArePraisedOrBlamedAsItIsAndOwnedAlike() {
        List<Cause> found = causes("The chemist Ana Lima won the medal for her work on cheaper solar cells.\n\n"
                + "The agency was criticised for its slow response to the floods.\n\n"
                + "The poet Eva Holt won the prize for her campaign to open libraries.\n\n"
                + "The singer Tom Berg was praised for his work with young choirs.\n");
        Cause medal = found.stream().filter(c -> c.cause().startsWith("her work")).findFirst().orElseThrow();
        assertThat(medal.alternatives()).contains("her campaign to open libraries")
                .doesNotContain("its slow response to the floods", "his work with young choirs");
    }

    @Test
    void wrongReasonsComeFromOtherSentencesInTheSameForm() {
        List<Cause> found = causes("The school was closed because the heating failed.\n\n"
                + "Parents were angry because nobody had warned them.\n\n"
                + "The repair crew arrived late on Tuesday.\n");
        Cause first = found.get(0);
        assertThat(first.alternatives()).contains("nobody had warned them")
                .noneMatch(a -> a.contains("heating"));
    }
    @Test
    void aVerbThatCanReportIsTheDeedWhenNoClauseFollowsIt() {
        // "recalled the cars", "asked for leniency", "called back the vans": the deed itself, not a report
        assertThat(only("The carmaker recalled 8,000 of its vans due to a faulty brake valve.\n").effect())
                .isEqualTo("the carmaker recalled 8,000 of its vans");
        assertThat(only("The defence had asked for a shorter sentence because the driver suffered from epilepsy.\n")
                .effect()).isEqualTo("the defence had asked for a shorter sentence");
        assertThat(only("The union called the stoppage after talks with the port operator broke down.\n").effect())
                .isEqualTo("the union called the stoppage");
        assertThat(only("The mill announced plans to close its second plant because orders had dried up.\n")
                .effect()).isEqualTo("the mill announced plans to close its second plant");
        // a report of a clause is still left out of the effect: the reported clause is what happened
        assertThat(only("The ministry announced the border crossing was shut because the river had flooded.\n")
                .effect()).isEqualTo("the border crossing was shut");
        assertThat(only("The airline stated it grounded the jets in response to reports of engine cracks.\n")
                .effect()).isEqualTo("it grounded the jets");
        assertThat(only("The operator said the trains run late because the tracks are old.\n").effect())
                .isEqualTo("the trains run late");
        // nor when it was said
        assertThat(only("The leader said Saturday night he had scheduled a vote because talks had stalled.\n").effect())
                .isEqualTo("he had scheduled a vote");
        assertThat(only("The firm announced Monday the plant would close because orders had dried up.\n").effect())
                .isEqualTo("the plant would close");
        assertThat(only("The governor said on Tuesday the schools would stay shut because the roads were icy.\n")
                .effect()).isEqualTo("the schools would stay shut");
        assertThat(only("The coach said Monday night games would be moved because the lights were broken.\n").effect())
                .isEqualTo("Monday night games would be moved");
        assertThat(only("The manager told staff members the office would move because the rent had doubled.\n")
                .effect()).isEqualTo("the office would move");
        // whom one told is no part of what happened
        assertThat(only("The mayor told the BBC the bridge would stay shut because it was unsafe.\n").effect())
                .isEqualTo("the bridge would stay shut");
        assertThat(only("The company told investors profits would fall because demand was weak.\n").effect())
                .isEqualTo("profits would fall");
        assertThat(only("The minister told a news conference the border would reopen because talks had gone well.\n")
                .effect()).isEqualTo("the border would reopen");
        assertThat(only("The coach told the players to rest because the final was on Sunday.\n").effect())
                .isEqualTo("the coach told the players to rest");
        // a participle before its noun, or a second infinitive, is no reported clause
        assertThat(only("The ministry announced a ban on imported beef because of the outbreak.\n").effect())
                .isEqualTo("the ministry announced a ban on imported beef");
        assertThat(only("The council told residents to pack their bags and leave because the river was rising.\n")
                .effect()).isEqualTo("the council told residents to pack their bags and leave");
        // what a denial reports did not happen: it has no reason
        assertThat(causes("The minister denied the hospital closed because of budget cuts.\n")).isEmpty();
    }

    @Test
    void aLongReasonWithTwoSubjectsJoinedStaysWhole() {
        // "the combined firm and its largest rival would control": one subject of two nouns, not a second clause
        assertThat(causes("The merger was blocked because regulators in Brussels feared that the combined firm and its"
                + " largest rival would control the market.\n")).extracting(Cause::cause)
                .noneMatch(c -> c.endsWith("the combined firm"));
        assertThat(only("The ferry was cancelled because the wind was strong and the waves were high.\n").cause())
                .isEqualTo("the wind was strong and the waves were high");
    }

    @Test
    void howMuchOfTheReasonItIsStandsOutsideTheEffect() {
        assertThat(only("The singer made only three records, partly because she hated studios.\n").effect())
                .isEqualTo("the singer made only three records");
        assertThat(only("The shop's sales fell sharply, largely due to the rail strike.\n").effect())
                .isEqualTo("the shop's sales fell sharply");
        // a reason denied is no reason, nor one guessed or doubted
        assertThat(causes("The coach resigned, not because of the defeats but for family reasons.\n"))
                .extracting(Cause::cause).doesNotContain("the defeats");
        assertThat(causes("The plant shut not just because demand fell but because energy costs tripled.\n"))
                .extracting(Cause::effect).noneMatch(e -> e.endsWith("not"));
        assertThat(causes("The ceasefire collapsed, ostensibly because rebels fired on a convoy.\n")).isEmpty();
        assertThat(causes("The mayor resigned, perhaps because the inquiry had found against him.\n")).isEmpty();
    }

    @Test
    void aTimeBeforeTheSubjectIsNoPartOfTheEffect() {
        assertThat(only("In March the county board proposed closing the library because visits had halved.\n")
                .effect()).isEqualTo("the county board proposed closing the library");
        assertThat(only("Last week the council shut the pool because its roof was unsafe.\n").effect())
                .isEqualTo("the council shut the pool");
        assertThat(only("On Monday morning the council evacuated the estate because the river rose.\n").effect())
                .isEqualTo("the council evacuated the estate");
        // a count after the month is the subject's, and a name going on past the month is no time
        assertThat(only("In May 2,000 people were moved because the dam was leaking.\n").effect())
                .isEqualTo("2,000 people were moved");
        assertThat(causes("On May Day the union marched because wages had fallen.\n")).extracting(Cause::effect)
                .noneMatch(e -> e.startsWith("Day"));
        // a name of two words whose verb follows is the subject; a count of four digits is no year
        assertThat(only("On Tuesday Goldman Sachs cut its forecast because oil prices fell.\n").effect())
                .isEqualTo("Goldman Sachs cut its forecast");
        assertThat(only("1500 Ford workers lost their jobs because the plant closed.\n").effect())
                .isEqualTo("1500 Ford workers lost their jobs");
    }

    @Test
    void aPresentVerbTaggedAsANounStillMakesTheClauseAfterSo() {
        // science: "freezes" is read as a plural noun after "floor"
        Cause c = only("Heavy clay holds water for weeks, so the lower field floods first.\n");
        assertThat(c.effect()).isEqualTo("the lower field floods first");
        assertThat(c.cause()).isEqualTo("heavy clay holds water for weeks");
        // a noun phrase that goes on with a noun is no clause
        assertThat(causes("Sales were slow, so the car parts supplier.\n")).isEmpty();
    }

    @Test
    void afterADisclosureTakesWhatItToldAsTheReason() {
        Cause c = only("Shareholders called for the chairman's exit after revelations he had hidden debts.\n");
        assertThat(c.effect()).isEqualTo("shareholders called for the chairman's exit");
        assertThat(c.cause()).isEqualTo("revelations he had hidden debts");
        assertThat(c.form()).isEqualTo(Cause.Form.NOUN_PHRASE);
        // court, business
        assertThat(only("The minister stepped down after allegations that she had misused public funds.\n").cause())
                .isEqualTo("allegations that she had misused public funds");
        assertThat(only("Voters called for the senator's exit after revelations he and his aides had taken gifts.\n")
                .cause()).isEqualTo("revelations he and his aides had taken gifts");
        assertThat(only("The vineyard halted its sales following claims the labels were false.\n").cause())
                .isEqualTo("claims the labels were false");
        // "called" a meeting after something is no answer to it; a time after a meal is no reason
        assertThat(causes("The chairman spoke after revelations he had lied about the accounts.\n")).isEmpty();
        assertThat(causes("The players went home after lunch on Friday.\n")).isEmpty();
        assertThat(causes("The rector will speak after reports that the library flooded.\n")).isEmpty();
    }

    @Test
    void followingTheLossOfSomeoneGivesTheStateItLeft() {
        Cause c = only("The seat stands vacant following the resignation of the club treasurer.\n");
        assertThat(c.effect()).isEqualTo("the seat stands vacant");
        assertThat(c.cause()).isEqualTo("the resignation of the club treasurer");
        assertThat(only("The clerk would normally sign, but that desk stands empty following the dismissal of its"
                + " holder.\n").effect()).isEqualTo("that desk stands empty");
        assertThat(only("The bakery remains closed following the death of its founder.\n").cause())
                .isEqualTo("the death of its founder");
        assertThat(only("The road is closed after a landslide near the quarry.\n").cause())
                .isEqualTo("a landslide near the quarry");
        // what merely came after: an interval, a time, a sequence
        assertThat(causes("The band played a second set following the interval.\n")).isEmpty();
        assertThat(causes("The band plays a second set after the resignation of its singer.\n")).isEmpty();
        assertThat(causes("A memorial was held following the death of the poet.\n")).isEmpty();
    }

    @Test
    void causalAsTakesANounSubjectAfterAComma() {
        Cause c = only("Hikers turned back at noon, as fog and a gale warning closed the upper trail.\n");
        assertThat(c.effect()).isEqualTo("hikers turned back at noon");
        assertThat(c.cause()).isEqualTo("fog and a gale warning closed the upper trail");
        assertThat(only("Shares in the airline fell on Tuesday, as fuel prices rose for a fifth week.\n").cause())
                .isEqualTo("fuel prices rose for a fifth week");
        assertThat(only("The farmers stayed indoors, as the storm had cut the only road to the village.\n").cause())
                .isEqualTo("the storm had cut the only road to the village");
        // when, not why: a moment's movement, a time going on, a comparison, no comma
        assertThat(causes("The crowd cheered, as the players walked onto the pitch.\n")).isEmpty();
        assertThat(causes("The lights went out, as the guests were leaving the hall.\n")).isEmpty();
        assertThat(causes("Fees rose again, as the bank did last spring.\n")).isEmpty();
        assertThat(causes("The company sells shoes as well as bags.\n")).isEmpty();
        assertThat(causes("The referee stopped play as the captain argued.\n")).isEmpty();
        // the way it was foreseen; what went on meanwhile, with no condition that drives it
        assertThat(causes("The fair opened on Friday, as its organisers had planned for months.\n")).isEmpty();
        assertThat(causes("Voters queued at dawn on Sunday, as the country chose a new senate.\n")).isEmpty();
        assertThat(causes("The winger limped off, as the visitors held on for a draw.\n")).isEmpty();
    }

    @Test
    void causalAsTakesAPresentStateAfterAPastDeed() {
        // business, farming, transport: a condition that holds still
        Cause c = only("Profits fell last year as the market is saturated and margins are thin.\n");
        assertThat(c.effect()).isEqualTo("profits fell last year");
        assertThat(c.cause()).isEqualTo("the market is saturated and margins are thin");
        assertThat(only("The growers switched to barley as water is scarce in the valley.\n").cause())
                .isEqualTo("water is scarce in the valley");
        assertThat(only("The airline dropped the route as demand remains weak.\n").cause())
                .isEqualTo("demand remains weak");
        // a time, a doing going on, something foreseen, a present deed
        assertThat(causes("The lights went out as the guests were leaving the hall.\n")).isEmpty();
        assertThat(causes("The mayor spoke as the town is preparing for the festival.\n")).isEmpty();
        assertThat(causes("The bank raised rates as the economy is expected to slow.\n")).isEmpty();
        assertThat(causes("Prices rise as the market is saturated.\n")).isEmpty();
    }

    @Test
    void soThatTheDoerCanGivesThePurpose() {
        Cause c = only("The survey crew will drill more holes so they can chart the rock beneath the bay.\n");
        assertThat(c.effect()).isEqualTo("the survey crew will drill more holes");
        assertThat(c.cause()).isEqualTo("to chart the rock beneath the bay");
        assertThat(c.form()).isEqualTo(Cause.Form.PURPOSE);
        assertThat(only("The council raised parking fees so that it could repair more roads.\n").cause())
                .isEqualTo("to repair more roads");
        // what the doer would or will then do: sport, business
        assertThat(only("The climbers left camp at midnight so that they would reach the summit by dawn.\n").cause())
                .isEqualTo("to reach the summit by dawn");
        assertThat(only("The bakery cut its prices so it will win back customers from the supermarket.\n").cause())
                .isEqualTo("to win back customers from the supermarket");
        // others who can then do something, a consequence that could not, or a pronoun of another number
        assertThat(causes("The school will stay open late so pupils can finish their projects.\n")).isEmpty();
        assertThat(causes("The snow blocked the roads, so they could not reach the farm.\n"))
                .extracting(Cause::form).doesNotContain(Cause.Form.PURPOSE);
        assertThat(causes("The coach moved the session so they can rest.\n")).isEmpty();
    }

    @Test
    void forAKindOfReasonsGivesThoseReasons() {
        Cause c = only("The parade was cancelled for security reasons.\n");
        assertThat(c.effect()).isEqualTo("the parade was cancelled");
        assertThat(c.cause()).isEqualTo("security reasons");
        assertThat(only("The trial was held behind closed doors for legal reasons.\n").cause())
                .isEqualTo("legal reasons");
        // the deed before ", with officials saying this is for ...": the officials' reason (the question names them)
        Cause said = only("The league barred the club from its stadium on Friday, with officials saying this was for"
                + " health reasons.\n");
        assertThat(said.effect()).isEqualTo("the league barred the club from its stadium on Friday");
        assertThat(said.cause()).isEqualTo("health reasons");
        // reasons that name none, a span of time, a first time
        assertThat(causes("The shop closed early for unknown reasons.\n")).isEmpty();
        assertThat(causes("The singer left the band for reasons of her own.\n")).isEmpty();
        assertThat(causes("The station has been closed for years.\n")).isEmpty();
        assertThat(causes("She won the race for the first time.\n")).isEmpty();
    }

    @Test
    void aFeelingWhenSomethingHappenedHasThatAsItsReason() {
        Cause c = only("The chef was devastated when a fire destroyed her kitchen in May.\n");
        assertThat(c.effect()).isEqualTo("the chef was devastated");
        assertThat(c.cause()).isEqualTo("a fire destroyed her kitchen in May");
        assertThat(only("The parents were angry when the school cancelled the trip.\n").cause())
                .isEqualTo("the school cancelled the trip");
        // a state for a time, a feeling when asked, a speaker's own feeling
        assertThat(causes("The painter was happy when she lived by the sea.\n")).isEmpty();
        assertThat(causes("The mayor was surprised when asked about the budget.\n")).isEmpty();
        assertThat(causes("“I was stunned when the jury came back,” the lawyer said.\n")).isEmpty();
    }

    @Test
    void thisIsToGivesThePurposeOfTheDeedBefore() {
        // sport, local news, science
        Cause c = only("Referees now halt play twice in each half. This is to let the players drink.\n");
        assertThat(c.effect()).isEqualTo("referees now halt play twice in each half");
        assertThat(c.cause()).isEqualTo("to let the players drink");
        assertThat(c.form()).isEqualTo(Cause.Form.PURPOSE);
        assertThat(only("The harbour lights were dimmed in May. This was to protect the nesting birds on the cliffs.\n")
                .cause()).isEqualTo("to protect the nesting birds on the cliffs");
        // the object's own "to" + verb after a verb of letting is part of the purpose
        assertThat(only("The ferry waits ten minutes at the pier. This is to allow the tide to turn.\n").cause())
                .isEqualTo("to allow the tide to turn");
        // set phrases, no verb, a deed told with a pronoun
        assertThat(causes("The river rose by a metre overnight. This is to be expected in the spring.\n")).isEmpty();
        assertThat(causes("The town hall closed early on Friday. That is to say the staff went home.\n")).isEmpty();
        assertThat(causes("The clinic opened a second ward. This is to the benefit of all patients.\n")).isEmpty();
        assertThat(causes("They closed the footpath in May. This is to let the terns settle.\n")).isEmpty();
    }

    @Test
    void aCauseOfDeathIsWhyTheOneWhoseDeathWasToldDied() {
        // feature, obituary, courts
        Cause c = only("The jazz pianist Lena Marsh died on Sunday at her home in Bristol. Her family gave the cause of"
                + " death as heart failure.\n");
        assertThat(c.effect()).isEqualTo("Lena Marsh died");
        assertThat(c.cause()).isEqualTo("heart failure");
        assertThat(c.evidence().sentences()).hasSize(2);
        assertThat(only("Former goalkeeper Dan Okafor, who won two league titles, died in hospital on Tuesday. He was 71."
                + " The cause of death was pneumonia.\n").effect()).isEqualTo("Dan Okafor died");
        assertThat(only("Tom Velly, known to listeners as the Night Owl, died on Friday. Local papers reported his cause"
                + " of death as complications from a stroke.\n").cause()).isEqualTo("complications from a stroke");
        // a cause not yet known, natural causes, a death told of no name
        assertThat(causes("Lena Marsh died on Sunday. The cause of death is not yet known.\n")).isEmpty();
        assertThat(causes("Lena Marsh died on Sunday. The cause of death was under investigation.\n")).isEmpty();
        assertThat(causes("Lena Marsh died on Sunday. Her family gave the cause of death as natural causes.\n")).isEmpty();
        assertThat(causes("He died on Sunday. The cause of death was pneumonia.\n")).isEmpty();
    }

    @Test
    void anAimNamedAloneIsThePurposeOfTheDeedBefore() {
        Cause c = only("The county will close the coastal footpath for two weeks. The aim is to let the nesting terns"
                + " settle.\n");
        assertThat(c.effect()).isEqualTo("the county will close the coastal footpath for two weeks");
        assertThat(c.cause()).isEqualTo("to let the nesting terns settle");
        assertThat(c.form()).isEqualTo(Cause.Form.PURPOSE);
        assertThat(c.evidence().sentences()).hasSize(2);
        // a deed in another paragraph, one told with a pronoun or in a quotation, two clauses to choose from
        assertThat(causes("The county will close the footpath.\n\nThe aim is to let the terns settle.\n")).isEmpty();
        assertThat(causes("It will close the footpath in May. The aim is to let the terns settle.\n")).isEmpty();
        assertThat(causes("The county will close the path, and rangers will guard it. The aim is to let the terns"
                + " settle.\n")).isEmpty();
        assertThat(causes("The aim of the plan is unclear.\n")).isEmpty();
        // an aim that builds on the deed goes past it
        assertThat(causes("The town planted 300 oaks last year. The goal is to double that number by 2031.\n"))
                .isEmpty();
    }
}
