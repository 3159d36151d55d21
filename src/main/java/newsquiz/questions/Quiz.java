package newsquiz.questions;

import java.util.List;

/**
 * A quiz bank (format version 1): where it comes from and its questions, best first. {@code useFirst}, set in
 * review, makes sessions draw from the first N accepted questions only (null: no limit; left out of the file).
 *
 * <p>A quiz over several articles has their sources in {@code articles} (the file's {@code source} is then that
 * list) and, as {@code source}, a summary of them for the screens and exports that show one: the publishers, the
 * latest date. {@code articles} is null for a quiz of one article.
 */
public record Quiz(int formatVersion, String id, String title, Source source, String generator, long seed,
                   List<Question> questions, Integer useFirst, List<Source> articles) {
    public static final int FORMAT_VERSION = 1;

    public Quiz(int formatVersion, String id, String title, Source source, String generator, long seed,
                List<Question> questions) {
        this(formatVersion, id, title, source, generator, seed, questions, null);
    }

    public Quiz(int formatVersion, String id, String title, Source source, String generator, long seed,
                List<Question> questions, Integer useFirst) {
        this(formatVersion, id, title, source, generator, seed, questions, useFirst, null);
    }

    /** The source of the article {@code question} comes from, in a quiz over several; else null. */
    public Source articleOf(Question question) {
        Integer i = question.article();
        return articles == null || i == null || i < 0 || i >= articles.size() ? null : articles.get(i);
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
        return new Quiz(formatVersion, id, title, source, generator, seed, List.copyOf(changed), first, articles);
    }

    public Quiz withSource(Source changed) {
        return new Quiz(formatVersion, id, title, changed, generator, seed, questions, useFirst, articles);
    }

    /** Where the questions come from; {@code url} only for an article fetched from the web (else left out). */
    public record Source(String headline, String byline, String published, String publisher, String file,
                         String checksum, String url) {
        public Source(String headline, String byline, String published, String publisher, String file,
                      String checksum) {
            this(headline, byline, published, publisher, file, checksum, null);
        }

        /**
         * What several articles' sources say together, for what shows one source: their publishers (each once),
         * the latest date, a checksum over theirs; no headline or file of its own.
         */
        public static Source summary(List<Source> several) {
            String publishers = String.join(", ", several.stream().map(Source::publisher)
                    .filter(p -> p != null && !p.isBlank()).distinct().toList());
            String latest = several.stream().map(Source::published).filter(d -> d != null && !d.isBlank())
                    .max(String::compareTo).orElse(null);
            String checksum = newsquiz.io.Hashes.hex("SHA-256", String.join("\n", several.stream()
                    .map(s -> String.valueOf(s.checksum())).toList()));
            return new Source(null, null, latest, publishers.isEmpty() ? null : publishers, null, checksum);
        }

        /** The same source fetched from {@code address}, naming the site's publisher when the text does not. */
        public Source fromWeb(String address, String sitePublisher) {
            return new Source(headline, byline, published, publisher != null ? publisher : sitePublisher, file,
                    checksum, address);
        }
    }
}
