package newsquiz.ui;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.AnswerChecker;
import newsquiz.session.Session;
import newsquiz.store.Fsrs;
import newsquiz.store.Recorder;

/**
 * The plain line mode: numbered lines out, one answer per line in, the same feedback and results as the
 * full-screen player, as text. No cursor movement and no colour, so it suits screen readers, TERM=dumb and pipes:
 * {@code printf 'B\nA\n' | newsquiz play quiz.json --plain} plays a whole session.
 */
public final class PlainPlayer {
    private final LineSource in;
    private final PrintWriter out;
    private final LongSupplier clock;
    private final boolean echo;
    private final Recorder recorder;
    private java.util.function.Function<String, String> intervals = id -> "";
    /** How many of the recorder's failures have been shown. */
    private int reported;

    /** {@code echo}: write each answer read after its prompt, so a piped session reads as a transcript. */
    public PlainPlayer(LineSource in, PrintWriter out, LongSupplier clock, boolean echo) {
        this(in, out, clock, echo, Recorder.NONE);
    }

    public PlainPlayer(LineSource in, PrintWriter out, LongSupplier clock, boolean echo, Recorder recorder) {
        this.in = in;
        this.out = out;
        this.clock = clock;
        this.echo = echo;
        this.recorder = recorder;
    }

    /** Plays sessions of the quiz until the player stops; returns the last session's result. */
    public Session.Result play(Quiz quiz, Session.Options options) {
        Session.Options next = options;
        while (true) {
            Session.Result result = playOnce(quiz, next);
            if (result.missed().isEmpty() || !result.finished()) {
                return result;
            }
            say("Retry the " + result.missed().size() + " missed question(s) now? (y/n)");
            out.flush();
            String again = in.readLine("(y/n) ");
            if (again == null || !again.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                return result;
            }
            Set<String> ids = new HashSet<>();
            result.missed().forEach(o -> ids.add(o.question().id()));
            next = new Session.Options(0, false, options.seed(), ids, options.timeLimitMillis());
        }
    }

    Session.Result playOnce(Quiz quiz, Session.Options options) {
        Session session = Session.start(quiz, options, clock.getAsLong());
        recorder.started(session, clock.getAsLong());
        say(quiz.title() + " (" + session.total() + " questions)");
        say("Answer with the letter of a choice, or type the answer. Type q to quit.");
        while (!session.finished()) {
            Question q = session.current();
            session.showing(clock.getAsLong());
            out.println();
            say("Question " + (session.index() + 1) + " of " + session.total() + " · score " + session.score()
                    + (session.timeLimitMillis() > 0 ? " · " + session.timeLimitMillis() / 1000 + " seconds" : ""));
            say(QuestionView.shownPrompt(q));
            List<String> shown = showChoices(q);
            out.print(SafeText.line(hint(q)) + "> ");
            out.flush();
            String line = in.readLine("> ");
            if (echo) {
                say(line == null ? "" : SafeText.answer(line));
            }
            if (line == null) {
                out.println();
                say("(end of input)");
                session.quit();
                break;
            }
            if (line.strip().equalsIgnoreCase("q")) {
                say("Quit this session? What you answered so far counts. (y/n)");
                out.flush();
                String sure = in.readLine("(y/n) ");
                if (sure == null || sure.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                    session.quit();
                    break;
                }
                continue;
            }
            List<String> given = interpret(q, shown, line);
            if (given == null) {
                say("Please answer with " + hint(q).replace(":", "").strip() + ".");
                continue;
            }
            Session.Outcome o = session.answer(given, clock.getAsLong());
            recorder.answered(session, o, clock.getAsLong());
            feedback(quiz, o);
            if (recorder.studying() && o.verdict().correct()) {
                rate(session, o);
            }
            // each failure to store once, as it happens: the answers after it that were kept are not reported
            for (String failure : recorder.failures().subList(reported, recorder.failures().size())) {
                say("newsquiz: not saved in the gradebook: " + failure);
            }
            reported = recorder.failures().size();
        }
        recorder.finished(session, clock.getAsLong());
        Session.Result result = session.result(clock.getAsLong());
        results(quiz, result);
        return result;
    }

    /** Asks how well a right answer was known until the answer is a rating (Enter is good), and records it. */
    private void rate(Session session, Session.Outcome o) {
        String next = intervals.apply(o.question().id());
        say("How well did you know it? a: again, h: hard, g: good, e: easy (Enter: good)");
        if (!next.isEmpty()) {
            say("Comes back in: " + next);
        }
        while (true) {
            out.flush();
            String r = in.readLine("> ");
            if (echo) {
                say(r == null ? "" : SafeText.answer(r));
            }
            Fsrs.Rating rating = rating(r);
            if (rating != null) {
                recorder.rated(session, o, rating, clock.getAsLong());
                return;
            }
            say("Please answer a, h, g or e (Enter: good).");
        }
    }

