package newsquiz.facts;

import static newsquiz.facts.CauseText.MAX_CLAUSE;
import static newsquiz.facts.CauseText.SUBORDINATORS;
import static newsquiz.facts.CauseText.clauseStart;
import static newsquiz.facts.CauseText.clauseText;
import static newsquiz.facts.CauseText.isBe;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.opening;
import static newsquiz.facts.CauseText.phraseEnd;

import java.util.List;
import newsquiz.nlp.Token;

/**
 * Causes a verb ties to their effect: "CAUSE led to / resulted in / caused / triggered EFFECT", "EFFECT was caused by
 * CAUSE", "CAUSE, causing EFFECT", and the cause someone gives a thing, "blamed EFFECT on CAUSE", "EFFECT was
 * attributed to CAUSE".
 */
final class CausingVerbs {
    private CausingVerbs() {
    }

    static Cause causeFirst(TaggedSentence ts, int verb, int effectFrom, String words) {
        List<Token> t = ts.tokens();
        // "It was the agency's investigation of X which led to the discovery": the noun phrase the relative
        // clause hangs on is the cause, not the "which"
        int end = verb > 2 && lower(t.get(verb - 1)).matches("which|that") ? verb - 1 : verb;
        int start = clauseStart(t, end);
        if (end < verb && end - start > 3 && lower(t.get(start)).equals("it") && isBe(t.get(start + 1))) {
            start += 2;
        }
        while (start < end && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        for (int k = end - 2; k > start; k--) {
            if (lower(t.get(k)).equals("that") && t.get(k - 1).tag().matches("VB.*|NN.*")) {
                start = k + 1; // "Studies show that poor sleep results in ...": the cause is the reported subject
                break;
            }
        }
        // "Crossing time zones quickly": a doing, with its adverb, is a cause as a noun phrase is
        boolean doing = t.get(start).tag().equals("VBG");
        if (end - start < 2 || end - start > 8 || !t.subList(start, end).stream()
                .allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|IN|VBN|VBG") || doing && x.tag().equals("RB"))
                || t.get(start).tag().equals("IN")) {
            return null;
        }
        int effectTo = phraseEnd(t, effectFrom, Cause.Form.NOUN_PHRASE);
        if (effectTo < 0) {
            return null;
        }
        for (int k = effectFrom + 1; end < verb && k < effectTo; k++) {
            if (t.get(k).tag().matches("VBD|VBZ|VBP|MD")) {
                // "A storm that led to flooding in the valley closed 12 schools": the relative ends before the
                // sentence's own verb
                effectTo = k;
                break;
            }
        }
        // "the match resulted in a draw": a score is the event's outcome, not something it brought about
        if (effectTo - effectFrom < 1 || effectTo - effectFrom <= 3 && lower(t.get(effectTo - 1)).matches("draw|tie"
                + "|win|victory|defeat|loss|stalemate|deadlock")) {
            return null;
        }
        return new Cause(ts.span(effectFrom, effectTo), ts.span(start, end), words, Cause.Form.NOUN_PHRASE, false,
                Evidence.of(ts.sentence()), List.of());
    }

    static Cause passiveCause(TaggedSentence ts, int verb) {
        List<Token> t = ts.tokens();
        int subjectEnd = verb - 1;
        int start = clauseStart(t, subjectEnd);
        if (subjectEnd - start < 2 || !t.subList(start, subjectEnd).stream()
                .allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|IN"))) {
            return null;
        }
        int causeTo = phraseEnd(t, verb + 2, Cause.Form.NOUN_PHRASE);
        if (causeTo < 0) {
            return null;
        }
        return new Cause(ts.span(start, subjectEnd), ts.span(verb + 2, causeTo), "caused by", Cause.Form.NOUN_PHRASE,
                false, Evidence.of(ts.sentence()), List.of());
    }

    /** The verbs that give a thing its cause: "blamed ... on", "attributed ... to", "ascribed ... to". */
    static final String ASCRIBING = "blame[sd]?|attribute[sd]?|ascribe[sd]?";

    /**
     * "Officials blamed the outage on a faulty transformer", "The outage was blamed on a faulty transformer", "A doctor
     * attributed the death to the cold": the thing and the cause given it, both noun phrases. Not words or works
     * attributed to their author ("remarks attributed to an aide"), nor a cause that is a name ("blamed the attack on
     * Iran": stock wrong reasons would be no names), nor a thing told by a pronoun ("blamed it on").
     */
    static Cause ascribed(TaggedSentence ts, int verb) {
        List<Token> t = ts.tokens();
        String prep = lower(t.get(verb)).startsWith("blam") ? "on" : "to";
        // "did not blame ... on", "was not blamed on", "too early to blame ... on", "may have blamed": no cause given
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            if (lower(t.get(k)).matches("not|n't|never|no|to|may|might|could|would|should|can|will|did|does|do"
                    + "|whether|if")) {
                return null;
            }
        }
        int be = isBe(t.get(verb - 1)) ? verb - 1 : verb > 1 && t.get(verb - 1).tag().equals("RB")
                && isBe(t.get(verb - 2)) ? verb - 2 : -1;
        int effectFrom;
        int effectTo;
        int at;
        if (be >= 0) {
            // "The outage has been blamed on ...": the thing ends before its auxiliary
            effectTo = be > 0 && lower(t.get(be - 1)).matches("has|have|had") ? be - 1 : be;
            effectFrom = clauseStart(t, effectTo);
            at = verb + 1;
        } else {
            effectFrom = verb + 1;
            effectTo = effectFrom;
            while (effectTo < t.size() && effectTo - effectFrom <= 8 && !lower(t.get(effectTo)).equals(prep)
                    && !t.get(effectTo).text().matches("[,;:.!?()“”\"]")) {
                effectTo++;
            }
            at = effectTo;
        }
        if (at >= t.size() || !lower(t.get(at)).equals(prep) || effectTo - effectFrom < 1 || effectTo - effectFrom > 8
                || t.get(effectFrom).tag().matches("IN|PRP|WDT|WP") || !t.subList(effectFrom, effectTo).stream()
                .allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|VBG|VBN") || lower(x).matches("of|in"))) {
            return null;
        }
        if (t.subList(effectFrom, effectTo).stream().noneMatch(x -> x.tag().startsWith("NN"))) {
            return null; // "Experts attribute this to human activity": what "this" is, the sentence before says
        }
        String effect = opening(ts, effectFrom, effectTo);
        if (!prep.equals("on") && effect.matches("(?i).*\\b(quotes?|quotations?|remarks?|comments?|statements?|words"
                + "|sayings?|works?|paintings?|poems?|books?|songs?|letters?|lines?|music)$")) {
            return null;
        }
        int causeTo = phraseEnd(t, at + 1, Cause.Form.NOUN_PHRASE);
        if (causeTo < 0 && at + 2 <= t.size() && t.get(at + 1).tag().matches("NNS?") && (at + 2 == t.size()
                || t.get(at + 2).text().matches("[,;:.!?]"))) {
            causeTo = at + 2; // "blamed the fire on arson": one word is cause enough
        }
        if (causeTo < 0 || t.get(at + 1).tag().matches("NNP.*|PRP|IN|CD") || t.get(at + 1).isCapitalised()) {
            return null;
        }
        // "blamed the goalkeeper on social media after the defeat": "on" where the blaming was done, not its cause
        if (ts.span(at + 1, causeTo).matches("(?i)(social media|television|tv|radio|air|the air|the radio|the internet"
                + "|online|camera|stage|the stage|the pitch|the field|the streets?|the phone|the record)\\b.*")
                || ts.span(at + 1, causeTo).matches("(?i).*\\b(for|after)\\b.*")) {
            return null;
        }
        if (causeTo - at > 4 && lower(t.get(causeTo - 2)).equals("on") && lower(t.get(causeTo - 1)).matches(
                "monday|tuesday|wednesday|thursday|friday|saturday|sunday")) {
            causeTo -= 2; // "complications from a stroke on Monday": when it struck is no part of the cause
        }
        return new Cause(effect, ts.span(at + 1, causeTo), be >= 0 ? "was " + lower(t.get(verb)) + " " + prep
                : lower(t.get(verb)) + " " + prep, Cause.Form.NOUN_PHRASE, true, Evidence.of(ts.sentence()), List.of());
    }

    /** "A heater was not working, causing his visor to fog": the clause before the comma caused what follows. */
    static Cause consequence(TaggedSentence ts, int verb) {
        List<Token> t = ts.tokens();
        int end = verb - 1;
        int start = clauseStart(t, end);
        while (start < end && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        for (int k = end - 1; k > start; k--) {
            if (lower(t.get(k)).equals("that") && (t.get(k - 1).tag().startsWith("NN") || t.get(k - 1).tag()
                    .startsWith("VB"))) {
                start = k + 1;
                break;
            }
        }
        String cause = clauseText(ts, start, end);
        int effectTo = phraseEnd(t, verb + 1, Cause.Form.NOUN_PHRASE);
        if (cause == null || effectTo < 0 || end - start > MAX_CLAUSE) {
            return null;
        }
        return new Cause(ts.span(verb + 1, effectTo), cause, lower(t.get(verb)), Cause.Form.CLAUSE, false,
                Evidence.of(ts.sentence()), List.of());
    }
}
