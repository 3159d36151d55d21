package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Two questions on one sentence: each prompt keeps only the clauses that hide the other's answer. */
class ClozeExcerptTest {
    private static Predicate<String> naming(String word) {
        return text -> text.contains(word);
    }

    @Test
    void aPromptThatShowsNothingFlaggedIsLeftWhole() {
        String prompt = "Which amount completes this sentence from the article? “The council approved _____ new homes.”";
        assertThat(ClozeExcerpt.avoiding(prompt, naming("Smith"))).isEqualTo(prompt);
    }

    @Test
    void theSpeakerBeforeTheReportingCommaIsCutAway() {
        String prompt = "Which amount completes this sentence from the article? “On Tuesday, Mayor Jane Smith, a former"
                + " teacher, announced the council would build _____ new homes by the end of the decade.”";
        assertThat(ClozeExcerpt.avoiding(prompt, naming("Smith"))).isEqualTo("Which amount completes this sentence"
                + " from the article? “… a former teacher, announced the council would build _____ new homes by the"
                + " end of the decade.”");
    }

    @Test
    void aReasonAfterBecauseIsCutAwayAndMarked() {
        String sentence = "The mayor said the stadium vote was delayed by _____ weeks because the budget office had not"
                + " finished its review.";
        assertThat(ClozeExcerpt.around(sentence, naming("budget office")))
                .isEqualTo("The mayor said the stadium vote was delayed by _____ weeks …");
    }

    @Test
    void theSubjectStaysWheneverItShowsNothing() {
        String sentence = "The trial, which began in March, enrolled _____ patients from four hospitals, and 30 of them"
                + " were children.";
        assertThat(ClozeExcerpt.around(sentence, naming("30")))
                .isEqualTo("The trial, which began in March, enrolled _____ patients from four hospitals …");
    }

    @Test
    void noExcerptWhenTheAnswerStandsBesideTheBlank() {
        String sentence = "Officials counted _____ dead and 40 injured after the storm.";
        assertThat(ClozeExcerpt.around(sentence, naming("40"))).isNull();
        assertThat(ClozeExcerpt.avoiding("Type the name: “Officials counted _____ dead and 40 injured.”",
                naming("40"))).isNull();
    }

    @Test
    void theBlanksClauseEndsWithItsPhraseWhenWhatItShowsComesAfter() {
        String sentence = "The new members of the House, which include _____ Democrats and 199 Republicans, were sworn"
                + " in on Thursday.";
        assertThat(ClozeExcerpt.around(sentence, naming("199")))
                .isEqualTo("The new members of the House, which include _____ Democrats …");
        // never inside a quotation, which would stand without its closing mark
        assertThat(ClozeExcerpt.around("The envoy told _____ that talks should be expected \"as the two sides and"
                + " Seoul try to agree\" on Monday.", naming("Seoul"))).isNull();
        assertThat(ClozeExcerpt.around("Smith told reporters on Monday: \"Growing up, my whole family lived in _____"
                + " in Chicago, and it was hard,\" he added.", naming("Chicago"))).isNull();
    }

    @Test
    void tooLittleLeftToSayWhatTheBlankIsAbout() {
        String sentence = "Rates were 49% for the first drug, _____ for the second, and 29% for the third.";
        assertThat(ClozeExcerpt.around(sentence, naming("%"))).isNull();
    }

    @Test
    void aPromptThatIsNoClozeCannotBeCut() {
        assertThat(ClozeExcerpt.avoiding("Who said: “Smith will win”?", naming("Smith"))).isNull();
    }

    @Test
    void cuttingAnExcerptAgainKeepsItsMarks() {
        String once = ClozeExcerpt.around("On Monday, the board, led by Ann Lee, voted to close _____ schools, and"
                + " parents protested outside the hall for hours.", naming("Ann Lee"));
        assertThat(once).isEqualTo("… voted to close _____ schools, and parents protested outside the hall for hours.");
        assertThat(ClozeExcerpt.around(once, naming("parents"))).isNull();
        assertThat(ClozeExcerpt.around(once, naming("nobody"))).isEqualTo(once);
    }

    @Test
    void aBlankAloneInItsClauseIsNotCut() {
        // "… _____, and people of color …" would not say what the number counts
        String sentence = "The new House has the most women, _____, and people of color in its history.";
        assertThat(ClozeExcerpt.around(sentence, naming("most women"))).isNull();
    }

    @Test
    void andBeforeAClauseOfItsOwnIsACut() {
        String cut = ClozeExcerpt.around("It weighed about ten lbs and the researchers estimate it had a top speed of"
                + " about _____ mph.", text -> text.contains("ten"));
        assertThat(cut).isEqualTo("… and the researchers estimate it had a top speed of about _____ mph.");
    }

