package newsquiz.facts;

import static newsquiz.facts.CauseText.clauseStart;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.opening;
import static newsquiz.facts.CauseText.phraseAt;
import static newsquiz.facts.CauseText.phraseEnd;
import static newsquiz.facts.EffectClauses.effectFirst;

import java.util.ArrayList;
import java.util.List;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/** Why someone died: what they "died of" or "from", and "the cause of death was ..." after their death is told. */
final class DeathCauses {
    private DeathCauses() {
    }

    /**
     * "The cause of death was pneumonia.", "Her family gave the cause of death as heart failure.", "Reporters gave his
     * cause of death as ...": why someone died, asked of the person whose death a sentence shortly before tells by
     * name ("The broadcaster Tom Velly, 81, died on Friday"). Not "the cause of death is unknown / under
     * investigation", which gives none.
     */
    static Cause causeOfDeath(List<TaggedSentence> sentences, TaggedSentence ts) {
        List<Token> t = ts.tokens();
        int from = -1;
        for (int i = 1; i + 4 < t.size() && from < 0; i++) {
            if (!phraseAt(t, i, "cause", "of")) {
                continue;
            }
            int k = i + 2 + (t.get(i + 2).tag().equals("PRP$") ? 1 : 0); // "the cause of his death"
            if (k + 1 >= t.size() || !lower(t.get(k)).equals("death")) {
                continue;
            }
            k++;
            String owner = lower(t.get(i - 1));
            if (owner.matches("the|his|her|their") && lower(t.get(k)).matches("was|is|had been|has been")) {
                k++;
                if (k + 1 < t.size() && lower(t.get(k)).matches("given|listed|recorded|confirmed|reported")
                        && lower(t.get(k + 1)).equals("as")) {
                    k += 2; // "was given as"
                }
                from = k;
            } else if (owner.matches("the|his|her|their") && i > 1 && lower(t.get(k)).equals("as")
                    && lower(t.get(i - 2)).matches("gave|gives|listed|lists|recorded|records|reported|reports|confirmed"
                    + "|confirms|named|names")) {
                from = k + 1; // "gave the cause of death as"
            }
        }
        if (from < 0 || from >= t.size() || !t.get(from).tag().matches("DT|JJ.*|NN.*|VBG")) {
            return null;
        }
        int to = phraseEnd(t, from, Cause.Form.NOUN_PHRASE);
        if (to < 0 && t.get(from).tag().startsWith("NN") && from + 1 < t.size() && t.get(from + 1).text().matches("[.,;]")) {
            to = from + 1; // "was pneumonia": one word names an illness
        }
        if (to < 0 || t.subList(from, to).stream().anyMatch(x -> lower(x).matches("unknown|unclear|undetermined"
                + "|investigation|pending|not|yet|natural|suspicious"))) {
            return null; // "natural causes" gives no reason a choice can be wrong about
        }
        String who = null;
        int at = sentences.indexOf(ts);
        List<newsquiz.article.Sentence> told = new ArrayList<>();
        for (int b = at - 1; b >= Math.max(0, at - 3) && who == null; b--) { // the nearest death told before
            TaggedSentence before = sentences.get(b);
            if (before.sentence().section() != Section.BODY
                    || ts.sentence().paragraph() - before.sentence().paragraph() > 1) {
                break;
            }
            who = deceased(before);
            told.add(0, before.sentence());
        }
        if (who == null || who.isEmpty()) {
            return null;
        }
        return new Cause(who + " died", ts.span(from, to), "cause of death", Cause.Form.NOUN_PHRASE, true,
                Evidence.of(List.of(told.get(0), ts.sentence())), List.of());
    }

    /**
     * The name of the one whose death the sentence tells: "Tom Velly died", "the broadcaster Tom Velly, 81, died",
     * "Tom Velly, known as ..., died on Friday"; empty for a death told of no name ("He died", "who died"), which
     * stops the search; null when the sentence tells no death.
     */
    private static String deceased(TaggedSentence ts) {
        List<Token> t = ts.tokens();
        for (int j = 1; j < t.size(); j++) {
            if (!lower(t.get(j)).matches("died|dies") || !t.get(j).tag().startsWith("VB")) {
                continue;
            }
            int end = j;
            if (t.get(j - 1).text().equals(",")) {
                int open = clauseStart(t, j - 1);
                end = open > 1 && t.get(open - 1).text().equals(",") ? open - 1 : -1;
            }
            int start = end;
            while (start > 0 && t.get(start - 1).tag().startsWith("NNP")) {
                start--;
            }
            return start < end && end - start <= 4 ? ts.span(start, end) : "";
        }
        return null;
    }

    /**
     * "Rates dropped after two small children died from a faulty vaccine": who died is the noun phrase right
     * before "died", not the clause the death is part of.
     */
    static Cause diedOf(TaggedSentence ts, int of) {
        List<Token> t = ts.tokens();
        int start = of - 1;
        while (start > 0 && t.get(start - 1).tag().matches("NN.*|DT|JJ.*|CD|POS|PRP\\$|PRP")) {
            start--;
        }
        Cause c = effectFirst(ts, of, of + 1, Cause.Form.NOUN_PHRASE, lower(t.get(of)));
        if (c == null || start == of - 1) {
            return null;
        }
        return new Cause(opening(ts, start, of), c.cause(), c.connective(), c.form(), true, c.evidence(), List.of());
    }
}
