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
    private final CauseQuestions questions = new CauseQuestions(Set.of("the"), Set.of());

    private static Cause cause(String effect, String reason, boolean effectFirst, List<String> alternatives) {
        return new Cause(effect, reason, "because", Cause.Form.CLAUSE, effectFirst,
                new Evidence(List.of(effect + " because " + reason + "."), List.of(new int[] {0, 10})), alternatives);
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
        // one of the article's other reasons, then stock reasons in the answer's tense
        assertThat(d.wrong()).hasSize(3).startsWith("the buses run late");
        assertThat(d.wrong().subList(1, 3)).allSatisfy(w -> assertThat(w).doesNotContain("prices"));
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
        assertThat(CauseQuestions.Reasons.of(Cause.Form.PURPOSE, "to win votes", Set.of())).allMatch(r -> r.startsWith("to "));
        assertThat(CauseQuestions.Reasons.of(Cause.Form.NOUN_PHRASE, "heavy rain", Set.of("money", "protests")))
                .noneMatch(r -> r.contains("money") || r.contains("protests"));
    }
}
