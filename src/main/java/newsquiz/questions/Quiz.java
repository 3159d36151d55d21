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

    /**
     * The bank as a teacher reviewed it, what sessions and exports use: accepted questions first, then unreviewed
     * ones, each in bank order; rejected questions never. With "use the first N" set, only the first N of it.
     */
    public List<Question> reviewedOrder() {
        List<Question> order = new java.util.ArrayList<>();
        questions.stream().filter(Question::accepted).forEach(order::add);
        questions.stream().filter(q -> !q.accepted() && !q.rejected()).forEach(order::add);
        return useFirst == null || useFirst >= order.size() ? order : order.subList(0, Math.max(0, useFirst));
    }

    public Quiz withQuestions(List<Question> changed, Integer first) {
        return new Quiz(formatVersion, id, title, source, generator, seed, List.copyOf(changed), first);
    }

    public Quiz withSource(Source changed) {
        return new Quiz(formatVersion, id, title, changed, generator, seed, questions, useFirst);
    }

    /** Where the questions come from; {@code url} only for an article fetched from the web (else left out). */
    public record Source(String headline, String byline, String published, String publisher, String file,
                         String checksum, String url) {
        public Source(String headline, String byline, String published, String publisher, String file,
                      String checksum) {
            this(headline, byline, published, publisher, file, checksum, null);
        }

        /** The same source fetched from {@code address}, naming the site's publisher when the text does not. */
        public Source fromWeb(String address, String sitePublisher) {
            return new Source(headline, byline, published, publisher != null ? publisher : sitePublisher, file,
                    checksum, address);
        }
    }
}
