package newsquiz.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * One quiz session as a pure state machine: which questions are drawn, in what order, the clock per question,
 * answer checking, points, streaks and the result. No screen, no disk: the full-screen player, the plain mode and
 * the live class all drive it the same way. Time comes in as milliseconds from the caller's clock.
 */
public final class Session {
    public static final int DEFAULT_COUNT = 10;
    static final int POINTS = 100;
    static final int STREAK_BONUS = 10;
    static final int MAX_STREAK_BONUS = 50;
    static final int MAX_SPEED_BONUS = 50;

    /**
     * How to draw: {@code count} questions from the top of the bank (0 for all), shuffled with {@code seed} when
     * {@code shuffle}, only {@code onlyIds} when not empty (retrying missed ones), {@code timeLimitMillis} per
     * question (0 for none), only questions of {@code onlyKind} of fact and of {@code onlyType} when not null.
     */
    public record Options(int count, boolean shuffle, long seed, Set<String> onlyIds, long timeLimitMillis,
                          String onlyKind, String onlyType) {
        /** Every kind of fact and every type. */
        public Options(int count, boolean shuffle, long seed, Set<String> onlyIds, long timeLimitMillis) {
            this(count, shuffle, seed, onlyIds, timeLimitMillis, null, null);
        }

        public static Options defaults() {
            return new Options(DEFAULT_COUNT, false, 1, Set.of(), 0);
        }

        /**
         * A shuffle of this player's own: the seed mixed with the name, so each player of a class gets an order of
         * questions and choices of their own, and the same player with the same seed gets the same session again.
         */
        public Options forPlayer(String player) {
            if (!shuffle) {
                return this;
            }
            long h = 1125899906842597L;
            for (char c : player.toCharArray()) {
                h = 31 * h + c;
            }
            return new Options(count, true, seed ^ h, onlyIds, timeLimitMillis, onlyKind, onlyType);
        }
    }

    /** What happened to one question. */
    public record Outcome(Question question, List<String> given, Verdict verdict, boolean timedOut, int points,
                          long millis) {
    }

