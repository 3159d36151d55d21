package newsquiz.export;

/**
 * Shortening by rule for formats with length limits (Kahoot): a quotation inside the text is cut first (its
 * words are in the article; the question's frame is not), then the text itself, each at a word boundary with "…".
 */
final class Fit {
    private Fit() {
    }

    /** The text in at most {@code max} characters (code points), unchanged when it fits. */
    static String text(String s, int max) {
        if (length(s) <= max) {
            return s;
        }
        int open = s.indexOf('“');
        int close = s.lastIndexOf('”');
        if (open >= 0 && close > open) {
            String quote = s.substring(open + 1, close);
            int room = max - (length(s) - length(quote));
            if (room >= 20) {
                return s.substring(0, open + 1) + cut(quote, room) + s.substring(close);
            }
        }
        return cut(s, max);
    }

    /** Cut at the last space that leaves room for "…" (or mid-word when there is none). */
    private static String cut(String s, int max) {
        if (length(s) <= max) {
            return s;
        }
        String head = s.substring(0, s.offsetByCodePoints(0, max - 1));
        int space = head.lastIndexOf(' ');
        if (space > max / 2) {
            head = head.substring(0, space);
        }
        return head.stripTrailing().replaceAll("[,;:.]$", "") + "…";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
