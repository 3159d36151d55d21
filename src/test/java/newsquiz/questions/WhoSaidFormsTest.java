package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhoSaidFormsTest {
    private static Question quote(String type, String prompt, String speaker, String sentence) {
        return new Question("", type, "quote", prompt, type.equals("multiple_choice")
                ? List.of(speaker, "Eva Holt", "Ana Lima") : null, speaker, List.of(), null, List.of(sentence),
                List.of(), 2, 3, "");
    }

    private static final Question TYPED = quote("short_answer",
            "Type the name of the person who said: “The pier will carry trucks again by the spring”", "Tom Berg", "s1");
    private static final Question WITH_CHOICES = quote("multiple_choice",
            "Who said: “The pier will carry trucks again by the spring”?", "Tom Berg", "s1");

    @Test
    void aPromptTellsTheWordsWhenItShowsEnoughOfTheirLongerWords() {
        assertThat(WhoSaidForms.showsWords("Fill in: “Tom Berg said the pier will carry trucks in _____.”",
                WITH_CHOICES)).isTrue();
        assertThat(WhoSaidForms.showsWords("Fill in: “Engineer Tom Berg of _____ rebuilt the pier.”", WITH_CHOICES))
                .isFalse();
        assertThat(WhoSaidForms.showsWords("Anything at all", quote("multiple_choice", "Who rebuilt the pier?",
                "Tom Berg", "s1"))).isFalse();
    }

    @Test
    void aTypedQuestionIsAskedWithChoicesKeepingItsOwnCutOfTheWords() {
        Question cut = TYPED.withPrompt("Type the name of the person who said: “The pier will carry trucks again …”");
        WhoSaidForms forms = new WhoSaidForms(List.of(TYPED, WITH_CHOICES));
        Question asked = forms.withChoicesFor(cut);
        assertThat(asked.prompt()).isEqualTo("Who said: “The pier will carry trucks again …”?");
        assertThat(asked.choices()).containsExactly("Tom Berg", "Eva Holt", "Ana Lima");
    }

    @Test
    void noChoicesWithoutAQuestionWithChoicesOfTheSameSpeakerAndSentence() {
        WhoSaidForms forms = new WhoSaidForms(List.of(TYPED, quote("multiple_choice",
                "Who said: “The pier will carry trucks again by the spring”?", "Eva Holt", "s1"), quote(
                "multiple_choice", "Who said: “The pier will carry trucks again by the spring”?", "Tom Berg", "s2")));
        assertThat(forms.withChoicesFor(TYPED)).isNull();
        assertThat(new WhoSaidForms(List.of(WITH_CHOICES)).withChoicesFor(WITH_CHOICES)).isNull();
    }
}
