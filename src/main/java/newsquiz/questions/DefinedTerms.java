package newsquiz.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms the article puts in quotation marks and defines right after, as news does for jargon and coinages:
 * “"road load", a measurement of ordinary resistance ...” asks "What does the article call a measurement of ...?".
 */
final class DefinedTerms {
    /** A quoted term of one to five words, a comma, then an indefinite noun phrase up to the clause's end. */
    private static final Pattern DEFINED = Pattern.compile("[“\"]([\\p{L}][\\p{L}'’ -]{1,40}?)[,]?[”\"],? "
            + "(an? [\\p{Ll}][^,;.:“”\"()]{10,120}?)(?=[,;.:]|$)");

    /** One defined term: the term as written and its definition. */
    record Term(String term, String definition) {
    }

    private DefinedTerms() {
    }

    /**
     * "the platforms, or ahu, built to support ...": a thing named in plain words and then by the article's own term,
     * between commas. The term must come back later in the article (the story uses it, so it is worth knowing);
     * "the draft, or military conscription," restates in plain words, and a list ("red, green, or blue") is no name.
     */
    private static final Pattern ALSO_NAMED = Pattern.compile("(?<!, )\\b([Tt]he (?:[\\p{Ll}'’-]+ ){0,3}"
            + "[\\p{Ll}-]{3,}), or ([\\p{L}][\\p{L}'’-]{1,30}(?: [\\p{L}][\\p{L}'’-]{1,30}){0,2}),");

    /** The terms the sentence gives another name to, each used again in the article's text. */
    static List<Term> alsoNamed(String sentence, String articleText) {
        List<Term> out = new ArrayList<>();
        Matcher m = ALSO_NAMED.matcher(sentence);
        while (m.find()) {
            String term = m.group(2).strip();
            String thing = m.group(1).strip();
            // used on its own as a thing's name, not only where it is given ("the draft, or military conscription,"
            // twice), and not an alternative ("take the bus, or walk," and "many walk")
            Pattern word = Pattern.compile("(?i)\\b(?:the|a|an|these|those|its|their|our|this|that)\\s+"
                    + Pattern.quote(term) + "(?![\\p{L}])");
            Matcher uses = word.matcher(articleText);
            int count = 0;
            while (uses.find()) {
                count++;
            }
            if (count >= 1 && !term.matches("(?i)(the|a|an|so|not|more|less|both|other|others|even|also)\\b.*")) {
                out.add(new Term(term, thing.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + thing.substring(1)));
            }
        }
        return out;
    }

    static List<Term> in(String sentence) {
        List<Term> out = new ArrayList<>();
        Matcher m = DEFINED.matcher(sentence);
        while (m.find()) {
            String term = m.group(1).strip();
            String definition = m.group(2).strip();
            // a verb right after the term makes it a speaker ("“Have no fear” told ..."), and so does the
            // definition ending at a reporting verb; a term longer than five words is a quotation, not a name
            if (term.split("\\s+").length <= 5 && definition.split("\\s+").length >= 3
                    && !definition.matches("(?s).*\\b(said|says|told|added|wrote)\\b.*")) {
                out.add(new Term(term, definition));
            }
        }
        return out;
    }
}
