package newsquiz.facts;

import java.util.List;
import newsquiz.article.Sentence;
import newsquiz.nlp.Token;

/** A sentence with its tagged tokens; the unit every extractor reads. */
record TaggedSentence(Sentence sentence, List<Token> tokens) {
    TaggedSentence {
        tokens = List.copyOf(tokens);
    }

    String text() {
        return sentence.text();
    }

    /** The text between two token indexes (end exclusive), exactly as written. */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        int base = sentence.start();
        return sentence.text().substring(tokens.get(from).start() - base, tokens.get(to - 1).end() - base);
    }

    /** Index of the first token starting at or after the character offset (article coordinates). */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
