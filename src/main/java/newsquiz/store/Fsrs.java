package newsquiz.store;

/**
 * The FSRS-4.5 spaced-repetition scheduler with its published default parameters, written from the published
 * formulas: retrievability R(t, S) = (1 + F·t/S)^C with C = -0.5 and F = 19/81; the interval for a requested
 * retention r is S/F·(r^(1/C) - 1), which is S itself at r = 0.9. Times are in days.
 */
public final class Fsrs {
    /** FSRS-4.5 default weights w0..w16. */
    static final double[] W = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367,
        1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755};
    static final double DECAY = -0.5;
    static final double FACTOR = 19.0 / 81.0;
    public static final double RETENTION = 0.9;
    private static final double DAY_MILLIS = 86_400_000.0;

    /** How well the answer was known. */
    public enum Rating {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        final int grade;

        Rating(int grade) {
            this.grade = grade;
        }
    }

    /** A card's memory state; a new card has reps 0. Times in epoch milliseconds. */
    public record State(double stability, double difficulty, long due, long lastReview, int reps, int lapses) {
        public static State fresh(long now) {
            return new State(0, 0, now, 0, 0, 0);
        }
    }

    private Fsrs() {
    }

    static double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    static double intervalDays(double stability) {
        return stability / FACTOR * (Math.pow(RETENTION, 1 / DECAY) - 1);
    }

    static double initialStability(Rating r) {
        return W[r.grade - 1];
    }

    static double initialDifficulty(Rating r) {
        return clamp(W[4] - (r.grade - 3) * W[5]);
    }

    static double nextDifficulty(double d, Rating r) {
        double next = d - W[6] * (r.grade - 3);
        return clamp(W[7] * initialDifficulty(Rating.GOOD) + (1 - W[7]) * next);
    }

    static double stabilityAfterSuccess(double d, double s, double rr, Rating r) {
        double hard = r == Rating.HARD ? W[15] : 1;
        double easy = r == Rating.EASY ? W[16] : 1;
        return s * (Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp(W[10] * (1 - rr)) - 1) * hard * easy + 1);
    }

    static double stabilityAfterFailure(double d, double s, double rr) {
        return W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp(W[14] * (1 - rr));
    }

    private static double clamp(double d) {
        return Math.min(10, Math.max(1, d));
    }

    /** The state after a review at {@code now}; a card forgotten is due again in a minute. */
    public static State review(State s, Rating r, long now) {
        double stability;
        double difficulty;
        if (s.reps() == 0) {
            stability = initialStability(r);
            difficulty = initialDifficulty(r);
        } else {
            double elapsed = Math.max(0, (now - s.lastReview()) / DAY_MILLIS);
            double rr = retrievability(elapsed, s.stability());
            difficulty = nextDifficulty(s.difficulty(), r);
            stability = r == Rating.AGAIN ? stabilityAfterFailure(s.difficulty(), s.stability(), rr)
                    : stabilityAfterSuccess(s.difficulty(), s.stability(), rr, r);
        }
        long due = r == Rating.AGAIN ? now + 60_000
                : now + Math.round(Math.max(1, Math.round(intervalDays(stability))) * DAY_MILLIS);
        return new State(stability, difficulty, due, now, s.reps() + 1, s.lapses() + (r == Rating.AGAIN ? 1 : 0));
    }
}
