package newsquiz.article;

/** Where a text's quotation marks open and close: a word inside them is someone's words, not the article's. */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * Whether position {@code at} of the text lies inside a quotation: more curly quotes opened than closed before
     * it, or an odd number of straight ones.
     */
    public static boolean inside(String text, int at) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            curly += c == '“' ? 1 : c == '”' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return curly > 0 || straight % 2 == 1;
    }
}