    @Test
    void aQuotationIsCutToItsSentencesThatShowNothingFlagged() {
        // the amount in the quotation's second clause is another question's answer
        String prompt = "Type the name of the person who said: “Our town is flooding. Really. The river — which"
                + " gives 40 percent of our water — is over its banks …”";
        assertThat(ClozeExcerpt.quotationAvoiding(prompt, text -> text.contains("40 percent")))
                .isEqualTo("Type the name of the person who said: “Our town is flooding. Really. The river …”");
        // a later sentence when the first shows it; never a run from mid-sentence
        assertThat(ClozeExcerpt.quotationAvoiding("Who said: “In 2015 we had a drought. This year the rain came"
                + " early and stayed.”?", text -> text.contains("2015")))
                .isEqualTo("Who said: “… This year the rain came early and stayed.”?");
        assertThat(ClozeExcerpt.quotationAvoiding("Who said: “What will help, under Smith's plan, is good"
                + " planning and more money.”?", text -> text.contains("Smith"))).isNull();
        // five or six words of a long quotation no longer tell which words are asked: judges struck "Every step of
        // the way …"
        assertThat(ClozeExcerpt.quotationAvoiding("Who said: “Every step of the way, Ana Lima was directly engaged"
                + " in the talks.”?", text -> text.contains("Ana Lima"))).isNull();
        assertThat(ClozeExcerpt.quotationAvoiding("Who said: “Every step of the long way, Ana Lima was directly"
                + " engaged in the talks.”?", text -> text.contains("Ana Lima"))).isNull();
        // a name in one clause and words in the next are flagged together, and the cut ends before the pair
        assertThat(ClozeExcerpt.quotationAvoiding("Who said: “The talks went on all night long, Ana Lima came at"
                + " dawn, and the money went into the new pier.”?", text -> text.contains("Ana Lima")
                && text.contains("money went into"))).isEqualTo("Who said: “The talks went on all night long, Ana"
                + " Lima came at dawn …”?");
        // the frame names the answer: no cut hides it
        assertThat(ClozeExcerpt.quotationAvoiding("True or false: Ann Lee said “The vote was fair and open to"
                + " all”.", text -> text.contains("Ann Lee"))).isNull();
    }

    @Test
    void aSentenceNamingTheAnswerTwiceShowsOneBlank() {
        // "countryman _____ became ...; though _____'s time ...": one blank asked, the clause of the second cut away
        assertThat(QuestionText.blank("Just the day before, his countryman Eli Kip became the first person to run it"
                + " in under two hours; though Kip's time was not a record.", "Eli Kip", "Kip"))
                .isEqualTo("Just the day before, his countryman _____ became the first person to run it in under two"
                        + " hours …");
        // one number for two counts in one clause: no cut shows a single blank
        assertThat(QuestionText.blank("The other three drugs and three antibodies were tested.", "three")).isNull();
        // nor is a word broken at its hyphen a name
        assertThat(QuestionText.blank("Ocean- going ships have had tracking since the 1980s.", "Ocean")).isNull();
        // a clock's minutes are no amount of their own
        assertThat(QuestionText.blank("The first attack was at about 13:40 local time.", "40")).isNull();
        // a name with its initials in brackets is one blank
        assertThat(QuestionText.blank("He co-founded the Harbour Workers Union (HWU) in 1963.", "Harbour Workers Union",
                "HWU")).isEqualTo("He co-founded the _____ in 1963.");
    }
    @Test
    void aMeasureRestatedInOtherUnitsIsLeftOutOfAClozeOrTheClozeIsNotAsked() {
        // "(five kg)" beside "_____ lbs" gives the blank by arithmetic
        assertThat(QuestionText.blank("It weighed about ten lbs (five kg) and ran at 18 mph (8 m/s).", "ten"))
                .isEqualTo("It weighed about _____ lbs and ran at 18 mph.");
        assertThat(QuestionText.blank("Winds reached 30 miles per hour (45 kilometers per hour) on Monday.", "30"))
                .isEqualTo("Winds reached _____ miles per hour on Monday.");
        assertThat(QuestionText.blank("Ten lbs (five kg) of rice and a 100km (62 miles) walk.", "62")).isNull();
        assertThat(QuestionText.blank("The course was 100km (62 miles) long.", "100km"))
                .isEqualTo("The course was _____ long.");
        // a blank inside the restatement asks for the arithmetic itself
        assertThat(QuestionText.blank("The statues are about fourteen feet (four meters) tall.", "four")).isNull();
        // brackets that restate nothing stay
        assertThat(QuestionText.blank("Twenty people (twelve of them children) were hurt.", "Twenty"))
                .isEqualTo("_____ people (twelve of them children) were hurt.");
    }

