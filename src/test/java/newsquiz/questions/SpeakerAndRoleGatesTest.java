package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gates on who said something and on what a role question may ask. */
class SpeakerAndRoleGatesTest {
    @Test
    void oneMemberOfAListIsNotTheSpeaker() {
        assertThat(ArticleNames.oneOfAList("Acme Foods", "Food makers including Acme Foods, Brightway and"
                + " Coldbrook have announced plans to leave the market.")).isTrue();
        assertThat(ArticleNames.oneOfAList("Brightway", "Food makers including Acme Foods, Brightway and"
                + " Coldbrook have announced plans to leave the market.")).isTrue();
        assertThat(ArticleNames.oneOfAList("Maria Silva", "Maria Silva and Tom Berg said the plan would fail."))
                .isTrue();
        assertThat(ArticleNames.oneOfAList("Maria Silva", "Maria Silva, the city's treasurer, said the plan"
                + " would fail.")).isFalse();
        assertThat(ArticleNames.oneOfAList("Acme Foods", "Acme Foods announced plans to leave the market."))
                .isFalse();
        // two bodies that speak as one, either of them named first, one with its acronym
        String both = "The Investigative Committee and the Federal Security Service (FSB) said they believe gas was"
                + " the trigger.";
        assertThat(ArticleNames.oneOfAList("Investigative Committee", both)).isTrue();
        assertThat(ArticleNames.oneOfAList("Federal Security Service", both)).isTrue();
        assertThat(ArticleNames.oneOfAList("Tom Berg", "Maria Silva and Tom Berg said the plan would fail."))
                .isTrue();
        assertThat(ArticleNames.oneOfAList("Tom Berg", "After the vote, Tom Berg said the plan would fail."))
                .isFalse();
        assertThat(ArticleNames.oneOfAList("Tom Reyes", "The council approved the budget on Monday and Tom Reyes"
                + " said the city will build new schools.")).isFalse();
        assertThat(ArticleNames.oneOfAList("Berg", "Prices rose in March and Berg said they would fall.")).isFalse();
        assertThat(ArticleNames.oneOfAList("Berg", "Police arrested Ali and Berg said nothing.")).isFalse();
        assertThat(ArticleNames.oneOfAList("Tom Berg", "He met McDonald and Tom Berg said hello.")).isFalse();
        assertThat(ArticleNames.oneOfAList("Tom Berg", "The mayor said that Maria Silva and Tom Berg said no."))
                .isTrue();
    }

    @Test
    void aSourceIsNotAskedForTheWritersFramingOfItsFigure() {
        String story = "Jobs scheme launched\n\nMonday, March 2, 2026\n\nAs the regional economy continues to weaken,"
                + " the province is struggling with high unemployment, with the jobless rate at 12.4%, according to the"
                + " Provincial Statistics Office.\n\nThe mayor, Ana Lima, said the scheme would start in May.\n";
        var facts = new newsquiz.facts.FactExtractor().extract(newsquiz.article.ArticleParser.parse("t", story,
                java.util.Set.of()));
        assertThat(QuestionGenerator.candidates(facts, 1)).extracting(Question::prompt)
                .noneMatch(p -> p.contains("source of this: “As the"));
    }

    @Test
    void aRoleSaysWhatSomeoneIs() {
        assertThat(EntityQuestions.describes("a public transport agency")).isTrue();
        assertThat(EntityQuestions.describes("US Ambassador to Germany")).isTrue();
        assertThat(EntityQuestions.describes("German Chancellor")).isTrue();
        assertThat(EntityQuestions.describes("the previous day")).isFalse();
        assertThat(EntityQuestions.describes("the new record")).isFalse();
        assertThat(EntityQuestions.describes("both from Ethiopia")).isFalse();
        assertThat(EntityQuestions.describes("Bay Area")).isFalse();
        // "striker Leon Mbeki, the second a header in the 78th minute": which goal, not who he is
        assertThat(EntityQuestions.describes("the second a header in the 78th minute")).isFalse();
        assertThat(EntityQuestions.describes("scorer of the winning goal")).isTrue();
        // "like Alan, [and his brother and mother], who drown": an editor's insertion, not who he is
        assertThat(EntityQuestions.describes("[and his brother and mother]")).isFalse();
        assertThat(EntityQuestions.describes("second wife")).isTrue();
        assertThat(EntityQuestions.describes("the 46th president of the United States")).isTrue();
        assertThat(EntityQuestions.describes("a last-minute replacement")).isTrue();
        // a quantity, an amount or a clause cut from the sentence says nothing of who or what someone is
        assertThat(EntityQuestions.describes("any other bidders")).isFalse();
        assertThat(EntityQuestions.describes("some 1,500 sq km")).isFalse();
        assertThat(EntityQuestions.describes("This will be the last jump")).isFalse();
    }

