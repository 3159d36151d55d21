package newsquiz.facts;

/**
 * A name in a sentence: tokens [from, to) of sentence {@code sentence}; {@code name} without title or possessive,
 * {@code title} the title before it ("Secretary of State"), or empty.
 */
record Mention(int sentence, int from, int to, String name, String title, int nameFrom) {
    boolean contains(int token) {
        return token >= from && token < to;
    }
}
