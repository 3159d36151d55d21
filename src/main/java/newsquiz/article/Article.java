package newsquiz.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A news article split into its parts. {@code text} is the article's text as read (for HTML and Markdown: the text
 * taken from the page); every span points into it. Missing parts are null: {@code byline}, {@code published},
 * {@code publisher}.
 */
public record Article(String source, String text, String headline, String byline, LocalDate published,
                      String publisher, List<Paragraph> paragraphs) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The sentences facts may come from: the headline and the body, in reading order. */
    public List<Sentence> factSentences() {
        return paragraphs.stream()
                .filter(p -> p.section() == Section.BODY || p.section() == Section.HEADLINE)
                .flatMap(p -> p.sentences().stream())
                .toList();
    }

    public List<Paragraph> bodyParagraphs() {
        return paragraphs.stream().filter(p -> p.section() == Section.BODY).toList();
    }

    public List<Sentence> sentencesIn(Section section) {
        return paragraphs.stream().filter(p -> p.section() == section)
                .flatMap(p -> p.sentences().stream()).toList();
    }

    public List<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    }
}
