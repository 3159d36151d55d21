package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import newsquiz.nlp.Tagger;
import org.junit.jupiter.api.Test;

/** "True or false, according to the article: ...": the article's own statement, as written or turned round. */
class NegationQuestionsTest {
    private static final Tagger TAGGER = new Tagger();

    private static String turned(String statement) {
        return NegationQuestions.turned(TAGGER.tag(statement, 0), statement);
    }

    @Test
    void aStatementStandsOnItsOwnWithoutTheSentenceBefore() {
        // a connective or a relation to someone named before is dropped
        assertThat(QuestionText.standingAlone("Meanwhile, a second plan emerged as the least popular"))
                .isEqualTo("A second plan emerged as the least popular");
        assertThat(QuestionText.standingAlone("But talks between the two cities have continued"))
                .isEqualTo("Talks between the two cities have continued");
        assertThat(QuestionText.standingAlone("Teammate Ana Ruiz did not finish the race"))
                .isEqualTo("Ana Ruiz did not finish the race");
        // whom it is about was said before it: no statement
        assertThat(QuestionText.standingAlone("Soon after, however, rumours spread he was preparing his son to rule"))
                .isNull();
        assertThat(QuestionText.standingAlone("But, on Tuesday 8th April, she described the moment")).isNull();
        assertThat(QuestionText.standingAlone("She said the bridge would reopen")).isNull();
        // a name before the pronoun says whom it means; "So far" and "Later that day" are no ties
        assertThat(QuestionText.standingAlone("But Tom Berg said he would stay"))
                .isEqualTo("Tom Berg said he would stay");
        assertThat(QuestionText.standingAlone("However, Berg said his side needed a win"))
                .isEqualTo("Berg said his side needed a win");
        assertThat(QuestionText.standingAlone("Teammate Ruiz said she was tired")).isEqualTo("Ruiz said she was tired");
        // a time or a title after "This", "Her" is no pointing back
        assertThat(QuestionText.standingAlone("This year the festival drew 4,000 people"))
                .isEqualTo("This year the festival drew 4,000 people");
        assertThat(QuestionText.standingAlone("Her Majesty's Government opened the bridge"))
                .isEqualTo("Her Majesty's Government opened the bridge");
        assertThat(QuestionText.standingAlone("So far 20 people have been rescued"))
                .isEqualTo("So far 20 people have been rescued");
        assertThat(QuestionText.standingAlone("Later that day the council met"))
                .isEqualTo("Later that day the council met");
    }

