package newsquiz.export;

import java.util.List;

/**
 * A quiz in another format: the file's bytes, how many questions it holds, and one line for each question the
 * format could not express (or had to shorten), so nothing is left out silently.
 */
public record Exported(byte[] bytes, int written, List<String> skipped, List<String> shortened) {
    public Exported {
        skipped = List.copyOf(skipped);
        shortened = List.copyOf(shortened);
    }
}
