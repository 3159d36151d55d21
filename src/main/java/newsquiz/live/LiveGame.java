package newsquiz.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.AnswerChecker;
import newsquiz.session.Session;
import newsquiz.session.Verdict;
import newsquiz.ui.SafeText;

/**
 * A live class quiz as a pure state machine: players join, leave and rejoin by name, the host starts each question,
 * a countdown closes it (or every player still here has answered), the answers' distribution and the leaderboard
 * follow, the podium ends it. The host can pause, skip, extend the time and remove a player. No screen, no network,
 * no clock of its own: every call takes the host's time in milliseconds, and nothing here is thread-safe (the
 * server serialises calls). Each answer, and each question a player let run out, is handed to the
 * {@link Listener} exactly once.
 */
public final class LiveGame {
    public enum Phase { LOBBY, QUESTION, REVEAL, FINISHED }

    /** Points for a right answer, plus up to {@link #MAX_SPEED_BONUS} for the time left, plus the streak bonus. */
    static final int POINTS = 500;
    static final int MAX_SPEED_BONUS = 500;
    /** Each right answer in a row after the first adds this much, up to {@link #MAX_STREAK_BONUS}. */
    static final int STREAK_STEP = 100;
    static final int MAX_STREAK_BONUS = 500;
    /** The most choices a live question may have: one key each, A-F or 1-6. */
    public static final int MAX_CHOICES = 6;

    /** Told of every answer as it is locked in (or timed out) and of the end; called inside the engine's calls. */
    public interface Listener {
        default void answered(String player, int questionNumber, Session.Outcome outcome, long now) {
        }

        default void finished(List<Standing> podium, long now) {
        }
    }

    /** A player's place: rank 1 is first; equal scores share a rank. */
    public record Standing(String name, int score, int streak, int rank, boolean connected) {
    }

    /** A join's result: the name as cleaned and shown, or why it was refused. */
    public record Join(boolean accepted, String name, boolean rejoined, String refusal) {
    }

    public enum Lock { LOCKED, ALREADY_ANSWERED, NOT_OPEN, PAUSED, NOT_IN_THIS_QUESTION, UNKNOWN_PLAYER, NO_SUCH_CHOICE }

    private static final class Player {
        final String name;
        final int firstQuestion;
        int score;
        int streak;
        boolean connected = true;
        final Map<Integer, Session.Outcome> outcomes = new HashMap<>();
        final Map<Integer, Integer> choices = new HashMap<>();

        Player(String name, int firstQuestion) {
            this.name = name;
            this.firstQuestion = firstQuestion;
        }
    }

    private final Quiz quiz;
    private final List<Question> questions;
    private final long timeLimit;
    private final int maxPlayers;
    private final Listener listener;
    private final Map<String, Player> players = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final int[][] counts;
    private Phase phase = Phase.LOBBY;
    private int index = -1;
    private long deadline;
    private long timeGiven;
    private boolean paused;
    private long remainingAtPause;
    /** Goes up with every change the host's screen shows, so it redraws only when this moved. */
    private long version;
    /** Goes up with every change all students' screens show (not one student's answer), for the same reason. */
    private long sharedVersion;

