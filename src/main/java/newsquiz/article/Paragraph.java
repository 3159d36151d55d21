package newsquiz.article;

import java.util.List;

/** A paragraph of the article, its span in {@link Article#text()} and its sentences. */
public record Paragraph(int index, int start, int end, String text, Section section, List<Sentence> sentences) {
    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
