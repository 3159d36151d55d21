package newsquiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences by rule. A statistical splitter stumbles on news abbreviations ("U.S.", "Sen.",
 * "Feb. 8", "John F. Kennedy") and on quotes; these rules keep every span exact. A run longer than any news
 * sentence (a line with no full stop, a list, binary-ish text) is cut at its best boundary, so that no later stage
 * ever sees an unbounded sentence: their work grows faster than the length of a sentence.
 */
final class SentenceSplitter {
    /** The longest sentence kept whole: the longest in the test articles is about 400 characters. */
    static final int MAX_SENTENCE = 600;
    /** And the most tokens (words, and each punctuation mark): a run of punctuation is short but many tokens. */
    static final int MAX_TOKENS = 150;

    /** Words that end with a period without ending the sentence (compared without the period, lower case). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "cpl", "pvt", "fr", "messrs",
            "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "est", "approx", "vs", "etc", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "a.m", "p.m", "i.e", "e.g", "mt", "ft", "ave", "blvd",
            // Hungarian companies' legal forms: "HDT Védelmi Ipari Kft. (HDT Limited) acquired ..."
            "kft", "zrt", "nyrt");

    private SentenceSplitter() {
    }

    /** Sentence spans [start, end) within {@code text}, trimmed of surrounding white space. */
    static List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end);
                if (next >= n) {
                    break;
                }
                boolean spaced = next > end;
                if (spaced && startsSentence(text, next) && !(c == '.' && isAbbreviation(text, i, next))) {
                    addCapped(spans, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) {
            addCapped(spans, text, start, n);
        }
        return spans;
    }

    /** The sentence [start, end), in pieces of at most {@link #MAX_SENTENCE} characters cut at their best boundary. */
    private static void addCapped(List<int[]> spans, String text, int start, int end) {
        for (int limit = limit(text, start, end); limit < end; limit = limit(text, start, end)) {
            int cut = bestCut(text, start, limit);
            int[] piece = trimmed(text, start, cut);
            if (piece[1] > piece[0]) {
                spans.add(piece);
            }
            start = skipSpace(text, cut);
        }
        int[] last = trimmed(text, start, end);
        if (last[1] > last[0]) {
            spans.add(last);
        }
    }

    /** Where the sentence from {@code start} reaches {@link #MAX_SENTENCE} characters or {@link #MAX_TOKENS} tokens. */
    private static int limit(String text, int start, int end) {
        int tokens = 0;
        int i = start;
        for (; i < end && i - start < MAX_SENTENCE; i++) {
            if (startsToken(text, i) && i > start && ++tokens > MAX_TOKENS) {
                break;
            }
        }
        return i;
    }

    /** Roughly where the tokenizer starts a token: a run of letters and digits, or any other mark but a space. */
    static boolean startsToken(String text, int i) {
        char c = text.charAt(i);
        return !Character.isWhitespace(c)
                && !(Character.isLetterOrDigit(c) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /**
     * Where to cut an over-long sentence before {@code limit}, in its second half: after the last semicolon or
     * colon, else the last comma or dash, else the last space, else at the limit itself (never inside a
     * surrogate pair).
     */
    private static int bestCut(String text, int start, int limit) {
        int clause = -1;
        int phrase = -1;
        int word = -1;
        for (int i = limit - 1; i > start + (limit - start) / 2 && clause < 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            char before = text.charAt(i - 1);
            if (before == ';' || before == ':') {
                clause = i;
            } else if (phrase < 0 && (before == ',' || before == '—' || before == '–')) {
                phrase = i;
            } else if (word < 0) {
                word = i;
            }
        }
        int cut = clause >= 0 ? clause : phrase >= 0 ? phrase : word >= 0 ? word : limit;
        return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«') {
            return at + 1 < text.length() && !Character.isLowerCase(text.charAt(at + 1));
        }
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** True when the period at {@code dot} ends an abbreviation or an initial rather than the sentence. */
    private static boolean isAbbreviation(String text, int dot, int nextStart) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '"'
                && text.charAt(wordStart - 1) != '“') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase();
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return Character.isUpperCase(text.charAt(wordStart)); // an initial: "John F. Kennedy"
        }
        if (!ABBREVIATIONS.contains(word)) {
            return false;
        }
        // "in the U.S. The next day ..." does end a sentence; a following capitalised function word says so.
        if (word.equals("u.s") || word.equals("u.k") || word.equals("a.m") || word.equals("p.m")
                || word.equals("etc") || word.equals("d.c") || word.equals("u.n") || word.equals("e.u")
                || word.equals("kft") || word.equals("zrt") || word.equals("nyrt")) {
            String next = nextWord(text, nextStart);
            return !Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "In", "On", "This",
                    "That", "There", "His", "Her", "Their", "Its").contains(next);
        }
        return true;
    }

    private static String nextWord(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int[] trimmed(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
