package newsquiz.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quiz's title as students see it, in the list of quizzes, at the start of a session and on the live class's
 * screens: the headline with each word that states the answer of one of its questions hidden ("Toronto serial killer … pleads guilty to … murders").
 * A bank starts with the headline's claim (what happened, to or by whom, how many), and a title that printed it
 * would answer those questions on every screen; hidden, it still says what the story is about.
 */
final class QuizTitle {
    /** What stands for hidden words. */
    static final String HIDDEN = "…";
    /** Fewer content words than this left to read, and the title says nothing: the headline stays whole. */
    private static final int FEWEST_WORDS = 2;

    private QuizTitle() {
    }

    /**
     * {@code headline} with every word that states one of {@code answers} hidden, each run of hidden words as one
     * {@value #HIDDEN}: a word is hidden when its content words are all words of an answer ("Mahan" of "Mahan Air"),
     * or it is the same small number written either way ("eight" for "8"); a capitalised answer word hides only the
     * word capitalised ("May", the month, not "may"). Null when fewer than two content words would be left to read
     * ("… reopens", "… and the …"): such a title no longer says what the story is.
     */
    static String hiding(String headline, Collection<String> answers) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        // "José" written with a separate accent is one word
        headline = java.text.Normalizer.normalize(headline, java.text.Normalizer.Form.NFC);
        Set<String> hidden = new HashSet<>();
        Set<Integer> smallNumbers = new HashSet<>();
        Set<String> initials = new HashSet<>();
        // a capitalised word of an answer hides only the same word capitalised: "May" (the month) never hides "may"
        Set<String> capitalised = new HashSet<>();
        for (String a : answers) {
            hidden.addAll(Choices.words(a));
            String abbreviated = initials(a);
            if (abbreviated != null) {
                initials.add(abbreviated);
            }
            for (String w : java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFC).split("[^\\p{L}\\d]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    capitalised.addAll(Choices.words(w));
                }
                int n = Distractors.smallNumber(w);
                if (n > 1) {
                    smallNumbers.add(n);
                }
            }
        }
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<Boolean> hide = new ArrayList<>();
        Matcher word = WORD.matcher(headline);
        int at = 0;
        while (word.find()) {
            gaps.add(headline.substring(at, word.start()));
            at = word.end();
            words.add(word.group());
            // "Mugabe's": the possessive is part of the name it follows
            String w = word.group().replaceFirst("['’]s$", "");
            Set<String> own = Choices.words(w);
            int n = Distractors.smallNumber(w);
            boolean lower = !w.isEmpty() && !Character.isUpperCase(w.charAt(0));
            hide.add(!own.isEmpty() && hidden.containsAll(own) && !(lower && capitalised.containsAll(own)
                    && own.stream().noneMatch(x -> lowerIn(answers, x)))
                    || n > 1 && smallNumbers.contains(n) || initials.contains(w.replace(".", "")));
        }
        // "Department of Justice", "Mahan Air of Iran": a short word between two hidden ones is part of the name
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!hide.get(i) && hide.get(i - 1) && hide.get(i + 1) && Choices.words(words.get(i)).isEmpty()
                    && gaps.get(i).isBlank() && gaps.get(i + 1).isBlank()) {
                hide.set(i, true);
            }
        }
        StringBuilder shown = new StringBuilder();
        int visible = 0;
        for (int i = 0; i < words.size(); i++) {
            if (hide.get(i) && i > 0 && hide.get(i - 1) && JOINS.matcher(gaps.get(i)).matches()) {
                continue; // one mark for a run of hidden words
            }
            shown.append(gaps.get(i)).append(hide.get(i) ? HIDDEN : words.get(i));
            if (!hide.get(i) && !Choices.words(words.get(i)).isEmpty()) {
                visible++; // a word that says something: "… and the …" says nothing
            }
        }
        shown.append(headline.substring(at));
        return visible < FEWEST_WORDS ? null : shown.toString().strip();
    }

    /** Whether some answer writes the word in lower case ("the harbour"). */
    private static boolean lowerIn(Collection<String> answers, String word) {
        return answers.stream().anyMatch(a -> java.util.Arrays.stream(a.split("[^\\p{L}\\d]+"))
                .anyMatch(w -> !w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && Choices.words(w).contains(word)));
    }

    /** What may stand between two words of one name: spaces, a hyphen, an initial's point. */
    private static final Pattern JOINS = Pattern.compile("[\\s.-]*");

    /** A word of a headline, with the marks inside it: "U.S.", "Mahan's", "1,000", "majority-female". */
    private static final Pattern WORD = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}])?");

    /**
     * The capitals a headline writes a name of two or more words by ("NY" for "New York", "U.S." for "United
     * States"), or null.
     */
    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return null;
        }
        StringBuilder capitals = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            capitals.append(w.charAt(0));
        }
        return capitals.toString();
    }

    /** The words a headline counts back from ("aged 95", "in 41 years"), as answers to hide. */
    static List<String> spansOf(String headline) {
        List<String> spans = new ArrayList<>();
        YearArithmetic.spans(headline).forEach(n -> spans.add(String.valueOf(n)));
        return spans;
    }
}