    /** A session's result: points, right answers, time, accuracy by kind of fact, and the missed questions. */
    public record Result(String quizTitle, int score, int correct, int answered, int total, long millis,
                         Map<String, int[]> byKind, List<Outcome> missed, boolean finished) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * correct / total);
        }
    }

    private final Quiz quiz;
    private final List<Question> questions;
    private final long timeLimit;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final long startedAt;
    private long questionStartedAt;
    private int score;
    private int streak;
    private int bestStreak;
    private boolean quit;

    /** Drawn from chosen questions only (retrying missed ones): practice, not an attempt at the quiz. */
    private boolean practice;

    private Session(Quiz quiz, List<Question> questions, long timeLimit, long now) {
        this.quiz = quiz;
        this.questions = List.copyOf(questions);
        this.timeLimit = timeLimit;
        this.startedAt = now;
        this.questionStartedAt = now;
    }

    public static Session start(Quiz quiz, Options options, long now) {
        Session s = draw(quiz, options, now);
        s.practice = !options.onlyIds().isEmpty();
        return s;
    }

    private static Session draw(Quiz quiz, Options options, long now) {
        List<Question> pool = new ArrayList<>();
        for (Question q : quiz.reviewedOrder()) {
            if ((options.onlyIds().isEmpty() || options.onlyIds().contains(q.id()))
                    && (options.onlyKind() == null || options.onlyKind().equals(q.kind()))
                    && (options.onlyType() == null || options.onlyType().equals(q.type()))) {
                pool.add(q);
            }
        }
        // a top-N draw is a fair session; every question (--all) and chosen ones (a retry) are taken as they are
        List<Question> drawn = new ArrayList<>(options.count() > 0 && options.onlyIds().isEmpty()
                ? SessionDraw.top(pool, options.count(), quiz.title()) : pool);
        if (options.shuffle()) {
            // the best questions, in a new order, each with its choices in a new order (true/false stays in order)
            Collections.shuffle(drawn, new Random(options.seed()));
            drawn.replaceAll(q -> SessionDraw.shuffleChoices(q, options.seed()));
        }
        return new Session(quiz, drawn, options.timeLimitMillis(), now);
    }

    public String title() {
        return quiz.title();
    }

    public Quiz quiz() {
        return quiz;
    }

    /**
     * True for a session of chosen questions (`play --missed`, retrying the missed ones, study): practice, which
     * the gradebook keeps but never counts as a score on the quiz.
     */
    public boolean practice() {
        return practice;
    }

    public int total() {
        return questions.size();
    }

    /** 0-based index of the current question; equals {@link #total()} when finished. */
    public int index() {
        return outcomes.size();
    }

    public boolean finished() {
        return quit || outcomes.size() >= questions.size();
    }

    public Question current() {
        if (finished()) {
            throw new IllegalStateException("the session is over");
        }
        return questions.get(outcomes.size());
    }

    public int score() {
        return score;
    }

    public int streak() {
        return streak;
    }

    public long timeLimitMillis() {
        return timeLimit;
    }

    /** Milliseconds left for the current question, or -1 when untimed. */
    public long remainingMillis(long now) {
        return timeLimit <= 0 ? -1 : Math.max(0, timeLimit - (now - questionStartedAt));
    }

    public boolean timeIsUp(long now) {
        return timeLimit > 0 && remainingMillis(now) == 0;
    }

    /**
     * Starts the current question's clock: called when the question comes on screen, so that time spent reading the
     * feedback of the one before never counts against it.
     */
    public void showing(long now) {
        questionStartedAt = now;
    }

    /** Answers the current question: typed text or a choice's text; for matching and ordering, items in order. */
    public Outcome answer(List<String> given, long now) {
        Question q = current();
        if (timeIsUp(now)) {
            return timeout(now);
        }
        Verdict verdict = AnswerChecker.check(q, given);
        int points = (int) Math.round(POINTS * verdict.credit()); // partial credit (matching) breaks the streak
        if (verdict.correct()) {
            streak++;
            bestStreak = Math.max(bestStreak, streak);
            points += Math.min(MAX_STREAK_BONUS, STREAK_BONUS * (streak - 1));
            if (timeLimit > 0) {
                points += (int) (MAX_SPEED_BONUS * remainingMillis(now) / timeLimit);
            }
        } else {
            streak = 0;
        }
        score += points;
        return record(new Outcome(q, List.copyOf(given), verdict, false, points, now - questionStartedAt), now);
    }

    public Outcome answer(String given, long now) {
        return answer(List.of(given == null ? "" : given), now);
    }

    /** The clock ran out on the current question. */
    public Outcome timeout(long now) {
        streak = 0;
        return record(new Outcome(current(), List.of(), Verdict.wrong(), true, 0, now - questionStartedAt), now);
    }

    private Outcome record(Outcome o, long now) {
        outcomes.add(o);
        questionStartedAt = now;
        return o;
    }

    /** Ends the session early; what was answered stays answered. */
    public void quit() {
        quit = true;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public int bestStreak() {
        return bestStreak;
    }

    public Result result(long now) {
        Map<String, int[]> byKind = new LinkedHashMap<>();
        List<Outcome> missed = new ArrayList<>();
        int correct = 0;
        for (Outcome o : outcomes) {
            int[] k = byKind.computeIfAbsent(o.question().kind(), x -> new int[2]);
            k[1]++;
            if (o.verdict().correct()) {
                k[0]++;
                correct++;
            } else {
                missed.add(o);
            }
        }
        return new Result(quiz.title(), score, correct, outcomes.size(), questions.size(), now - startedAt, byKind,
                missed, outcomes.size() >= questions.size());
    }
}
