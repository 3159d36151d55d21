package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import newsquiz.article.ArticleParser;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import org.junit.jupiter.api.Test;

/** "According to the article, what did X say?": the claim in X's name against the claims in others' names. */
class StatementQuestionsTest {
    private static final String HARBOUR = """
            Harbour reopens after storm

            PORTVILLE (March 3, 2019) — The harbour of Portville reopened on Monday, a week after a storm damaged \
            its main pier.

            The Port Authority said the pier would be rebuilt within six months. Mayor Ana Lima said the city would \
            pay for a new sea wall. The weather service reported that the storm had brought the strongest winds in \
            forty years.

            Fishermen's union leader Tom Berg said the closure had cost local boats about $2 million. Local \
            officials called for federal aid to cover the losses. Sources in the Port Authority said the owners would get compensation \
            within a month. Rescuers, working through the night, searched the \
            shore.
            """;

    private static List<Question> statements(String article) {
        Facts facts = new FactExtractor().extract(ArticleParser.parse("t", article, Set.of()));
        return QuestionGenerator.candidates(facts, 1).stream()
                .filter(q -> q.prompt().startsWith("According to the article, what ")).toList();
    }

    @Test
    void aClaimIsAskedWithOtherSpeakersClaimsAsWrongAnswers() {
        List<Question> asked = statements(HARBOUR);
        Question authority = asked.stream().filter(q -> q.prompt().contains("Port Authority")).findFirst().orElseThrow();
        // a body the article writes with "the" keeps it
        assertThat(authority.prompt()).isEqualTo("According to the article, what did the Port Authority say?");
        assertThat(authority.answer()).isEqualTo("The pier would be rebuilt within six months");
        assertThat(authority.choices()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> assertThat(c).matches("\\p{Lu}.*"));
        assertThat(authority.choices()).contains("The city would pay for a new sea wall");
        // what was called for, and a scene, are no claims of anyone's; what unnamed officials said may be the
        // asked speaker's too
        for (Question q : asked) {
            assertThat(q.choices()).noneMatch(c -> c.contains("federal aid") || c.contains("Rescuers")
                    || c.contains("compensation"));
        }
    }

    @Test
    void noClaimOfTheSameSpeakerIsAWrongAnswer() {
        String twice = HARBOUR.replace("Mayor Ana Lima said the city would pay for a new sea wall.",
                "Mayor Ana Lima said the city would pay for a new sea wall. Lima said the harbour fees would not rise.");
        Question lima = statements(twice).stream().filter(q -> q.prompt().contains("Ana Lima")).findFirst()
                .orElseThrow();
        String other = lima.answer().equals("The city would pay for a new sea wall")
                ? "The harbour fees would not rise" : "The city would pay for a new sea wall";
        assertThat(lima.choices()).doesNotContain(other);
    }

    @Test
    void aClaimWhosePronounTellsTheSpeakersSexIsNeverBesideOneOfTheOtherSex() {
        assertThat(StatementQuestions.claim("her plans for the new term will begin with easy issues")).isNotNull();
        String article = HARBOUR.replace("Mayor Ana Lima said the city would pay for a new sea wall.",
                "Mayor Ana Lima said her office would pay for a new sea wall.").replace(
                "the closure had cost local boats about $2 million", "his members had lost about $2 million");
        for (Question q : statements(article)) {
            boolean her = q.choices().stream().anyMatch(c -> c.matches("(?i).*\\bher\\b.*"));
            boolean his = q.choices().stream().anyMatch(c -> c.matches("(?i).*\\bhis\\b.*"));
            assertThat(her && his).as(q.prompt() + " " + q.choices()).isFalse();
        }
    }

