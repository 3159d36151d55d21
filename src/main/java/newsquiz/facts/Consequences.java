package newsquiz.facts;

import static newsquiz.facts.CauseText.MAX_CLAUSE;
import static newsquiz.facts.CauseText.SUBORDINATORS;
import static newsquiz.facts.CauseText.clauseStart;
import static newsquiz.facts.CauseText.clauseText;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.opening;
import static newsquiz.facts.CauseText.trimEnd;
import static newsquiz.facts.EffectClauses.DENIAL;
import static newsquiz.facts.EffectClauses.reportsClause;

import java.util.List;
import java.util.Set;
import newsquiz.nlp.Tagger;
import newsquiz.nlp.Token;

/**
 * What a clause's "so" brings on or is for: "..., so the sky looks blue" (the clause before the comma is the reason)
 * and "so (that) they can plan" (the doer's purpose); both read the pronoun after "so" against the clause's subject.
 */
final class Consequences {
    private Consequences() {
    }

    /**
     * "Blue light scatters more than other colours, so the sky looks blue": the clause before the comma is why the
     * one after "so" happens. Not "so far", "so that", "so many".
     */
    static Cause soConsequence(TaggedSentence ts, int so) {
        List<Token> t = ts.tokens();
        int end = so - 1;
        int start = clauseStart(t, end);
        while (start < end && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        // "the inspector stated the hall was built with a grant, so ...": the reason is what was stated; whose
        // statement it is the question says (CauseQuestions)
        for (int k = start + 1; k < end - 2; k++) {
            if (Lexicon.isReportingVerb(t.get(k).text()) && t.get(k).tag().matches("VBD|VBZ|VBP")
                    && !t.get(k + 1).tag().startsWith("VB") && reportsClause(t, k, end)) {
                if (lower(t.get(k)).matches(DENIAL)) {
                    return null;
                }
                start = lower(t.get(k + 1)).equals("that") ? k + 2 : k + 1;
                break;
            }
        }
        String cause = clauseText(ts, start, end);
        int effectTo = trimEnd(t, t.size());
        for (int k = so + 1; k < effectTo; k++) {
            if (t.get(k).text().matches("[,;:]")) {
                effectTo = k;
                break;
            }
        }
        String effect = clauseText(ts, so + 1, effectTo);
        if (cause == null || effect == null || end - start > MAX_CLAUSE || effectTo - so > 18) {
            return null;
        }
        int subject = namedDoer(t, start, end, so + 1);
        if (subject > start) {
            // the effect names the doer and the reason takes the pronoun: "Why does the hall cost the town nothing?"
            // – "it was paid for with a grant", not the one choice that repeats the question's subject
            String pronoun = lower(t.get(so + 1));
            effect = opening(ts, start, subject) + effect.substring(pronoun.length());
            cause = pronoun + " " + ts.span(subject, end);
        }
        return new Cause(effect, cause, "so", Cause.Form.CLAUSE, true, Evidence.of(ts.sentence()), List.of());
    }

    /**
     * "The hall was paid for with a grant, so it costs the town nothing": the pronoun after "so" is the reason's
     * subject when it agrees with that subject's head ("it" a thing or a body, "they" many, "he"/"she" a person).
     * The index where that subject ends, or -1 when the effect keeps its pronoun.
     */
    private static int namedDoer(List<Token> t, int causeFrom, int causeTo, int effectFrom) {
        String pronoun = lower(t.get(effectFrom));
        if (!pronoun.matches("it|they|he|she")) {
            return -1;
        }
        int head = causeFrom;
        while (head < causeTo && t.get(head).tag().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD")) {
            head++;
        }
        if (head == causeFrom || head - causeFrom > 6 || head >= causeTo || !t.get(head).tag().matches("VB.*|MD")
                || !t.get(head - 1).tag().startsWith("NN") || !doerIs(t.get(head - 1), pronoun)
                || t.get(causeFrom).tag().equals("PRP$")
                || pronoun.equals("it") && !t.get(head - 1).tag().equals("NN")
                && !Lexicon.isOrganizationWord(t.get(head - 1).text())) {
            return -1;
        }
        return head;
    }

    /**
     * "so they can plan", "so that it could repair", "so it would win back": the index of the verb after a pronoun and
     * a modal, or -1. Not "so they could not", which tells a consequence.
     */
    static int soThatVerb(List<Token> t, int so) {
        int k = so + 1;
        if (k < t.size() && lower(t.get(k)).equals("that")) {
            k++;
        }
        // "so it would win back customers", "so that they will reach the summit": a modal of what is to follow
        if (k + 2 >= t.size() || !lower(t.get(k)).matches("they|it|he|she|we")
                || !lower(t.get(k + 1)).matches("can|could|would|will|might|may")
                || !t.get(k + 2).tag().equals("VB")) {
            return -1;
        }
        return k + 2;
    }

    /**
     * Whether the pronoun after "so" is the deed's doer, so that the purpose reads as its own "to ...": "the team
     * will map wells so they can", "the council raised fees so it could"; not "the school bought buses so they can"
     * when "they" are others. The doer is the clause's subject: a pronoun itself, or a noun of the pronoun's number.
     */
    static boolean doerAgrees(List<Token> t, int so, String pronoun) {
        int start = clauseStart(t, so);
        while (start < so && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        int head = start;
        while (head < so && t.get(head).tag().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD") && !lower(t.get(head)).equals("will")) {
            head++; // "will" the tagger may read as a noun ("The team will/NN map")
        }
        if (head < so && lower(t.get(head)).equals("will")) {
            return head > start && doerIs(t.get(head - 1), pronoun);
        }
        if (head == start || head >= so || !t.get(head).tag().matches("VB.*|MD")) {
            return false; // no plain subject before the verb
        }
        return doerIs(t.get(head - 1), pronoun);
    }

    private static boolean doerIs(Token noun, String pronoun) {
        if (noun.tag().equals("PRP")) {
            return lower(noun).equals(pronoun) || lower(noun).equals("i") && pronoun.equals("we");
        }
        return switch (pronoun) {
            case "they" -> noun.tag().matches("NNS|NNPS") || COLLECTIVE.contains(lower(noun));
            case "it" -> noun.tag().matches("NN|NNP") && !PERSON.contains(lower(noun)) && !Lexicon.isTitle(noun.text());
            case "he", "she" -> noun.tag().equals("NNP") || PERSON.contains(lower(noun)) || Lexicon.isTitle(noun.text());
            default -> false;
        };
    }

    /** Bodies spoken of as "they" as well as "it". */
    private static final Set<String> COLLECTIVE = Set.of("team", "council", "club", "company", "firm", "government",
            "police", "band", "family", "committee", "board", "group", "school", "university", "city", "town", "army",
            "party", "crew", "staff", "ministry", "department", "agency", "museum", "hospital", "charity");
    /** People by their role, spoken of as "he" or "she". */
    private static final Set<String> PERSON = Set.of("mayor", "minister", "judge", "coach", "manager", "singer",
            "player", "farmer", "teacher", "doctor", "president", "chief", "director", "author", "writer", "artist",
            "actor", "actress", "chef", "owner", "driver", "pilot", "captain", "officer", "woman", "man", "girl", "boy",
            "student", "scientist", "researcher", "senator", "governor", "spokesman", "spokeswoman", "founder");

    /** "so the sky looks blue": a subject, then its finite verb within a few words. */
    static boolean consequenceClauseFollows(List<Token> t, int from) {
        // a subject, not "so strong that ...", "so far", "so many"
        if (from >= t.size() || !t.get(from).tag().matches("DT|PRP|NNP?S?|PRP\\$|JJ.*|CD")
                || lower(t.get(from)).matches("far|that|many|much|long|few|called")
                || t.get(from).tag().startsWith("JJ") && from + 1 < t.size()
                && t.get(from + 1).text().matches("(?i)that|as|,|to|enough")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(t.size(), from + 7); k++) {
            String tag = t.get(k).tag();
            if (tag.matches("VBD|VBZ|VBP|MD") || Tagger.verbReadAsPluralNoun(t, k, t.size())) {
                return true;
            }
            if (!tag.matches("NN.*|JJ.*|CD|DT|POS|PRP\\$|IN|RB")) {
                return false;
            }
        }
        return false;
    }
}
