package newsquiz.questions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The quality gates every choice question passes: distinct choices, none inside another, the answer among them. */
final class Choices {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for",
            "and", "or", "from", "with", "as", "is", "was", "were", "be", "been", "its", "it", "his", "her", "their");

    private Choices() {
    }

    static Set<String> words(String text) {
        String t = Letters.plain(text)
                .toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("(?<=\\p{L})-(?=\\d)|(?<=\\d)-(?=\\p{L})", ""); // "G-7" is "G7"
        Set<String> out = new HashSet<>();
        for (String w : t.split("[^a-z0-9,.]+")) {
            String x = w.replaceAll("(?<=\\d),(?=\\d{3})", "").replaceAll("^[,.]+|[,.]+$", "");
            if (!x.isEmpty() && !STOP.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** True when one's content words contain the other's: "Trump" and "Donald Trump". */
    static boolean overlaps(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        return x.isEmpty() || y.isEmpty() || x.containsAll(y) || y.containsAll(x);
    }

    /**
     * The wrong answers written like the answer, so that form gives nothing away: digits with digits, words with
     * words, a capital with a capital, the same unit glued on ("67-year-old"); none when fewer than two fit (a
     * reason with a number among reasons without one would stand out by its form).
     */
    static List<String> sameShape(String answer, List<String> wrong) {
        String shape = shape(answer);
        List<String> same = wrong.stream().filter(w -> shape(w).equals(shape)).toList();
        return same.size() >= 2 ? same : wrong.size() >= 2 && same.size() == wrong.size() ? wrong : same;
    }

    private static String shape(String s) {
        String t = s.strip();
        boolean digits = t.matches("(?s).*\\d.*");
        boolean capital = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
        // a unit glued on is lower case ("67-year-old"); "Glawischnig-Piesczek" is one double-barrelled name
        String glued = t.replaceFirst("(?s)^.*?[\\d\\p{L}]+(-[\\p{Ll}-]+)$", "$1");
        return digits + "|" + capital + "|" + (glued.startsWith("-") ? glued : "");
    }

    static boolean wellFormed(List<String> choices, String answer) {
        if (choices.size() < 3 || !choices.contains(answer) || new HashSet<>(choices).size() != choices.size()) {
            return false;
        }
        for (int i = 0; i < choices.size(); i++) {
            for (int j = i + 1; j < choices.size(); j++) {
                if (overlaps(choices.get(i), choices.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