    /** a, h, g, e (or the word), Enter or the end of input (good); null for anything else. */
    static Fsrs.Rating rating(String line) {
        String t = line == null ? "" : SafeText.answer(line).strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "g", "good" -> Fsrs.Rating.GOOD;
            case "a", "again" -> Fsrs.Rating.AGAIN;
            case "h", "hard" -> Fsrs.Rating.HARD;
            case "e", "easy" -> Fsrs.Rating.EASY;
            default -> null;
        };
    }

    /** In study: when the card of a question comes back after each rating (see {@link StudyIntervals}). */
    public PlainPlayer withIntervals(java.util.function.Function<String, String> intervals) {
        this.intervals = intervals;
        return this;
    }

    private List<String> showChoices(Question q) {
        List<String> shown = q.choices() == null ? List.of() : q.choices();
        switch (q.type()) {
            case "multiple_choice", "true_false", "ordering" -> {
                for (int i = 0; i < shown.size(); i++) {
                    say("  " + Text.letter(i) + ") " + shown.get(i));
                }
            }
            case "matching" -> {
                List<String> quotes = AnswerChecker.matchingItems(q);
                for (int i = 0; i < quotes.size(); i++) {
                    say("  " + (i + 1) + ") “" + quotes.get(i) + "”");
                }
                for (int i = 0; i < shown.size(); i++) {
                    say("  " + Text.letter(i) + ") " + shown.get(i));
                }
            }
            default -> { }
        }
        return shown;
    }

    private static String hint(Question q) {
        return switch (q.type()) {
            case "multiple_choice" -> "a letter, A to " + Text.letter(q.choices().size() - 1) + ": ";
            case "true_false" -> "A (true) or B (false): ";
            case "matching" -> "the speaker's letter for each quote in turn, e.g. B A C: ";
            case "ordering" -> "the letters in order, earliest first, e.g. C A B: ";
            case "numeric" -> "a number: ";
            default -> "your answer: ";
        };
    }

    /** What the player's line means for this question (cleaned and capped); null when it cannot be read. */
    static List<String> interpret(Question q, List<String> shown, String line) {
        String t = SafeText.answer(line).strip();
        switch (q.type()) {
            case "multiple_choice", "true_false" -> {
                Integer i = choiceIndex(t, shown.size());
                if (i != null) {
                    return List.of(shown.get(i));
                }
                for (String c : shown) {
                    if (AnswerChecker.normal(c).equals(AnswerChecker.normal(t))) {
                        return List.of(c);
                    }
                }
                return q.type().equals("true_false") && t.matches("(?i)t|f|true|false|yes|no")
                        ? List.of(t) : null;
            }
            case "matching", "ordering" -> {
                String[] parts = t.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip().split(" ");
                int want = q.type().equals("matching") ? AnswerChecker.matchingItems(q).size() : shown.size();
                if (parts.length == 1 && parts[0].length() == want) {
                    parts = parts[0].split("");
                }
                if (parts.length != want) {
                    return null;
                }
                List<String> out = new ArrayList<>();
                for (String p : parts) {
                    Integer i = choiceIndex(p, shown.size());
                    if (i == null) {
                        return null;
                    }
                    out.add(shown.get(i));
                }
                return out;
            }
            default -> {
                return t.isEmpty() ? null : List.of(t);
            }
        }
    }

    /** "B", "b", "2" → 1. */
    static Integer choiceIndex(String t, int size) {
        if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
            int i = Character.toUpperCase(t.charAt(0)) - 'A';
            return i >= 0 && i < size ? i : null;
        }
        if (t.matches("\\d")) {
            int i = Integer.parseInt(t) - 1;
            return i >= 0 && i < size ? i : null;
        }
        return null;
    }

    /**
     * Every line goes out through here: quiz files, the gradebook and the player's own input are untrusted, so each
     * line is cleaned whole ({@link SafeText}), and a line break inside a text cannot forge a line of its own.
     */
    private void say(String line) {
        out.println(SafeText.line(line));
    }

    private void feedback(Quiz quiz, Session.Outcome o) {
        Question q = o.question();
        if (o.timedOut()) {
            say("Time is up. The answer is: " + Text.rightAnswer(q));
        } else if (o.verdict().correct()) {
            say("Right! +" + o.points() + " points." + (o.verdict().almost() ? " (" + o.verdict().note() + ")" : ""));
        } else if (o.points() > 0) {
            say("Partly right: " + o.verdict().note() + ". +" + o.points() + " points. The answer is: "
                    + Text.rightAnswer(q));
        } else {
            say("Not quite. The answer is: " + Text.rightAnswer(q));
        }
        say(Text.evidenceFrom(quiz, q) + " " + Text.quoted(q.evidence()));
        if (q.explanation() != null && !q.explanation().isBlank() && !o.verdict().correct()) {
            say(q.explanation());
        }
        out.flush();
    }

    private void results(Quiz quiz, Session.Result r) {
        out.println();
        say("Results: " + r.correct() + " of " + r.total() + " right (" + r.percent() + "%) · " + r.score()
                + " points · " + Text.duration(r.millis()) + (r.finished() ? "" : " · stopped after " + r.answered()));
        if (!r.byKind().isEmpty()) {
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<String, int[]> e : r.byKind().entrySet()) {
                kinds.add(e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]);
            }
            say("By kind of fact: " + String.join(", ", kinds));
        }
        if (r.missed().isEmpty()) {
            say(ResultsView.verdict(r));
        } else {
            say("Missed:");
            for (Session.Outcome o : r.missed()) {
                say("  - " + o.question().prompt());
                say("    Your answer: " + (o.timedOut() ? "(time ran out)" : String.join(" ", o.given()))
                        + " · Right answer: " + Text.rightAnswer(o.question()));
                say("    " + Text.evidenceFrom(quiz, o.question()) + " " + Text.quoted(o.question().evidence()));
            }
        }
        out.flush();
    }
}