    @Test
    void whatCarriedTheWordsIsNotWhoSaidThem() {
        assertThat(ArticleNames.carriesWords("Trump's statement")).isTrue();
        assertThat(ArticleNames.carriesWords("Pelosi’s tweet")).isTrue();
        assertThat(ArticleNames.carriesWords("Norway's foreign ministry")).isFalse();
    }

    @Test
    void aTitleIsNotWhoHoldsIt() {
        var facts = new newsquiz.facts.FactExtractor().extract(newsquiz.article.ArticleParser.parse("t",
                "Reefs recover\n\nWednesday, March 13, 2024\n\nThe study was led by Mark Dale, an ecologist and"
                + " Regents Professor at the institute, who said “local care can help reefs recover”.\n\n"
                + "The European Court of Justice ruled on Monday. Mark Dale said the ruling mattered.\n",
                java.util.Set.of()));
        ArticleNames names = new ArticleNames(facts);
        assertThat(names.isNamedSpeaker("Regents Professor")).isFalse();
        assertThat(names.isNamedSpeaker("Mark Dale")).isTrue();
    }

    @Test
    void oneTheWordsNameOrTitleIsNoWrongSpeaker() {
        String story = "Leaders clash over fires\n\nWednesday, March 13, 2024\n\n"
                + "French President Emmanuel Macron called for action on Monday. \u201cOur house is burning,\u201d Macron"
                + " said.\n\n"
                + "German Chancellor Angela Merkel said \u201cwe must help at once\u201d.\n\n"
                + "British Prime Minister Boris Johnson said \u201cthe world is watching\u201d.\n\n"
                + "Brazilian President Jair Bolsonaro said \u201cthe French president's suggestion evokes a colonial"
                + " mindset\u201d.\n\n"
                + "Health worker Ana Lima said \u201cunder Dr Tom Berg's leadership we saved many lives\u201d.\n\n"
                + "Doctor Tom Berg said \u201cthe fires are spreading fast\u201d.\n";
        var facts = new newsquiz.facts.FactExtractor().extract(newsquiz.article.ArticleParser.parse("t", story,
                java.util.Set.of()));
        ArticleNames names = new ArticleNames(facts);
        assertThat(names.referredTo("the French president's suggestion evokes a colonial mindset", "Emmanuel Macron"))
                .isTrue();
        assertThat(names.referredTo("under Dr Tom Berg's leadership we saved many lives", "Tom Berg")).isTrue();
        assertThat(names.referredTo("the French president's suggestion evokes a colonial mindset", "Angela Merkel"))
                .isFalse();
        // a holder named by the bare head of their title
        assertThat(names.referredTo("and the president has to feel we are making progress", "Jair Bolsonaro"))
                .isTrue();
        assertThat(names.referredTo("and the president has to feel we are making progress", "Angela Merkel"))
                .isFalse();
        var made = QuestionGenerator.candidates(facts, 1);
        assertThat(made).filteredOn(q -> q.prompt().startsWith("Who said: \u201cthe French president")).singleElement()
                .satisfies(q -> assertThat(q.choices()).contains("Jair Bolsonaro").doesNotContain("Emmanuel Macron"));
        assertThat(made).filteredOn(q -> q.prompt().startsWith("Who said: \u201cunder Dr Tom Berg")).singleElement()
                .satisfies(q -> assertThat(q.choices()).contains("Ana Lima").noneMatch(c -> c.contains("Tom Berg")));
    }
}
