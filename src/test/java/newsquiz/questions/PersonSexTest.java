package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import org.junit.jupiter.api.Test;

/** What the article tells of a person (their sex, that they died), and the wrong answers it rules out. */
class PersonSexTest {
    private static final String RACE = """
            Marathon winners crowned in Lisbon

            LISBON, Portugal (October 14, 2019) — Yesterday, Amina Okoro of Nigeria won the Lisbon Marathon and broke \
            the course record for women competing in mixed races. Countryman Daniel Mensah won the men's division.

            Okoro finished in 2:15:04, ahead of Rita Salgado and Joana Pires. Salgado said she would race again in \
            the spring, when she hopes to win.

            Winner of the men's division, Mensah, posted a time of 2:05:45. He was followed by Tomas Varga.

            "I knew the record would go," said Mr Varga, who called it "a great day". Race director Paulo Reis said \
            his team had worked for a year.

            Mensah thanked Varga and Reis for their help. His wife Grace Mensah waited at the finish line, and Sara \
            Kim, a spokeswoman for the organisers, said the route would not change.
            """;

    private static Facts facts(String text) {
        return new FactExtractor().extract(ArticleParser.parse("t", text, Set.of()));
    }

    @Test
    void theArticleTellsSexByPronounTitleRoleAndTheOneSexASentenceIsAbout() {
        PersonSex sexes = new PersonSex(facts(RACE));
        // "He was followed by ...": the one person the sentence before names
        assertThat(sexes.of("Daniel Mensah")).isEqualTo(PersonSex.Sex.MALE);
        // "Salgado said she would race again ..., when she hopes to win": the one person named before the pronouns
        // (one pronoun alone decides nothing: "A judge fined Ana Lima, saying he ..." is not about her)
        assertThat(sexes.of("Rita Salgado")).isEqualTo(PersonSex.Sex.FEMALE);
        // "Mr Varga"
        assertThat(sexes.of("Tomas Varga")).isEqualTo(PersonSex.Sex.MALE);
        // "His wife Grace Mensah", "Sara Kim, a spokeswoman for the organisers"
        assertThat(sexes.of("Grace Mensah")).isEqualTo(PersonSex.Sex.FEMALE);
        assertThat(sexes.of("Sara Kim")).isEqualTo(PersonSex.Sex.FEMALE);
        // the one person of a sentence about a women's record
        assertThat(sexes.of("Amina Okoro")).isEqualTo(PersonSex.Sex.FEMALE);
        // named beside others only: nothing is guessed from a first name
        assertThat(sexes.of("Joana Pires")).isNull();
        assertThat(sexes.differ("Daniel Mensah", "Rita Salgado")).isTrue();
        assertThat(sexes.differ("Daniel Mensah", "Joana Pires")).isFalse();
    }

    @Test
    void aPronounWhereTwoPeopleCouldBeMeantDecidesNothing() {
        PersonSex sexes = new PersonSex(facts("""
                Council votes on budget

                Mayor Ana Lima met council member Tom Berg on Monday. His plan for the harbour was approved. "She \
                told me everything," said Eva Holt, the treasurer.
                """));
        // "His" after a sentence that names two people, "She" inside a quotation
        assertThat(sexes.of("Tom Berg")).isNull();
        assertThat(sexes.of("Ana Lima")).isNull();
        assertThat(sexes.of("Eva Holt")).isNull();
    }

    @Test
    void whatAQuestionAsksOfOneSexRulesOutPeopleOfTheOther() {
        PersonSex sexes = new PersonSex(facts(RACE));
        assertThat(sexes.against("won the men's division", "Rita Salgado")).isTrue();
        assertThat(sexes.against("won the men's division", "Tomas Varga")).isFalse();
        assertThat(sexes.against("second wife", "Tomas Varga")).isTrue();
        assertThat(sexes.against("race director", "Tomas Varga")).isFalse();
        assertThat(sexes.against("won the men's division", "Joana Pires")).isFalse();
    }

    @Test
    void whoWonTheMensRaceOffersNoWomanTheArticleNamesAsOne() {
        Quiz quiz = QuestionGenerator.generate(facts(RACE), 1, null, "race.txt");
        // the forms made: a bank asks "Who won ...?" only where no other question asks its sentence
        List<Question> men = QuestionGenerator.candidates(facts(RACE), 1).stream()
                .filter(q -> q.prompt().startsWith("Who won the men's")).toList();
        assertThat(men).isNotEmpty();
        for (Question q : men) {
            assertThat(q.choices()).doesNotContain("Amina Okoro", "Rita Salgado", "Grace Mensah", "Sara Kim");
        }
        quiz.questions().stream().filter(q -> q.prompt().contains("describe as “a spokeswoman") && q.choices() != null)
                .forEach(q -> assertThat(q.choices()).doesNotContain("Daniel Mensah", "Tomas Varga"));
    }

