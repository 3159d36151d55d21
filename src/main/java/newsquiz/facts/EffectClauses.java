package newsquiz.facts;

import static newsquiz.facts.CauseText.SUBORDINATORS;
import static newsquiz.facts.CauseText.clauseStart;
import static newsquiz.facts.CauseText.clauseText;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.opening;
import static newsquiz.facts.CauseText.opensClause;
import static newsquiz.facts.CauseText.phraseEnd;
import static newsquiz.facts.CauseText.trimEnd;

import java.util.List;
import java.util.stream.IntStream;
import newsquiz.nlp.Token;

/**
 * The cause after the connective, the effect before it: the reason's phrase, and the clause it explains, read back
 * past a reporting frame ("announced (that)"), whom one told and when it was said, a fronted time, a hedge ("partly
 * because"), and given a subject when its verb has none. Most rules that tell a reason or a purpose after its effect
 * build their cause with {@code effectFirst}.
 */
final class EffectClauses {
    private EffectClauses() {
    }

    /** When, after "last" or "this": "exposure on the mountain last winter" is no part of the reason. */
    private static final String TIME_OF_YEAR = "year|week|month|season|winter|summer|spring|autumn|fall|night"
            + "|weekend|morning|evening";

    static Cause effectFirst(TaggedSentence ts, int connective, int causeFrom, Cause.Form form, String words) {
        List<Token> t = ts.tokens();
        int causeTo = phraseEnd(t, causeFrom, form);
        if (causeTo < 0) {
            return null;
        }
        if (causeTo - causeFrom > 14) {
            // a long reason reads badly as a choice: keep its first part ("X and Y" → "X")
            for (int k = causeFrom + 6; k < causeTo; k++) {
                if (lower(t.get(k)).matches("and|but") && k + 1 < causeTo && t.get(k + 1).tag().matches("VB.*|PRP|MD")) {
                    causeTo = k;
                    break;
                }
            }
        }
        if (form == Cause.Form.NOUN_PHRASE) {
            // "complications from lung disease on Friday at the age of 79": when it happened is no part of why
            for (int k = causeFrom + 1; k < causeTo; k++) {
                String next = k + 1 < causeTo ? lower(t.get(k + 1)) : "";
                if (lower(t.get(k)).matches("on|last|this|at|aged|in") && (Lexicon.WEEKDAYS.contains(next)
                        || Lexicon.MONTHS.contains(next) || lower(t.get(k)).equals("aged")
                        || lower(t.get(k)).equals("at") && (next.equals("home") || k + 2 < causeTo
                        && next.matches("the|his|her|their") && lower(t.get(k + 2)).matches("age|home"))
                        || lower(t.get(k)).matches("last|this") && next.matches(TIME_OF_YEAR)
                        || lower(t.get(k)).equals("in") && next.matches("\\d{4}"))) {
                    causeTo = k;
                    break;
                }
            }
        }
        String cause = ts.span(causeFrom, causeTo);
        if (form == Cause.Form.PURPOSE && !cause.startsWith("to ")) {
            cause = "to " + cause;
        }
        String effect = connective == 0 ? null : effectBefore(ts, connective);
        if (connective == 0) {
            // "Because CAUSE, EFFECT": the effect is the clause after the comma
            int comma = causeTo;
            if (comma < t.size() && t.get(comma).text().equals(",")) {
                effect = clauseText(ts, comma + 1, trimEnd(t, t.size()));
            }
        }
        if (effect != null) {
            // "..., the authors wrote": the attribution is not part of what happened
            effect = effect.replaceFirst(",\\s+(the\\s+)?[\\p{L} ]{1,40}\\s+(said|says|wrote|added|reported|noted|told)\\s*$", "");
        }
        if (effect == null || effect.split("\\s+").length > 18) {
            return null;
        }
        return new Cause(effect, cause, words, form, true, Evidence.of(ts.sentence()), List.of());
    }

