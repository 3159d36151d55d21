package newsquiz.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two forms of a who-said question and what another prompt of the session does to each. A speaker's name typed
 * is given away by any other prompt that names the speaker: teachers took typed who-said questions 92 times in 100
 * when no other prompt named the speaker, and 37 in 100 when one did, even without the words. Asked with choices,
 * every speaker stands among them anyway: those were taken 8 times in 10 either way. So a session that must name a
 * speaker elsewhere asks that speaker's words with choices. Only the quoted words shown beside the name give the
 * answer away in both forms.
 */
final class WhoSaidForms {
    /** The typed forms of a direct quotation's who-said question: "Type the name of the person who said: “...”". */
    private static final Pattern TYPED = Pattern.compile(
            "^Type (?:the name of the (?:person|organisation) )?who said: “(.+)”$|^Type the name of the organisation"
            + " that said: “(.+)”$", Pattern.DOTALL);
    /** The form with choices: "Who said: “...”?". */
    private static final Pattern WITH_CHOICES = Pattern.compile("^Who said: “(.+)”\\?$", Pattern.DOTALL);
    /** Of a quotation's longer words, the share another prompt must show to tell which words are asked. */
    private static final double WORDS_SHOWN = 0.3;

    /** Consecutive words of a quotation that tell it: "a single EU country" opens only one. */
    private static final int RUN = 4;

    private static List<String> tokens(String text) {
        return List.of(Letters.plain(text).toLowerCase(java.util.Locale.ROOT).replace('’', '\'')
                .split("[^a-z0-9']+")).stream().filter(w -> !w.isEmpty() && !w.equals("…")).toList();
    }

    private final Map<String, List<Question>> choicesBySentence = new HashMap<>();

    WhoSaidForms(List<Question> candidates) {
        for (Question q : candidates) {
            if (withChoices(q)) {
                choicesBySentence.computeIfAbsent(q.evidence().get(0), s -> new ArrayList<>()).add(q);
            }
        }
    }

    static boolean withChoices(Question q) {
        return q.kind().equals("quote") && q.type().equals("multiple_choice") && WITH_CHOICES.matcher(q.prompt()).matches();
    }

    static boolean typed(Question q) {
        return q.kind().equals("quote") && q.type().equals("short_answer") && TYPED.matcher(q.prompt()).matches();
    }

    /** The quoted words a who-said question shows; null for any other question. */
    static String quoted(Question q) {
        if (!q.kind().equals("quote")) {
            return null;
        }
        Matcher m = TYPED.matcher(q.prompt());
        if (m.matches()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        m = WITH_CHOICES.matcher(q.prompt());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The words a who-said question asks about: the quoted words, or what it reports ("According to the article, who
     * noted that ...?", "Who does the article give as the source of this: “...”?"); null for any other question.
     */
    static String wordsAsked(Question q) {
        String words = quoted(q);
        if (words != null || !q.kind().equals("quote")) {
            return words;
        }
        Matcher m = REPORTED_WORDS.matcher(q.prompt());
        return m.matches() ? m.group(1) : null;
    }

    /** A reported who-said question's own words, after its verb (and "that"), or a source's quoted words. */
    private static final Pattern REPORTED_WORDS = Pattern.compile("^(?:According to the article, who (?:\\S+ (?:\\S+ )?"
            + "that |\\S+ )|Who does the article give as the source of this: “)(.+?)”?\\?$", Pattern.DOTALL);

    /**
     * Another prompt shows enough of the words the question asks about ({@link #wordsAsked}: quoted or reported)
     * to tell which they are: a run of {@value #RUN} of them, or a good share of its longer words.
     */
    static boolean showsWords(String prompt, Question whoSaid) {
        String words = wordsAsked(whoSaid);
        if (words == null) {
            return false;
        }
        List<String> run = tokens(words);
        String shownText = " " + String.join(" ", tokens(prompt)) + " ";
        for (int i = 0; i + RUN <= run.size(); i++) {
            if (shownText.contains(" " + String.join(" ", run.subList(i, i + RUN)) + " ")) {
                return true;
            }
        }
        Set<String> asked = Choices.words(words);
        asked.removeIf(w -> w.length() < 5);
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> shown = Choices.words(prompt);
        return asked.stream().filter(shown::contains).count() >= WORDS_SHOWN * asked.size();
    }

    /**
     * A who-said question with choices, which the other prompt names the speaker of without telling the words.
     * Asked of every pair of questions at every place of a session: worked out once a pair.
     */
    boolean namedFreely(Question whoSaid, String otherPrompt) {
        return whoSaid.kind().equals("quote") && whoSaid.type().equals("multiple_choice")
                && namedFreely.computeIfAbsent(whoSaid.prompt() + '\u0000' + otherPrompt,
                k -> withChoices(whoSaid) && !showsWords(otherPrompt, whoSaid));
    }

    /** {@link #showsWords}, worked out once a pair. */
    boolean tellsWords(String prompt, Question whoSaid) {
        return whoSaid.kind().equals("quote") && tellsWords.computeIfAbsent(whoSaid.prompt() + '\u0000' + prompt,
                k -> showsWords(prompt, whoSaid));
    }

    private final Map<String, Boolean> namedFreely = new HashMap<>();
    private final Map<String, Boolean> tellsWords = new HashMap<>();
    private final Map<String, java.util.Optional<Question>> withChoicesOf = new HashMap<>();

    /**
     * The typed question asked with choices instead, with the same quoted words (a cut one stays cut); null when the
     * bank has no such question for its quotation.
     */
    Question withChoicesFor(Question typedQuestion) {
        if (!typedQuestion.kind().equals("quote") || !typedQuestion.type().equals("short_answer")) {
            return null;
        }
        return withChoicesOf.computeIfAbsent(typedQuestion.prompt() + '\u0000' + typedQuestion.answer() + '\u0000'
                + typedQuestion.evidence().get(0),
                k -> java.util.Optional.ofNullable(findWithChoices(typedQuestion))).orElse(null);
    }

    private Question findWithChoices(Question typedQuestion) {
        String words = quoted(typedQuestion);
        if (words == null || !typed(typedQuestion)) {
            return null;
        }
        Question best = null;
        long bestShared = 0;
        Set<String> mine = Choices.words(words);
        for (Question c : choicesBySentence.getOrDefault(typedQuestion.evidence().get(0), List.of())) {
            if (!(c.answer() instanceof String theirs && typedQuestion.answer() instanceof String ours
                    && Choices.overlaps(theirs, ours))) {
                continue;
            }
            long shared = Choices.words(quoted(c)).stream().filter(mine::contains).count();
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
            }
        }
        return best == null ? null : best.withPrompt("Who said: “" + words + "”?");
    }
}
