package newsquiz.questions;

import java.util.HashSet;
import java.util.Set;

/**
 * A reason or a statement that another prompt of the session tells in most of its words, in any of their forms:
 * the question asking it is given away ({@link SessionClashes}).
 */
final class ToldElsewhere {
    private ToldElsewhere() {
    }

    /**
     * A why-question's reason told by another prompt, even with one of its words blanked ("... as it was not an
     * open race sanctioned under _____ rules"): most of the reason's content words stand there.
     */
    static boolean reasonShown(Question why, Question other) {
        if (!why.kind().equals("cause") || !(why.answer() instanceof String reason) || other == why) {
            return false;
        }
        return mostWordsShown(reason, other.prompt(), 2);
    }

    /**
     * Most (six in ten) of the text's content words, of four letters or more and at least {@code fewest} of them,
     * stand in the prompt. "Trump's refusal to re-certify the deal" tells "Trump refused to certify it": another
     * form of a word is shown too.
     */
    private static boolean mostWordsShown(String text, String prompt, int fewest) {
        Set<String> words = new HashSet<>(Choices.words(text));
        words.removeIf(w -> w.length() <= 3);
        if (words.size() < fewest) {
            return false;
        }
        Set<String> shown = Choices.words(prompt);
        return words.stream().filter(w -> shown.stream().anyMatch(v -> sameWord(w, v))).count() * 10
                >= words.size() * 6;
    }

    /**
     * A statement asked true or false that another prompt tells: "Mugabe was considered the founding father of
     * Zimbabwe" beside a quotation mourning "Zimbabwe's founding father", "... sued in Austria for defamation and won"
     * beside "Who sued in Austria for defamation and won?". Most of the statement's content words, in any form,
     * stand in the other prompt; teachers struck the statement as given away.
     */
    static boolean statementTold(Question statement, Question other) {
        // two statements asked true or false each print their own claim: the cap on statements keeps them apart
        if (!statement.kind().equals("statement") || !statement.type().equals("true_false") || other == statement
                || other.type().equals("true_false")) {
            return false;
        }
        return mostWordsShown(statement.prompt().replaceFirst("^[^:]*:\\s*", ""), other.prompt(), 3);
    }

    /**
     * Two forms of one word: most of the longer one, five letters at least, begins both ("refused", "refusal"); not
     * "governor" and "government", "contract" and "control".
     */
    private static boolean sameWord(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.equals(b) || common >= STEM && common * 10 >= Math.max(a.length(), b.length()) * 7;
    }

    private static final int STEM = 5;
}