    @Test
    void aNumberOrADateInTheBlanksOwnClauseIsLeftOutAsAnEditorWould() {
        String prompt = "Which amount completes this sentence from the article? “The council, which has _____ Labour"
                + " members and 19 Greens, met on February 21 to vote.”";
        assertThat(ClozeExcerpt.eliding(prompt, List.of("19", "February 21, 2019"))).isEqualTo("Which amount completes"
                + " this sentence from the article? “The council, which has _____ Labour members and […] Greens, met on […]"
                + " to vote.”");
        // a month asked by itself stays in a day's date; nothing else to leave out
        assertThat(ClozeExcerpt.eliding(prompt, List.of("February"))).isNull();
        // "19" is no part of "190" or "19-year-old"
        assertThat(ClozeExcerpt.eliding(prompt.replace("19 Greens", "190 Greens and a 19-year-old"), List.of("19")))
                .isNull();
        // three left out still read as the article's sentence (a lead of four facts in a short bank), four no longer
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “_____ voted yes, 4 no,"
                + " 3 abstained and 2 were absent.”", List.of("4", "3", "2"))).endsWith("“_____ voted yes, […] no, […]"
                + " abstained and […] were absent.”");
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “_____ voted yes, 4 no,"
                + " 3 abstained, 2 were absent and 1 left.”", List.of("4", "3", "2", "1"))).isNull();
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “_____ voted yes, […] no,"
                + " […] abstained, […] were absent and 1 left.”", List.of("1"))).isNull();
        // two left out side by side read as nothing: "halfway to […], […]."
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “The flight took _____"
                + " minutes with one stop halfway to Dover, England.”", List.of("Dover", "England"))).isNull();
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “The flight took _____"
                + " minutes with one stop halfway to Dover, England.”", List.of("Dover"))).endsWith("halfway to […],"
                + " England.”");
    }
    @Test
    void aNameIsLeftOutButNotTheSubjectNorAPartOfALongerNameNorBesideTheBlank() {
        String prompt = "Fill in the blank with a name from the article: “Guests included fashion designer _____ and"
                + " drummer Mickey Hart.”";
        assertThat(ClozeExcerpt.eliding(prompt, List.of("Mickey Hart"))).endsWith("designer _____ and drummer […].”");
        // the subject stays: "[…] became ..." no longer says who did what
        assertThat(ClozeExcerpt.eliding("Fill in the blank: “Mickey Hart played _____ songs.”", List.of("Mickey Hart")))
                .isNull();
        // "Governor Ricardo […] Nevares" reads as nothing
        assertThat(ClozeExcerpt.eliding("Which date completes this sentence from the article? “He took office after"
                + " the _____ resignation of Governor Ricardo Rosselló Nevares.”", List.of("Rosselló"))).isNull();
        // "[…] _____ has", "from […]'s _____": the blank has no words of its own left beside it
        assertThat(ClozeExcerpt.eliding("Which amount completes this sentence from the article? “The 116th _____ has"
                + " 102 women.”", List.of("116th"))).isNull();
        assertThat(ClozeExcerpt.eliding("Fill in the blank: “Scientists from China's _____ reported it.”",
                List.of("China"))).isNull();
    }

    @Test
    void aShortSentenceOpeningWithAPronounGetsTheSentenceBeforeIt() {
        String prompt = "Which amount completes this sentence from the article? “She was _____.”";
        assertThat(ClozeExcerpt.withSentenceBefore(prompt, "The singer Ana Lima died on Friday in Lisbon."))
                .isEqualTo("Which amount completes this passage from the article? “The singer Ana Lima died on Friday"
                        + " in Lisbon. She was _____.”");
        // a name blank has no "this sentence" to change
        assertThat(ClozeExcerpt.withSentenceBefore("Fill in the blank with a name from the article: “He is a"
                + " professor at _____.”", "Tom Berg won the prize.")).isEqualTo("Fill in the blank with a name from"
                + " the article: “Tom Berg won the prize. He is a professor at _____.”");
        // a sentence that says whom it speaks of, a long one, or none before: left as it is
        assertThat(ClozeExcerpt.withSentenceBefore("Which amount completes this sentence from the article? “Ana Lima"
                + " was _____.”", "She sang.")).isNull();
        assertThat(ClozeExcerpt.withSentenceBefore("Which amount completes this sentence from the article? “He said"
                + " the council would build _____ new homes by the end of the decade in the north of the city.”",
                "Tom Berg spoke.")).isNull();
        assertThat(ClozeExcerpt.withSentenceBefore(prompt, null)).isNull();
    }
}