    @Test
    void theTemplatesAskTrueOrFalseOnlyOfStatementsThatStandAlone() {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", "Harbour reopens\n\nWednesday, March 13,"
                + " 2024\n\nMayor Ana Lima reopened the harbour on Monday after two years of repairs. Meanwhile, the"
                + " town council approved 40 new moorings for the fishing fleet. Soon after, however, rumours spread he"
                + " was planning to sell 12 of the old warehouses to a developer. Meanwhile, Tom Berg was named port"
                + " director. Meanwhile, three fishing boats were damaged in the storm.\n", Set.of()));
        List<String> statements = QuestionGenerator.candidates(facts, 1).stream()
                .filter(q -> q.type().equals("true_false")).map(Question::prompt).toList();
        assertThat(statements).isNotEmpty().noneMatch(p -> p.contains("Meanwhile") || p.contains("rumours"));
        assertThat(statements).anyMatch(p -> p.contains(": The town council approved"));
        // a statement with no amount, turned at its auxiliary or not; an amount written in words opening it
        assertThat(statements).anyMatch(p -> p.contains(": Tom Berg was"));
        assertThat(statements).anyMatch(p -> p.matches(".*: [A-Z][a-z]+ fishing boats were damaged.*"));
    }

    @Test
    void aStatementIsTurnedAtItsAuxiliary() {
        assertThat(turned("The court's decision cannot be appealed")).isEqualTo("The court's decision can be appealed");
        assertThat(turned("Ruiz was not the defending champion")).isEqualTo("Ruiz was the defending champion");
        assertThat(turned("The Federal Aviation Office has suspended the airline's permit"))
                .isEqualTo("The Federal Aviation Office has not suspended the airline's permit");
        assertThat(turned("Dark Sky Parks are rare")).isEqualTo("Dark Sky Parks are not rare");
        assertThat(turned("The Elm Street ferry is not running")).isEqualTo("The Elm Street ferry is running");
    }

    @Test
    void aStatementWithoutAnAuxiliaryIsTurnedWithDoAndTheVerbsBaseForm() {
        assertThat(turned("Countryman Tom Reyes won the men's race")).isEqualTo("Countryman Tom Reyes did not win the men's race");
        assertThat(turned("Anna Berg jumped from a balloon in 1960")).isEqualTo("Anna Berg did not jump from a balloon in 1960");
        assertThat(turned("The Leeds council voted down the plan")).isEqualTo("The Leeds council did not vote down the plan");
        assertThat(turned("Mahan flies cargo to Syria")).isEqualTo("Mahan does not fly cargo to Syria");
        assertThat(turned("The Leeds council closed the bridge on Monday"))
                .isEqualTo("The Leeds council did not close the bridge on Monday");
        // a second verb of its own: a reduced clause ("arrested on Monday") or a clause after a comma or "who"
        assertThat(turned("The man arrested on Monday was charged")).isNull();
        assertThat(turned("The Leeds council closed the bridge, which flooded")).isNull();
        assertThat(turned("Tom Reyes thanked the fans who waited")).isNull();
        // a reporting verb tells a claim, not a deed
        assertThat(turned("Tom Reyes announced the plan")).isNull();
        // a base form the spelling leaves in doubt is not guessed: "did not hik" would tell a false statement
        assertThat(turned("The Bank of England hiked interest rates in February"))
                .isEqualTo("The Bank of England did not hike interest rates in February");
        assertThat(turned("The Leeds council postponed the vote")).isNull();
        assertThat(turned("The Leeds council completed the bridge")).isNull();
        assertThat(turned("The Leeds council focused on the plan")).isNull();
        assertThat(turned("Hurricane Dorian ties the record")).isNull();
        assertThat(turned("Boris Johnson pictured outside Downing Street")).isNull();
        for (String[] pair : new String[][] {{"acquired", "acquire"}, {"settled", "settle"}, {"scored", "score"},
                {"wasted", "waste"}, {"plunged", "plunge"}, {"stopped", "stop"}, {"developed", "develop"},
                {"gained", "gain"}, {"protested", "protest"}, {"described", "describe"}, {"won", "win"}}) {
            assertThat(CauseQuestions.Verbs.surePastBase(pair[0])).isEqualTo(pair[1]);
        }
        for (String doubtful : new String[] {"postponed", "questioned", "targeted", "completed", "visited", "invited",
                "added", "focused"}) {
            assertThat(CauseQuestions.Verbs.surePastBase(doubtful)).isNull();
        }
    }

    @Test
    void noStatementIsTurnedThatWouldReadOddOrStayTrue() {
        // a subject that points back: a pronoun, "This", "The call", a bare plural, a count
        assertThat(turned("This did not appease the politician")).isNull();
        assertThat(turned("He was not hurt in the crash")).isNull();
        assertThat(turned("The call was quickly seconded by the chancellor")).isNull();
        assertThat(turned("Three people have died in the floods")).isNull();
        assertThat(turned("His condition was not life-threatening")).isNull();
        // "has" as a main verb takes no "not"; "not yet", "not only" turned read oddly
        assertThat(turned("The Tehran airline has a large fleet")).isNull();
        assertThat(turned("The new Kenyan regime is not yet stable")).isNull();
        // a second verb joined on, or a claim reported
        assertThat(turned("President Vladimir Putin was briefed, and flew to the city on Monday")).isNull();
        assertThat(turned("The Chelyabinsk governor has promised each victim will be paid")).isNull();
        // a verb the base form of which is not known
        assertThat(turned("The Leeds council fled")).isNull();
        // a part, or an unnamed one of many, turned is still true of the rest
        assertThat(turned("Half of the Leeds houses were flooded")).isNull();
        assertThat(turned("Parts of northern England were flooded")).isNull();
        assertThat(turned("A Leeds man has been arrested")).isNull();
        // a second clause of its own would stand unturned beside the turned one
        assertThat(turned("The Aire bridge was closed and the main road was flooded")).isNull();
        // "can" turns to "cannot", never "can not"; a forecast is no statement of fact
        assertThat(turned("The Sandford Bridge can be crossed on foot"))
                .isEqualTo("The Sandford Bridge cannot be crossed on foot");
        assertThat(turned("The Atlantic storm will reach Florida on Friday")).isNull();
        // known without the article, or no claim at all
        assertThat(turned("Mount Everest is the highest mountain in the world")).isNull();
        assertThat(turned("Robert Mugabe was 95")).isNull();
        // a general truth in the present is no news of the story
        assertThat(turned("The atomic number is the number of protons in an atom's nucleus")).isNull();
    }

    private static final String ARTICLE = """
            Court rules on online posts

            Sunday, October 6, 2019

            On Thursday, the European Court of Justice ruled in a case brought by an Austrian politician.

            The court's decision cannot be appealed.

            "The ruling is a blow to free speech," said Tom Reed of the Open Web Group. "It cannot be undone."

            The Austrian politician had sued the company for defamation in 2016.
            """;

    private static List<Question> statementsOf(String body) {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", "Floods close Leeds bridge\n\n"
                + "Monday, March 2, 2026\n\n" + body, Set.of()));
        return QuestionGenerator.candidates(facts, 1).stream()
                .filter(q -> q.kind().equals("statement") && q.type().equals("true_false")).toList();
    }

    @Test
    void noStatementIsTakenFromAParagraphThatQuotes() {
        // a quotation's middle sentences carry no marks, whoever its speaker is
        assertThat(statementsOf("\"We have never seen anything like it,\" said a witness. \"The old Aire bridge was"
                + " badly damaged. The Leeds council has ordered an inspection. It will take weeks.\"\n")).isEmpty();
        assertThat(statementsOf("A witness said: \"We have never seen anything like it. The Kirkstall road was flooded"
                + " overnight.\n\n\"The old Aire bridge was badly damaged. The Leeds council has ordered an inspection.\"\n"))
                .isEmpty();
        // a quotation in single marks is the speaker's too; an inch mark opens none
        assertThat(statementsOf("'I was at home that night,' Daniel Jones told Leeds Crown Court. 'I had been ill for"
                + " days. The Ford Fiesta was not stolen.'\n")).isEmpty();
        assertThat(statementsOf("The council laid a 6\" pipe under the road. The main bridge has been closed to"
                + " traffic since Sunday night.\n")).hasSize(1);
        // a name in quotation marks is no quotation: the paragraph's other statements are the article's
        assertThat(statementsOf("The court ruled in the case \"Lee vs. Leeds Council\". The main bridge has been closed"
                + " to traffic since Sunday night.\n")).hasSize(1);
        // words that make the turned statement odd or still true: "until", "any", a double negative, a judgement
        assertThat(statementsOf("The Leeds fire was not put out until Tuesday.\n\nThe Leeds mill has not employed"
                + " any women since March.\n\nThe Leeds suspect was found not guilty.\n\nThe Assad regime is brutal"
                + " and corrupt.\n\nThe Leeds bridge was closed because of flooding.\n\nThe Leeds crash has left no"
                + " survivors.\n")).isEmpty();
        // a subject that points back to an earlier sentence
        assertThat(statementsOf("The injured man has died in hospital.\n\nThe other passengers were hurt.\n"))
                .isEmpty();
        // one the headline's words name is about the story
        assertThat(statementsOf("The main bridge has been closed to traffic since Sunday night.\n")).hasSize(1);
    }

    @Test
    void theArticlesOwnStatementsAreAskedNeverAQuotation() {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", ARTICLE, Set.of()));
        List<Question> asked = QuestionGenerator.candidates(facts, 1).stream()
                .filter(q -> q.kind().equals("statement") && q.type().equals("true_false")).toList();
        assertThat(asked).extracting(q -> q.evidence().get(0))
                .contains("The court's decision cannot be appealed.")
                .noneMatch(e -> e.contains("undone") || e.contains("blow"));
        Question decision = asked.stream().filter(q -> q.evidence().get(0).startsWith("The court's")).findFirst()
                .orElseThrow();
        // the key says whether the statement shown is the article's own
        boolean asWritten = decision.prompt().contains("cannot be appealed");
        assertThat(decision.answer()).isEqualTo(asWritten);
        assertThat(decision.prompt()).startsWith("True or false, according to the article: The court's decision can");
    }
}
