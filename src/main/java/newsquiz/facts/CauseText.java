package newsquiz.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsquiz.nlp.Tagger;
import newsquiz.nlp.Token;

/**
 * The text tests the cause rules share: a word in lower case, a set phrase, where a clause starts and a cause phrase
 * ends, a clause's checked text with its sentence-opening capital made small, and whether a word stands inside a
 * quotation.
 */
final class CauseText {
    private CauseText() {
    }

    static final int MAX_CLAUSE = 24;
    private static final int MAX_PHRASE = 12;

    /** Words that open a clause but are no part of what it tells: a clause read back to its start steps past them. */
    static final Set<String> SUBORDINATORS = Set.of("though", "although", "while", "whereas", "but", "and",
            "so", "yet", "if", "when", "that", "which", "who", "whose", "as", "because", "since", "after", "before",
            "however", "meanwhile", "also", "then", "instead", "still");

    /** Verbs whose object is the doer of a following "to" + verb ("urged Congress to pass"): no purpose there. */
    static final Set<String> OBJECT_CONTROL = Set.of("urged", "asked", "forced", "allowed", "told", "wanted",
            "expected", "encouraged", "invited", "ordered", "persuaded", "required", "helped", "led", "caused",
            "enabled", "prompted", "called", "pressed", "pushed", "begged", "challenged", "directed", "instructed",
            "permitted", "authorized", "authorised", "advised", "warned", "reminded", "taught", "trained", "used",
            "needed", "wants", "want", "decided", "agreed", "tried", "hoped", "refused", "failed",
            "sought", "seeks", "aims", "aimed", "attempted", "managed", "voted",
            "promised", "pledged", "threatened", "vowed", "chose", "expects", "intends", "intended", "going", "able",
            "set", "is", "was", "are", "were", "be", "been", "has", "have", "had", "became", "become", "becomes",
            "remained", "seemed", "appeared");

    /** Verbs whose object does what a following "to" + verb says: "to allow the air to settle". */
    private static final String LETTING_VERB = "allow|help|enable|force|encourage|permit|persuade|get|invite|train"
            + "|teach|ask|urge|require";

    /** Where the cause phrase ends: at punctuation, a closing quote, a second purpose, or a relative clause. */
    static int phraseEnd(List<Token> t, int from, Cause.Form form) {
        int max = form == Cause.Form.CLAUSE ? MAX_CLAUSE : MAX_PHRASE;
        int k = from;
        while (k < t.size() && !t.get(k).text().matches("[,;:.!?()\\[\\]“”\"—–]|--")) {
            String w = lower(t.get(k));
            // "closed as a result of the outbreak and reopened in October": the effect's second verb ends the phrase
            // ("because of falling sales and increased competition": a participle of change before its noun)
            if (form == Cause.Form.NOUN_PHRASE && k > from + 1 && w.matches("and|but") && k + 1 < t.size()
                    && t.get(k + 1).tag().matches("VBD|VBZ|VBP|VBN|MD") && !lower(t.get(k + 1)).matches("increased"
                    + "|reduced|improved|limited|renewed|heightened|added|lowered|raised|delayed|damaged")) {
                break;
            }
            // "to allow the air to settle": the second "to" is the object's, after a verb that lets or makes it do so
            boolean controlled = IntStream.range(from, k).anyMatch(j -> t.get(j).tag().equals("VB")
                    && lower(t.get(j)).matches(LETTING_VERB));
            if (k > from + 1 && (w.matches("which|who|whose|while|whereas") || form != Cause.Form.CLAUSE
                    && (w.equals("that") && !t.get(k - 1).tag().startsWith("VB") || w.equals("to") && k + 1 < t.size()
                    && t.get(k + 1).tag().equals("VB") && k > from + 2 && !controlled))) {
                break;
            }
            if (k - from >= max) {
                // too long for a choice: end at the last "and" or "but" that starts a new part
                int cut = k;
                while (cut > from + 3 && !lower(t.get(cut)).matches("and|but|or|if|when|while|unless|so")) {
                    cut--;
                }
                if (cut <= from + 3 && form == Cause.Form.CLAUSE) {
                    // "after the government proposed an amendment to a law to allow ... to extradite ...": the
                    // clause ends where its purpose begins, at the first "to" + verb after its own verb
                    // (after a noun, "an amendment to a law | to allow": not "refused to allow", "voted last week
                    // to cut", whose verb takes the "to" as its object)
                    boolean verbSeen = false;
                    boolean control = false;
                    for (int c = from + 1; c < k; c++) {
                        verbSeen |= t.get(c).tag().matches("VBD|VBZ|VBP|MD");
                        control |= t.get(c).tag().startsWith("VB") && OBJECT_CONTROL.contains(lower(t.get(c)));
                        if (verbSeen && !control && c > from + 4 && lower(t.get(c)).equals("to") && c + 1 < t.size()
                                && t.get(c + 1).tag().equals("VB") && t.get(c - 1).tag().matches("NNS?")) {
                            return c;
                        }
                    }
                }
                return cut > from + 3 ? cut : -1;
            }
            k++;
        }
        if (k - from < 2) {
            return -1;
        }
        if (form == Cause.Form.CLAUSE && t.subList(from, k).stream().noneMatch(x -> x.tag().startsWith("VB")
                || x.tag().equals("MD"))) {
            return -1; // "because of the rain" handled elsewhere; a clause needs its verb
        }
        return k;
    }

