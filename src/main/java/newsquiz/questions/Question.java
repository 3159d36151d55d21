package newsquiz.questions;

import java.util.List;

/**
 * One quiz question. {@code answer} is a String, except for matching and ordering (a list) and true/false
 * (a Boolean). {@code accept} lists typed variants that count as right ("Donald Trump", "Trump").
 *
 * <p>{@code review} is the teacher's verdict ("accepted", "rejected", or null: not reviewed yet) and {@code flag}
 * a note that the key may be wrong (null: none). Both are left out of the file when null, so a bank nobody
 * reviewed is written as before and older files read as unreviewed.
 *
 * <p>{@code article} is, in a quiz over several articles, the index of the article (in the quiz's source list) the
 * question comes from; null for a quiz of one article and for questions across articles.
 */
public record Question(String id, String type, String kind, String prompt, List<String> choices, Object answer,
                       List<String> accept, Double tolerance, List<String> evidence, List<int[]> spans,
                       int difficulty, double rank, String explanation, String review, String flag,
                       Integer article) {
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    /** A question nobody has reviewed: what the generator makes. */
    public Question(String id, String type, String kind, String prompt, List<String> choices, Object answer,
                    List<String> accept, Double tolerance, List<String> evidence, List<int[]> spans,
                    int difficulty, double rank, String explanation) {
        this(id, type, kind, prompt, choices, answer, accept, tolerance, evidence, spans, difficulty, rank,
                explanation, null, null, null);
    }

    /** A question with a teacher's review, of a quiz of one article. */
    public Question(String id, String type, String kind, String prompt, List<String> choices, Object answer,
                    List<String> accept, Double tolerance, List<String> evidence, List<int[]> spans,
                    int difficulty, double rank, String explanation, String review, String flag) {
        this(id, type, kind, prompt, choices, answer, accept, tolerance, evidence, spans, difficulty, rank,
                explanation, review, flag, null);
    }

    public boolean accepted() {
        return ACCEPTED.equals(review);
    }

    public boolean rejected() {
        return REJECTED.equals(review);
    }

    public Question withReview(String state, String flagNote) {
        return new Question(id, type, kind, prompt, choices, answer, accept, tolerance, evidence, spans, difficulty,
                rank, explanation, state, flagNote == null || flagNote.isBlank() ? null : flagNote, article);
    }

    /** The same question worded otherwise: a cloze cut to fewer of its sentence's clauses, say. */
    public Question withPrompt(String text) {
        return new Question(id, type, kind, text, choices, answer, accept, tolerance, evidence, spans, difficulty,
                rank, explanation, review, flag, article);
    }

    /** At most this many questions of a session have one name for answer: "7 of 10 answers the same person". */
    public static final int SAME_NAME = 2;

    /**
     * The person, body or place the question asks for (who said it, who did it, a name blanked), as written; null for
     * any other answer (an amount, a date, a matching, an imported bank's "a" or "True").
     */
    public String nameAsked() {
        boolean named = "quote".equals(kind) || "entity".equals(kind) || "event".equals(kind);
        return named && answer instanceof String a && !"matching".equals(type) ? a : null;
    }

    /** The same question, from the article of that index in a quiz over several. */
    public Question fromArticle(Integer index) {
        return new Question(id, type, kind, prompt, choices, answer, accept, tolerance, evidence, spans, difficulty,
                rank, explanation, review, flag, index);
    }
}
