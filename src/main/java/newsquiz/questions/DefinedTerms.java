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
