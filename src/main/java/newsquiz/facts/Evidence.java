package newsquiz.facts;

import java.util.List;
import newsquiz.article.Sentence;

/**
 * The sentence or sentences a fact comes from, exactly as written, with their spans in the article's text, so a
 * question can quote them and a reader can find them.
 */
public record Evidence(List<String> sentences, List<int[]> spans) {
    public Evidence {
        sentences = List.copyOf(sentences);
        spans = List.copyOf(spans);
    }

    public static Evidence of(Sentence s) {
        return new Evidence(List.of(s.text()), List.<int[]>of(new int[] {s.start(), s.end()}));
    }

    public static Evidence of(List<Sentence> list) {
        return new Evidence(list.stream().map(Sentence::text).toList(),
                list.stream().map(s -> new int[] {s.start(), s.end()}).toList());
    }

    /** The sentences joined by a space, for display. */
    public String text() {
        return String.join(" ", sentences);
    }
}
