package newsquiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences by rule. A statistical splitter stumbles on news abbreviations ("U.S.", "Sen.",
 * "Feb. 8", "John F. Kennedy") and on quotes; these rules keep every span exact.
 */
final class SentenceSplitter {
    /** Words that end with a period without ending the sentence (compared without the period, lower case). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "maj", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "cpl", "pvt", "fr", "messrs",
            "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "est", "approx", "vs", "etc", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "a.m", "p.m", "i.e", "e.g", "mt", "ft", "ave", "blvd");

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
                    spans.add(trimmed(text, start, end));
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
            int[] last = trimmed(text, start, n);
            if (last[1] > last[0]) {
                spans.add(last);
            }
        }
        return spans;
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
                || word.equals("etc") || word.equals("d.c") || word.equals("u.n") || word.equals("e.u")) {
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