    @Test
    void wordsThatAreNoClaimOfTheirOwnAreNotAsked() {
        assertThat(StatementQuestions.claim("When announcing the shutdown on Monday")).isNull();
        assertThat(StatementQuestions.claim("Chris Kervick, there were ten passengers aboard the plane")).isNull();
        assertThat(StatementQuestions.claim("2019 NATO press release, Hungary spent 1.15% of its GDP")).isNull();
        assertThat(StatementQuestions.claim("we will rebuild the pier in six months")).isNull();
        // whoever an unnamed source is, they may be the asked speaker too: their claim is no wrong answer
        assertThat(StatementQuestions.vagueSource("Sources in Guaidó’s government")).isTrue();
        assertThat(StatementQuestions.vagueSource("its anonymous source")).isTrue();
        assertThat(StatementQuestions.vagueSource("Port Authority")).isFalse();
        assertThat(StatementQuestions.vagueSource("Ana Lima")).isFalse();
        // garbled by the extraction: two claims in one, a fragment
        assertThat(StatementQuestions.claim("people died; their identities were not provided")).isNull();
        assertThat(StatementQuestions.claim("deaths were of children")).isNull();
        assertThat(StatementQuestions.claim("the site was the largest in the world and that twenty were rescued"))
                .isNull();
        assertThat(StatementQuestions.claim("the pier would be rebuilt within six months")).isNotNull();
        // a subject and a verb with a tense: not what was called for, nor a scene, nor a relative clause alone
        newsquiz.nlp.Tagger tagger = new newsquiz.nlp.Tagger();
        assertThat(StatementQuestions.finite(tagger, "the pier would be rebuilt within six months")).isTrue();
        assertThat(StatementQuestions.finite(tagger, "Mahan flies fighters and cargo to Syria")).isTrue();
        assertThat(StatementQuestions.finite(tagger, "G7 action to correct what he named a crisis")).isFalse();
        assertThat(StatementQuestions.finite(tagger, "Rescuers, working in temperatures well below freezing"))
                .isFalse();
        assertThat(StatementQuestions.finite(tagger, "Women, who make up 16% of the enlisted ranks")).isFalse();
        assertThat(StatementQuestions.finite(tagger, "talks with the union that the mayor called productive")).isFalse();
        assertThat(StatementQuestions.finite(tagger, "the storm, which hit on Monday, damaged the pier")).isTrue();
        assertThat(StatementQuestions.finite(tagger, "rising costs had forced the harbour to close")).isTrue();
        assertThat(StatementQuestions.finite(tagger, "the pier that collapsed was old")).isTrue();
        assertThat(StatementQuestions.finite(tagger, "the man who died was 54")).isTrue();
        assertThat(StatementQuestions.finite(tagger, "talks with the union that the city's new mayor called productive"))
                .isFalse();
        // a claim told in the present among claims told in the past is the key
        assertThat(StatementQuestions.presentTense(tagger, "the pier is unsafe")).isTrue();
        assertThat(StatementQuestions.presentTense(tagger, "the pier was unsafe")).isFalse();
        assertThat(StatementQuestions.finite(tagger, "talks that began Monday to end the strike that has lasted weeks"))
                .isFalse();
        assertThat(StatementQuestions.presentTense(tagger,
                "the storm that hit on Monday, which is the strongest in years, damaged the pier")).isFalse();
        assertThat(StatementQuestions.claim("We would rebuild the pier within six months")).isNull();
    }

    @Test
    void aClaimThatMayAlsoBeTheSpeakersOrReadsInAnotherTenseIsNoWrongAnswer() {
        String article = """
                Pier to reopen

                PORTVILLE (March 3, 2019) — The harbour of Portville will reopen its pier in May.

                Harbourline said the pier would be rebuilt within six months. Harbourline chief executive Dan Cole \
                said the company would pay every fisherman for the lost weeks. Mayor Ana Lima said the city would pay \
                for a new sea wall. The weather service reported that the storm had brought the strongest winds in \
                forty years. Engineer Tom Berg says the old pier is still standing firm. Port director Eva Holt said \
                ships would dock again within a fortnight. Harbour master Joe Rand said the north quay is unsafe. Cole later said the firm would cover the repairs of \
                every boat. The Red Cross said its volunteers had handed out blankets to forty families.

                The Boeing 747 was not in the harbour.
                """;
        List<Question> asked = statements(article);
        Question company = asked.stream().filter(q -> q.prompt().contains("Harbourline")).findFirst().orElseThrow();
        // its chief executive's claim may be the company's too; a present-tense claim stands out
        assertThat(company.choices()).noneMatch(c -> c.contains("every fisherman") || c.contains("still standing")
                || c.contains("every boat"));
        asked.stream().filter(q -> q.prompt().contains("Red Cross")).forEach(q -> assertThat(q.prompt())
                .isEqualTo("According to the article, what did the Red Cross say?"));
        // "Mayor Ana Lima said the pier is unsafe": told in the present, it would be the one such choice
        for (Question q : asked) {
            if (!q.answer().toString().matches("(?i).*\\b(is|are)\\b.*")) {
                assertThat(q.choices()).noneMatch(c -> c.contains("is unsafe"));
            }
        }
        assertThat(company.prompt()).isEqualTo("According to the article, what did Harbourline say?");
        // and the other way round: the company's claim may be its chief executive's
        asked.stream().filter(q -> q.prompt().contains("Dan Cole")).forEach(q -> assertThat(q.choices())
                .noneMatch(c -> c.contains("rebuilt within six months")));
    }
}
