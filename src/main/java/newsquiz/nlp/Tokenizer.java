package newsquiz.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into Penn-Treebank-like tokens with exact spans: possessive "'s" and "n't" apart, hyphenated
 * words whole, "U.S." and "Sen." whole, quotes and punctuation as tokens of their own.
 */
public final class Tokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "adm", "maj",
            "st", "jr", "sr", "rev", "hon", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "pres");
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}+(?=n[’']t\\b)"                                 // "do" of "don't"
                    + "|(?:\\p{L}\\.){2,}"                            // U.S. a.m. D.C.
                    + "|US\\$|A\\$|C\\$|HK\\$"                      // currency prefixes
                    + "|\\d+(?:[.,:]\\d+)*(?:st|nd|rd|th|s)?(?:-[\\p{L}\\d]+)*" // 1,000 1.5 3:00 116th 1970s 25-room
                    + "|[\\p{L}\\p{M}\\d]+(?:[-][\\p{L}\\p{M}\\d]+)*(?:\\.(?=\\s|$))?" // words, hyphenated; trailing dot checked below
                    + "|[’']s\\b|n[’']t\\b|[’'](?:re|ll|ve|m|d)\\b"
                    + "|\\S");

    private Tokenizer() {
    }

    /** Tokens of {@code text}, with spans offset by {@code offset}; tags are left empty. */
    public static List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int start = m.start();
            int end = m.end();
            if (t.endsWith(".") && t.length() > 1 && !t.matches("(?:\\p{L}\\.){2,}")) {
                String word = t.substring(0, t.length() - 1);
                boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
                if (!initial && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                    tokens.add(new Token(word, offset + start, offset + end - 1, ""));
                    tokens.add(new Token(".", offset + end - 1, offset + end, ""));
                    continue;
                }
            }
            tokens.add(new Token(t, offset + start, offset + end, ""));
        }
        return tokens;
    }
}