    /**
     * The clause the connective attaches to: back to the clause's start (a comma, a semicolon, a quotation mark or
     * the sentence's start), past a reporting frame ("X announced (that)") and a leading subordinator; when that
     * leaves a verb without its subject ("Baumgartner, who ..., raised"), the subject is taken from before the
     * commas.
     */
    static String effectBefore(TaggedSentence ts, int connective) {
        List<Token> t = ts.tokens();
        int end = connective;
        while (end > 0 && t.get(end - 1).text().matches("[,;:]")) {
            end--;
        }
        // "..., partly because": how much of the reason it is says nothing of the effect; "not (just) because" denies
        // it, and "perhaps because", "ostensibly because" only guess or doubt it: no reason the article gives
        while (end > 1 && lower(t.get(end - 1)).matches(HEDGE)) {
            end--;
            while (end > 0 && t.get(end - 1).text().matches("[,;:]")) {
                end--;
            }
        }
        if (end > 0 && lower(t.get(end - 1)).matches("not|" + DOUBT)) {
            return null;
        }
        int start = clauseStart(t, end);
        // "but that office stands vacant": a "that" before its noun points at the subject, no subordinator
        while (start < end && SUBORDINATORS.contains(lower(t.get(start))) && !(lower(t.get(start)).equals("that")
                && t.get(start).tag().equals("DT") && start + 2 < end && t.get(start + 1).tag().matches("NNS?")
                && t.get(start + 2).tag().matches("VBZ|VBP|VBD|MD"))) {
            start++;
        }
        start = afterFrontedTime(t, start, end);
        for (int k = end - 1; k >= start; k--) {
            if (k > start && lower(t.get(k)).equals("that") && (t.get(k - 1).tag().startsWith("VB") || Lexicon.isReportingVerb(
                    t.get(k - 1).text()) || t.get(k - 1).tag().startsWith("NN"))) {
                start = k + 1; // "announced that X", "there was concern that X", "it means that X"
                break;
            }
            // "announced a trial ... was stopped" reports a clause; "recalled the cars", "asked for leniency",
            // "called back the vans" and "announced plans to close" are the deed itself: a verb that reports only
            // now and then needs a finite verb after it, and any reporting verb a verb not after "to"
            if (Lexicon.isReportingVerb(t.get(k).text()) && t.get(k).tag().startsWith("VB") && k + 1 < end
                    && !t.get(k + 1).tag().startsWith("VB") && reportsClause(t, k, end)) {
                if (lower(t.get(k)).matches(DENIAL)) {
                    return null; // "denied the hospital closed because of cuts": no such event to explain
                }
                start = lower(t.get(k)).matches("told|tells|tell|telling") ? afterTold(t, k + 1, end) : k + 1;
                start = afterReportedWhen(t, start, end);
                break;
            }
        }
        if (start >= end) {
            return null;
        }
        if (t.get(start).tag().startsWith("VB") || t.get(start).tag().equals("MD")
                || t.get(start).tag().startsWith("RB")) {
            int[] subject = subjectBefore(t, start);
            if (subject == null) {
                return null;
            }
            return end - start < 2 ? null : opening(ts, subject[0], subject[1]) + " " + ts.span(start, end);
        }
        return clauseText(ts, start, end);
    }

    /** Verbs that deny what they report. */
    static final String DENIAL = "denied|denies|deny|denying|dismissed|rejected|disputed";

    /**
     * Whether the reporting verb at {@code k} reports a clause before {@code end}: a verb of its own follows, not after
     * "to" ("announced plans to close" is the deed); a verb that reports only now and then ("recalled", "called",
     * "asked") needs a finite one ("recalled the cars" is the deed, "recalled the plant was shut" a report).
     */
    static boolean reportsClause(List<Token> t, int k, int end) {
        boolean weak = Lexicon.WEAK_REPORTING.contains(lower(t.get(k)));
        // a verb's own subject stands before it ("the trains run", "fares briefly spiked"); "a ban on imported beef",
        // "to pack their bags and leave" hold no clause
        return IntStream.range(k + 1, end).anyMatch(j -> t.get(j).tag().matches("VBD|VBZ|VBP|MD")
                || !weak && t.get(j).tag().matches("VBN?") && (subjectTag(t.get(j - 1))
                || j > k + 2 && t.get(j - 1).tag().equals("RB") && subjectTag(t.get(j - 2))));
    }

    /**
     * Past whom one told: "told the BBC | the bridge would stay shut", "told investors | profits would fall", "told
     * reporters | she resigned". The person told is a pronoun, a name, or one noun phrase; the clause begins with the
     * next determiner, pronoun or noun.
     */
    private static int afterTold(List<Token> t, int from, int end) {
        int k = from;
        boolean determined = k < end && t.get(k).tag().matches("DT|PRP\\$");
        if (determined) {
            k++;
        }
        while (k < end && t.get(k).tag().matches("JJ.*")) {
            k++;
        }
        int nouns = k;
        if (determined) {
            while (k < end && t.get(k).tag().startsWith("NN")) {
                k++; // "the BBC", "a news conference"
            }
        } else if (k < end && t.get(k).tag().matches("PRP|NNS?")) {
            // "them", "reporters", "investors": one word is whom; "staff members", "police officers": two
            k += k + 1 < end && t.get(k).tag().equals("NN") && t.get(k + 1).tag().equals("NNS") ? 2 : 1;
        } else {
            while (k < end && t.get(k).tag().startsWith("NNP")) {
                k++; // "Reuters", "John Smith"
            }
        }
        k = k > nouns ? afterReportedWhen(t, k, end) : k; // "told the jury on Thursday | the defendant ..."
        if (k < end && t.get(k).text().equalsIgnoreCase("that")) {
            return k + 1;
        }
        return k > nouns && k < end && opensClause(t.get(k)) ? k : from;
    }

