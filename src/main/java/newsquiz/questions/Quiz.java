package newsquiz.questions;

import java.util.List;

/**
 * A quiz bank (format version 1): where it comes from and its questions, best first. {@code useFirst}, set in
 * review, makes sessions draw from the first N accepted questions only (null: no limit; left out of the file).
 */
public record Quiz(int formatVersion, String id, String title, Source source, String generator, long seed,
                   List<Question> questions, Integer useFirst) {
    public static final int FORMAT_VERSION = 1;

    public Quiz(int formatVersion, String id, String title, Source source, String generator, long seed,
                List<Question> questions) {
        this(formatVersion, id, title, source, generator, seed, questions, null);
    }

    /** Whether a teacher has reviewed any question of it: such a bank is never overwritten by accident. */
    public boolean reviewed() {
        return useFirst != null || questions.stream().anyMatch(q -> q.review() != null || q.flag() != null);
    }

    public Quiz withQuestions(List<Question> changed, Integer first) {
        return new Quiz(formatVersion, id, title, source, generator, seed, List.copyOf(changed), first);
    }

    public record Source(String headline, String byline, String published, String publisher, String file,
                         String checksum) {
    }
}
