package newsquiz.facts;

import java.util.List;

/**
 * A cause or purpose the article states outright: {@code effect} is what happened or was done, written as a clause
 * of the article ("a trial of four possible drugs was stopped early"), {@code cause} the reason in the article's words
 * ("two of them had already shown considerable progress"), {@code connective} the words that link them ("because",
 * "led to", "in order to"). {@code form} says what the cause is grammatically, so that wrong answers can take the
 * same shape; {@code effectFirst} is false for "X led to Y", where the question asks what led to Y.
 * {@code alternatives} are phrases of the same form from other sentences of the article, best first: wrong answers
 * that read like the right one, which the article does not give as this effect's reason.
 */
public record Cause(String effect, String cause, String connective, Form form, boolean effectFirst,
                    Evidence evidence, List<String> alternatives) implements Fact {
    public Cause {
        alternatives = List.copyOf(alternatives);
    }

    /** A full clause ("they see their friends die"), a noun phrase ("a suspected gas leak"), or "to" + verb. */
    public enum Form { CLAUSE, NOUN_PHRASE, PURPOSE }

    @Override
    public String kind() {
        return "cause";
    }
}