    public LiveGame(Quiz quiz, List<Question> questions, long timeLimitMillis, int maxPlayers, Listener listener) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a live quiz needs at least one question with choices");
        }
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("a live question needs a time limit");
        }
        this.quiz = quiz;
        this.questions = List.copyOf(questions);
        this.timeLimit = timeLimitMillis;
        this.maxPlayers = maxPlayers;
        this.listener = listener;
        this.counts = new int[questions.size()][];
        for (int i = 0; i < questions.size(); i++) {
            counts[i] = new int[questions.get(i).choices().size()];
        }
    }

    /**
     * The questions a class can answer with one key: multiple choice and true/false with 2 to {@link #MAX_CHOICES}
     * choices, in the order the teacher's review gave (accepted first, rejected never), at most {@code count} (0 for
     * all).
     */
    public static List<Question> playable(Quiz quiz, int count) {
        List<Question> out = new ArrayList<>();
        for (Question q : quiz.reviewedOrder()) {
            boolean oneKey = "multiple_choice".equals(q.type()) || "true_false".equals(q.type());
            if (oneKey && q.choices() != null && q.choices().size() >= 2 && q.choices().size() <= MAX_CHOICES) {
                out.add(q);
            }
            if (count > 0 && out.size() == count) {
                break;
            }
        }
        return out;
    }

    // ---- players ----

    /**
     * A player joins with a name (cleaned: one line, no control characters, at most {@link SafeText#MAX_NAME}).
     * The same name (ignoring case) of a player who left comes back with their score; the name of a player who is
     * here is refused, as is a removed player's, an empty name, and a full game. Late joiners start at the next
     * question.
     */
    public Join join(String typed, long now) {
        String name = SafeText.name(typed);
        if (name.isEmpty()) {
            return new Join(false, "", false, "a name is needed: ssh -p PORT NAME@HOST");
        }
        String key = key(name);
        if (removed.contains(key)) {
            return new Join(false, name, false, "the host removed " + name + " from this quiz");
        }
        Player known = players.get(key);
        if (known != null) {
            if (known.connected) {
                return new Join(false, name, false, "someone called " + known.name
                        + " is already playing: pick another name (if it was you, try again in two minutes)");
            }
            known.connected = true;
            changed();
            return new Join(true, known.name, true, "");
        }
        if (players.size() >= maxPlayers) {
            return new Join(false, name, false, "the quiz is full (" + maxPlayers + " players)");
        }
        int first = phase == Phase.LOBBY ? 0 : index + 1;
        players.put(key, new Player(name, first));
        changed();
        return new Join(true, name, false, "");
    }

    /** The player's connection dropped or they quit: their score stays, and they may rejoin by name. */
    public void leave(String name, long now) {
        Player p = players.get(key(name));
        if (p != null && p.connected) {
            p.connected = false;
            changed();
            closeIfAllAnswered(now);
        }
    }

    /** The host removes a player: off the leaderboard, and the name cannot join again in this game. */
    public boolean remove(String name, long now) {
        Player p = players.remove(key(name));
        if (p == null) {
            return false;
        }
        removed.add(key(name));
        changed();
        closeIfAllAnswered(now);
        return true;
    }

    public boolean isRemoved(String name) {
        return removed.contains(key(name));
    }

    private static String key(String name) {
        return SafeText.name(name).toLowerCase(Locale.ROOT);
    }

    // ---- the host's controls ----

    /** Starts the first question from the lobby, or the next one after a reveal; after the last, the podium. */
    public void next(long now) {
        if (phase == Phase.LOBBY || phase == Phase.REVEAL) {
            if (index + 1 >= questions.size()) {
                finish(now);
                return;
            }
            index++;
            phase = Phase.QUESTION;
            paused = false;
            timeGiven = timeLimit;
            deadline = now + timeLimit;
            changed();
        }
    }

    /** Closes the open question now, as if its time were up. */
    public void skip(long now) {
        if (phase == Phase.QUESTION) {
            close(now);
        }
    }

    /** Ends the game early: the open question is closed first, so every answer given is kept. */
    public void end(long now) {
        if (phase == Phase.QUESTION) {
            close(now);
        }
        if (phase != Phase.FINISHED) {
            finish(now);
        }
    }

    public void pause(long now) {
        if (phase == Phase.QUESTION && !paused) {
            remainingAtPause = remaining(now);
            paused = true;
            changed();
        }
    }

    public void resume(long now) {
        if (phase == Phase.QUESTION && paused) {
            paused = false;
            deadline = now + remainingAtPause;
            changed();
        }
    }

    public void extend(long millis, long now) {
        if (phase == Phase.QUESTION && millis > 0) {
            timeGiven += millis;
            if (paused) {
                remainingAtPause += millis;
            } else {
                deadline += millis;
            }
            changed();
        }
    }

    /** Lets the clock act: closes the open question when its time is up. */
    public void tick(long now) {
        if (phase == Phase.QUESTION && !paused && now >= deadline) {
            close(now);
        }
    }

    // ---- answers ----

    /** A player's answer to the open question, by choice index; the first answer is locked in. */
    public Lock answer(String name, int choice, long now) {
        tick(now);
        Player p = players.get(key(name));
        if (p == null) {
            return Lock.UNKNOWN_PLAYER;
        }
        if (phase != Phase.QUESTION) {
            return Lock.NOT_OPEN;
        }
        if (paused) {
            return Lock.PAUSED;
        }
        if (index < p.firstQuestion) {
            return Lock.NOT_IN_THIS_QUESTION;
        }
        if (p.outcomes.containsKey(index)) {
            return Lock.ALREADY_ANSWERED;
        }
        Question q = questions.get(index);
        if (choice < 0 || choice >= q.choices().size()) {
            return Lock.NO_SUCH_CHOICE;
        }
        String given = q.choices().get(choice);
        Verdict verdict = AnswerChecker.check(q, List.of(given));
        long left = remaining(now);
        int points = 0;
        if (verdict.correct()) {
            p.streak++;
            points = POINTS + (int) (MAX_SPEED_BONUS * left / timeGiven)
                    + Math.min(MAX_STREAK_BONUS, STREAK_STEP * (p.streak - 1));
        } else {
            p.streak = 0;
        }
        p.score += points;
        p.choices.put(index, choice);
        counts[index][choice]++;
        Session.Outcome o = new Session.Outcome(q, List.of(given), verdict, false, points, timeGiven - left);
        p.outcomes.put(index, o);
        version++; // only this student's screen and the host's change
        listener.answered(p.name, index + 1, o, now);
        closeIfAllAnswered(now);
        return Lock.LOCKED;
    }

    private void closeIfAllAnswered(long now) {
        if (phase != Phase.QUESTION) {
            return;
        }
        boolean anyone = false;
        for (Player p : players.values()) {
            if (p.connected && index >= p.firstQuestion) {
                anyone = true;
                if (!p.outcomes.containsKey(index)) {
                    return;
                }
            }
        }
        if (anyone) {
            close(now);
        }
    }

    /** Time is up: whoever was in this question and did not answer gets a timed-out answer, then the reveal. */
    private void close(long now) {
        Question q = questions.get(index);
        for (Player p : players.values()) {
            if (index >= p.firstQuestion && !p.outcomes.containsKey(index)) {
                p.streak = 0;
                Session.Outcome o = new Session.Outcome(q, List.of(), new Verdict(false, false, ""), true, 0, timeGiven);
                p.outcomes.put(index, o);
                listener.answered(p.name, index + 1, o, now);
            }
        }
        phase = Phase.REVEAL;
        paused = false;
        changed();
    }

    private void finish(long now) {
        phase = Phase.FINISHED;
        changed();
        listener.finished(leaderboard(), now);
    }

    // ---- what the screens show ----

    public Phase phase() {
        return phase;
    }

    public Quiz quiz() {
        return quiz;
    }

    public long version() {
        return version;
    }

    public long sharedVersion() {
        return sharedVersion;
    }

    private void changed() {
        version++;
        sharedVersion++;
    }

    public boolean paused() {
        return paused;
    }

    /** 1-based number of the open or last question; 0 in the lobby. */
    public int number() {
        return index + 1;
    }

    public int total() {
        return questions.size();
    }

    /** The open question, or the one just closed; null in the lobby. */
    public Question question() {
        return index < 0 ? null : questions.get(index);
    }

    public long remaining(long now) {
        if (phase != Phase.QUESTION) {
            return 0;
        }
        return paused ? remainingAtPause : Math.max(0, deadline - now);
    }

    /** How many chose each choice of the open or last question. */
    public int[] distribution() {
        return index < 0 ? new int[0] : counts[index].clone();
    }

    /** Players in the open question, and how many of them have answered it. */
    public int[] answeredOfEligible() {
        int eligible = 0;
        int answered = 0;
        for (Player p : players.values()) {
            if (index >= p.firstQuestion && (p.connected || p.outcomes.containsKey(index))) {
                eligible++;
                Session.Outcome o = p.outcomes.get(index);
                if (o != null && !o.timedOut()) {
                    answered++;
                }
            }
        }
        return new int[] {answered, eligible};
    }

    public List<Standing> leaderboard() {
        List<Player> sorted = new ArrayList<>(players.values());
        sorted.sort(Comparator.comparingInt((Player p) -> -p.score).thenComparing(p -> p.name.toLowerCase(Locale.ROOT)));
        List<Standing> out = new ArrayList<>();
        int rank = 0;
        int lastScore = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            Player p = sorted.get(i);
            if (p.score != lastScore) {
                rank = i + 1;
                lastScore = p.score;
            }
            out.add(new Standing(p.name, p.score, p.streak, rank, p.connected));
        }
        return out;
    }

    /** What one student's screen shows; null for a name not in the game. */
    public StudentView studentView(String name, long now) {
        Player p = players.get(key(name));
        if (p == null) {
            return null;
        }
        int rank = 0;
        for (Standing s : leaderboard()) {
            if (s.name().equals(p.name)) {
                rank = s.rank();
            }
        }
        boolean inQuestion = index >= p.firstQuestion && index >= 0;
        Integer choice = inQuestion ? p.choices.get(index) : null;
        Session.Outcome outcome = inQuestion ? p.outcomes.get(index) : null;
        int score = p.score;
        if (phase == Phase.QUESTION) {
            // right or wrong shows when time is up, for everyone at once: until then, the score before this question
            score -= outcome == null ? 0 : outcome.points();
            rank = 0;
            outcome = null;
        }
        return new StudentView(p.name, phase, number(), total(), inQuestion ? question() : null, remaining(now),
                paused, choice, outcome, score, p.streak, rank, players.size());
    }
}