    @Test
    void someoneTheArticleSaysDiedIsNoWrongSpeaker() {
        Facts facts = facts("""
                Pilot lands glider on glacier

                GENEVA, Switzerland (March 3, 2019) — Swiss pilot Marco Bianchi landed a glider on the Aletsch \
                glacier on Saturday. "It was the hardest landing of my life," Bianchi said.

                His flight doctor was Dr Peter Weiss, whose wife Anna Weiss died in a climbing accident. "We checked \
                every instrument twice," said Weiss. Team manager Luca Ferri said the team had waited a year. "If Luca Ferri had died, we would \
                have lost everything," Bianchi said.

                "The wind turned at the last minute," said Sofia Keller, the team's meteorologist.
                """);
        ArticleNames names = new ArticleNames(facts);
        assertThat(names.dead("Anna Weiss")).isTrue();
        assertThat(names.dead("Peter Weiss")).isFalse();
        assertThat(names.dead("Luca Ferri")).isFalse(); // only in a quotation's "if"
        assertThat(names.speakerPool("Marco Bianchi")).doesNotContain("Anna Weiss");
        // a description set off after the name tells the death too; a later "who" in it is someone else's
        ArticleNames drowned = new ArticleNames(facts("Charity names boat after boy\n\nThe charity named its boat after"
                + " Sami Noor, a three-year-old boy who drowned off the coast in 2015. The boat was blessed by Nina Berg,"
                + " a lifeguard who saved a child who drowned nearby. \"We remember him,\" said Nina Berg. \"It is a sad"
                + " day,\" said Omar Noor.\n"));
        assertThat(drowned.dead("Sami Noor")).isTrue();
        assertThat(drowned.dead("Nina Berg")).isFalse();
        Quiz quiz = QuestionGenerator.generate(facts, 1, null, "glider.txt");
        assertThat(quiz.questions().stream().filter(q -> q.kind().equals("quote") && q.choices() != null)
                .toList()).isNotEmpty().allSatisfy(q -> assertThat(q.choices()).doesNotContain("Anna Weiss"));
    }

    @Test
    void wordsThatSpeakOfSomeoneElseDecideNothing() {
        PersonSex sexes = new PersonSex(facts("""
                Council votes on budget

                Tom Berg arrived late on Monday. "The minister is tired. She needs rest. She will speak tomorrow," \
                said Ana Lima.

                Mayor Paul Weir met the prime minister on Monday. The minister arrived late. She apologised, and she \
                left early.

                Eva Holt, the Queen's private secretary, arrived. Coach Dan Cole led the women's team to victory.

                Kofi Mensah, a teacher, was there too. Mensah smiled. Grace Mensah, his wife, said the day was long.
                """));
        // a quotation closed in a later sentence: its "She" is not the sentence before's Tom Berg
        assertThat(sexes.of("Tom Berg")).isNull();
        // "She" two sentences after the mayor, past a sentence that names nobody
        assertThat(sexes.of("Paul Weir")).isNull();
        // the Queen's secretary, a women's team's coach
        assertThat(sexes.of("Eva Holt")).isNull();
        assertThat(sexes.of("Dan Cole")).isNull();
        // "Grace Mensah, his wife" is hers, not her husband's whose surname is inside her name
        assertThat(sexes.of("Grace Mensah")).isEqualTo(PersonSex.Sex.FEMALE);
        assertThat(sexes.of("Kofi Mensah")).isNull();
    }

    @Test
    void aCurlyApostropheAndSomeoneElseInTheQuestionAreReadRight() {
        PersonSex sexes = new PersonSex(facts(RACE));
        assertThat(sexes.against("won the men’s division", "Rita Salgado")).isTrue();
        // "her" and "the Queen" are someone else than the answer
        assertThat(sexes.against("defeated her in the final", "Tomas Varga")).isFalse();
        assertThat(sexes.against("was knighted by the Queen", "Tomas Varga")).isFalse();
        assertThat(sexes.against("a spokeswoman for the organisers", "Tomas Varga")).isTrue();
    }

    @Test
    void aWinnerIsTheSubjectOfWonAndAQuotationOverSentencesIsNotRead() {
        Facts facts = facts("""
                Club season ends

                Coach Tom Berg took charge of the women's team in May. Ana Lima's brother won the men's race.

                "I remember when Eva Holt's son won the men's race. We were thrilled. He had trained for years," said \
                Paul Weir.

                Mark Hale thanked his wife. He said the club would grow. "If Dan Cole had died, we would have lost \
                everything. The club owes him a lot," said Hale.
                """);
        PersonSex sexes = new PersonSex(facts);
        assertThat(sexes.of("Tom Berg")).isNull();
        assertThat(sexes.of("Ana Lima")).isNull();
        assertThat(sexes.of("Eva Holt")).isNull();
        // "thanked his wife. He said": both his
        assertThat(sexes.of("Mark Hale")).isEqualTo(PersonSex.Sex.MALE);
        assertThat(new ArticleNames(facts).dead("Dan Cole")).isFalse();
        assertThat(new PersonSex(facts(RACE)).against("led the women's team to victory", "Daniel Mensah")).isFalse();
        assertThat(new PersonSex(facts(RACE)).against("won the women's race", "Daniel Mensah")).isTrue();
    }
}
