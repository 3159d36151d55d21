package newsquiz.session;

/**
 * How an answer was judged. {@code almost} is a right answer with a small typo in a name; {@code note} says what
 * to show beside it ("almost: it is spelled Guaidó"), empty otherwise.
 */
public record Verdict(boolean correct, boolean almost, String note) {
    static Verdict right() {
        return new Verdict(true, false, "");
    }

    static Verdict wrong() {
        return new Verdict(false, false, "");
    }
}
