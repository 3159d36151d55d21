package newsquiz.nlp;

/** A token with its span in the article's text and its Penn Treebank part-of-speech tag. */
public record Token(String text, int start, int end, String tag) {
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** The text with curly apostrophes and quotes made straight, for comparisons. */
    public String plain() {
        return text.replace('’', '\'').replace('‘', '\'');
    }
}
