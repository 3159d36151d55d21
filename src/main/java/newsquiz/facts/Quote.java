package newsquiz.facts;

/**
 * Something a speaker said. {@code speaker} is the canonical name of the speaker (the full name of its first
 * mention, or the noun phrase for bodies such as "Norway's foreign ministry"); {@code mention} is how this sentence
 * names it ("he", "the president", "Trump"). {@code direct} quotes give the words in quotation marks; indirect ones
 * give the reported clause. {@code partial} marks a few quoted words inside indirect speech.
 */
public record Quote(String speaker, String mention, String text, boolean direct, boolean partial, String verb,
                    Evidence evidence) implements Fact {
    @Override
    public String kind() {
        return "quote";
    }
}
