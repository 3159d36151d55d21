package newsquiz.facts;

/**
 * Something a speaker said. {@code speaker} is the canonical name of the speaker (the full name of its first
 * mention, or the noun phrase for bodies such as "Norway's foreign ministry"); {@code mention} is how this sentence
 * names it ("he", "the president", "Trump"). {@code direct} quotes give the words in quotation marks; indirect ones
 * give the reported clause. {@code partial} marks a few quoted words inside indirect speech. {@code carried} says
 * the speaker was carried over from elsewhere (a quotation continuing an earlier one, "he said"), not named in the
 * quotation's own sentence: less sure, so the generator keeps such questions out of a session's head.
 */
public record Quote(String speaker, String mention, String text, boolean direct, boolean partial, String verb,
                    Evidence evidence, boolean carried) implements Fact {
    /** A quotation whose speaker is named in its own sentence. */
    public Quote(String speaker, String mention, String text, boolean direct, boolean partial, String verb,
                 Evidence evidence) {
        this(speaker, mention, text, direct, partial, verb, evidence, false);
    }

    @Override
    public String kind() {
        return "quote";
    }
}