    /**
     * Past when it was said: "said Saturday night he had scheduled ...", "announced Monday the plant would close",
     * "said yesterday the market would reopen", "said on Tuesday the schools ..."; not "said Monday's vote ...".
     */
    private static int afterReportedWhen(List<Token> t, int start, int end) {
        int k = start;
        if (k < end && (Lexicon.WEEKDAYS.contains(lower(t.get(k))) || lower(t.get(k)).matches("yesterday|today|tonight"))) {
            k++;
            if (k < end && lower(t.get(k)).matches(DAY_PART)) {
                // "said Monday night he had ...", but "said Monday night games would be moved": the games' night
                if (k + 1 < end && !t.get(k + 1).tag().matches("DT|PRP.*|NNP.*")) {
                    return start;
                }
                k++;
            }
        } else {
            k = afterFrontedTime(t, start, end);
        }
        return k > start && k < end && opensClause(t.get(k)) ? k : start;
    }

    /** The part of a day after its name: "Monday morning", "Saturday night". */
    private static final String DAY_PART = "morning|afternoon|evening|night";

    private static boolean subjectTag(Token x) {
        return x.tag().matches("NNS?|NNPS?|PRP");
    }

    /** How much of a reason it is, before the connective: "partly because", "largely due to". */
    private static final String HEDGE = "partly|largely|mainly|mostly|chiefly|primarily|partially|precisely|only"
            + "|simply|just";
    /** A reason guessed or doubted, not given: "perhaps because", "ostensibly because", "reportedly due to". */
    private static final String DOUBT = "apparently|reportedly|probably|possibly|perhaps|allegedly|presumably"
            + "|ostensibly|supposedly|seemingly|maybe|likely";

    /**
     * The clause's start past a fronted time without a comma ("In January the board proposed ...", "Last week the
     * council voted ..."): the effect is the clause from its subject.
     */
    private static int afterFrontedTime(List<Token> t, int start, int end) {
        if (start + 2 >= end) {
            return start;
        }
        String first = lower(t.get(start));
        String second = lower(t.get(start + 1));
        int k = start;
        if (first.matches("\\d{4}") && start > 0 && lower(t.get(start - 1)).matches("since|in|by|until|during")
                && t.get(start + 1).tag().matches("DT|NNP.*")) {
            k = start + 1; // "Since 2010 the town ...", its "since" already gone
        } else if (first.matches("in|on|during|by|since|until") && (Lexicon.MONTHS.contains(second)
                || Lexicon.WEEKDAYS.contains(second) || second.matches("\\d{4}"))) {
            k = start + 2;
            // "On Monday morning", "In May 2019", "On March 3, 2024": a day or a year, never a count ("In May 2,000
            // people ...")
            if (k < end && lower(t.get(k)).matches(DAY_PART)) {
                k++;
            }
            if (k < end && t.get(k).text().matches("\\d{1,2}(st|nd|rd|th)?|\\d{4}")) {
                k++;
                if (k + 1 < end && t.get(k).text().equals(",") && t.get(k + 1).text().matches("\\d{4}")) {
                    k += 2;
                }
            }
        } else if (first.matches("last|this|earlier|later|next") && second.matches(TIME_OF_YEAR)) {
            k = start + 2;
        } else if (first.matches("in|on|during") && second.matches("the|this|that") && start + 2 < end
                && lower(t.get(start + 2)).matches(TIME_OF_YEAR)) {
            k = start + 3;
        }
        // "On May Day the union ...", "In June Carter's memoir": a name goes on past the month, no subject begins;
        // "On Tuesday Goldman Sachs cut ...": a name whose verb follows it is the subject
        int nameEnd = k;
        while (nameEnd < end && t.get(nameEnd).tag().startsWith("NNP")) {
            nameEnd++;
        }
        boolean nameGoesOn = k > start && nameEnd > k && t.get(k - 1).tag().startsWith("NNP")
                && !(nameEnd < end && t.get(nameEnd).tag().matches("VB.*|MD"));
        return k > start && k < end && opensClause(t.get(k)) && !nameGoesOn ? k : start;
    }

    /** A subject for a verb left without one: the noun phrase before the commas of an appositive or relative. */
    private static int[] subjectBefore(List<Token> t, int verb) {
        int k = verb - 1;
        while (k > 0) {
            if (!t.get(k).text().equals(",")) {
                return null;
            }
            int segEnd = k;
            int segStart = clauseStart(t, segEnd);
            if (segStart >= segEnd) {
                return null;
            }
            String first = lower(t.get(segStart));
            boolean nounPhrase = (t.subList(segStart, segEnd).stream().allMatch(x -> x.tag().matches(
                    "NN.*|JJ.*|DT|CD|POS|PRP\\$|IN|CC") && !x.text().matches("[“”\"]"))
                    || first.matches("about|nearly|almost|around|roughly|some|over")) && t.subList(segStart + 1, segEnd)
                    .stream().allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|IN|CC"))
                    && t.get(segEnd - 1).tag().startsWith("NN") && (!t.get(segStart).tag().equals("IN")
                    || first.equals("about"));
            if (nounPhrase && !SUBORDINATORS.contains(first)) {
                // "A part of the government, 800,000 employees, is": an appositive names the subject again
                int[] before = segStart > 1 ? subjectBefore(t, segStart) : null;
                return before != null ? before : new int[] {segStart, segEnd};
            }
            k = segStart - 1;
        }
        return null;
    }
}
