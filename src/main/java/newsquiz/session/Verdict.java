package newsquiz.session;

/**
 * How an answer was judged. {@code almost} is a right answer with a small typo in a name; {@code note} says what
 * to show beside it ("almost: it is spelled Guaidó"), empty otherwise. {@code credit} is the share of the points
 * earned: 1 when right, 0 when wrong, between for a matching answer with some pairs right.
 */
public record Verdict(boolean correct, boolean almost, String note, double credit) {
    public Verdict(boolean correct, boolean almost, String note) {
        this(correct, almost, note, correct ? 1 : 0);
    }

    static Verdict right() {
        return new Verdict(true, false, "");
    }

    static Verdict wrong() {
        return new Verdict(false, false, "");
    }

    /** Some parts right: not a right answer (the streak ends), but {@code right} of {@code of} parts earn points. */
    static Verdict partly(int right, int of, String note) {
        return right == of ? right() : new Verdict(false, false, note, of == 0 ? 0 : (double) right / of);
    }
}
