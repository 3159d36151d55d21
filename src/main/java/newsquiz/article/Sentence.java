package newsquiz.article;

/**
 * One sentence, with its character span in {@link Article#text()} so that evidence is always quoted exactly:
 * {@code article.text().substring(start, end).equals(text)}.
 */
public record Sentence(int index, int paragraph, int start, int end, String text, Section section) {
}
