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

    /**
     * Whether a quotation in double marks is open after reading {@code text} from {@code from} to {@code to}, given
     * whether one was open at {@code from}: a quotation's later sentences carry no marks of their own, so a caller
     * reads on through a paragraph. A straight mark after a digit with none open is an inch mark ("a 6\" pipe",
     * "6'2\""); one after a digit with a quotation open closes it ("Vision 2030\"").
     */
    public static boolean openAfter(String text, int from, int to, boolean open) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && !open && i > from && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            open = c == '“' || c == '"' && !open || c != '”' && c != '"' && open;
        }
        return open;
    }
}