    /** A word a clause's subject can open with: a noun, a determiner, an adjective, a number, a pronoun, "there". */
    static boolean opensClause(Token x) {
        return x.tag().matches("NN.*|DT|JJ.*|CD|PRP.*|EX");
    }

    static int clauseStart(List<Token> t, int end) {
        int start = end;
        while (start > 0 && !t.get(start - 1).text().matches("[,;:“”\"()]")) {
            start--;
        }
        return start;
    }

    /** The clause's text, checked: a subject, a verb, and not longer than a question can carry. */
    static String clauseText(TaggedSentence ts, int from, int to) {
        List<Token> t = ts.tokens();
        if (to - from < 3 || to - from > 22) {
            return null;
        }
        boolean verb = false;
        for (int k = from + 1; k < to; k++) {
            verb |= t.get(k).tag().startsWith("VB") || t.get(k).tag().equals("MD") || Tagger.verbReadAsPluralNoun(t, k, to);
        }
        if (!verb || !opensClause(t.get(from))) {
            return null;
        }
        int at = t.get(from).start() - ts.sentence().start();
        if (at > 0 && Character.isDigit(ts.sentence().text().charAt(at - 1))) {
            return null; // the clause would start inside a number ("800,000")
        }
        return opening(ts, from, to);
    }

    /** The span with a sentence-opening capital made small, unless the first word is a name. */
    static String opening(TaggedSentence ts, int from, int to) {
        String text = ts.span(from, to);
        Token first = ts.tokens().get(from);
        boolean name = first.tag().startsWith("NNP") || first.text().equals("I")
                || first.text().length() > 1 && first.text().chars().skip(1).anyMatch(Character::isUpperCase);
        return name || !first.isCapitalised() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static int trimEnd(List<Token> t, int end) {
        while (end > 0 && t.get(end - 1).text().matches("[.!?,;:”\"]")) {
            end--;
        }
        return end;
    }

    /** Whether token i stands inside a quotation: an open quotation mark before it in the sentence, or no mark
     * there at all in a sentence that closes one (a quotation running on from the sentence before). */
    static boolean quoted(TaggedSentence ts, int i) {
        String text = ts.sentence().text();
        int at = ts.tokens().get(i).start() - ts.sentence().start();
        String before = text.substring(0, Math.max(0, Math.min(at, text.length())));
        long opens = before.chars().filter(c -> c == '“').count();
        long closes = before.chars().filter(c -> c == '”').count();
        long straight = before.chars().filter(c -> c == '"').count();
        boolean runsOn = opens == 0 && straight == 0 && (text.indexOf('”') >= at || text.indexOf('"') >= at);
        return opens > closes || straight % 2 == 1 || runsOn;
    }

    static boolean isBe(Token t) {
        return lower(t).matches("is|are|was|were|been|be");
    }

    static boolean phraseAt(List<Token> t, int i, String... words) {
        if (i + words.length > t.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!lower(t.get(i + k)).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
