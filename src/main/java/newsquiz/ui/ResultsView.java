package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;

/** Results: score, percentage, time, accuracy by kind of fact, the missed questions with their evidence. */
final class ResultsView implements View {
    private final Session.Result result;
    private final Quiz quiz;
    private final Runner runner;
    private int scroll;
    /** This player's scores at this quiz, asked once: the screen is drawn many times. */
    private final List<Integer> trend;

    ResultsView(Session.Result result, Quiz quiz, Runner runner) {
        this.result = result;
        this.quiz = quiz;
        this.runner = runner;
        this.trend = runner.services().trend(quiz.id());
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.titleBar("Results · " + result.quizTitle(), SafeText.shownName(runner.services().player()));
        c.put(1, 2, result.correct() + " of " + result.total() + " right (" + result.percent() + "%) · "
                + result.score() + " points · " + Text.duration(result.millis())
                + (result.finished() ? "" : " · stopped after " + result.answered()), Canvas.Style.TITLE);
        if (trend.size() > 1) {
            c.put(1, 3, "Your attempts: " + StatsText.sparkline(trend) + "  " + String.join(" ",
                    trend.stream().map(p -> p + "%").toList()), Canvas.Style.NORMAL);
        }
        int row = 4;
        if (!result.byKind().isEmpty()) {
            c.put(1, row++, "By kind of fact:", Canvas.Style.NORMAL);
            int name = result.byKind().keySet().stream().mapToInt(String::length).max().orElse(0);
            int width = Math.max(5, Math.min(20, size.getColumns() - name - 16));
            for (Map.Entry<String, int[]> e : result.byKind().entrySet()) {
                int[] k = e.getValue();
                c.put(3, row++, e.getKey() + " ".repeat(Math.max(0, name - e.getKey().length()) + 1) + Canvas.bar((double) k[0] / k[1], width)
                        + " " + k[0] + "/" + k[1], k[0] == k[1] ? Canvas.Style.GOOD : Canvas.Style.NORMAL);
            }
            row++;
        }
        if (result.missed().isEmpty()) {
            c.put(1, row, verdict(result), Canvas.Style.GOOD);
        } else {
            c.put(1, row++, "Missed (" + result.missed().size() + "):", Canvas.Style.BAD);
            List<Session.Outcome> missed = result.missed();
            int last = size.getRows() - 2; // the row above the status bar says what is below
            int i = scroll;
            // an item starts only where its prompt and both answers fit
            for (; i < missed.size() && row + 2 <= last; i++) {
                Session.Outcome o = missed.get(i);
                row = c.labelled(3, row, "• ", o.question().prompt(), Math.min(2, last - row - 1), Canvas.Style.NORMAL);
                String given = o.timedOut() ? "(time ran out)" : String.join(" → ", o.given());
                row = c.labelled(5, row, "", "Yours: " + given + " · Right: " + Text.rightAnswer(o.question()),
                        1, Canvas.Style.GOOD);
                if (row < last) {
                    row = c.paragraph(5, row, Text.quoted(o.question().evidence()), Math.min(2, last - row),
                            Canvas.Style.DIM, null);
                }
            }
            if (i < missed.size()) {
                c.put(3, last, "↓ " + (missed.size() - i) + " more", Canvas.Style.DIM);
            }
        }
        String keys = (result.missed().isEmpty() ? "" : "r: retry the missed · ↑↓ scroll · ")
                + "Enter: " + (runner.hasHome() ? "home" : "quit") + " · ? help · q: quit";
        c.statusBar(keys);
    }

    /** The line shown when nothing was missed: praise only for a finished session. */
    static String verdict(Session.Result r) {
        if (r.answered() == 0) {
            return "No answers yet.";
        }
        if (!r.finished()) {
            return "Stopped after " + r.answered() + " of " + r.total() + " questions: all you answered was right.";
        }
        return "No mistakes. Well done!";
    }

    private List<String> help() {
        List<String> out = new ArrayList<>();
        if (!result.missed().isEmpty()) {
            out.add("r          retry the missed questions (practice: not a new score)");
            out.add("↑ ↓        scroll the missed questions; Home End the first or last");
        }
        out.add("Enter      " + (runner.hasHome() ? "back to the quizzes" : "leave"));
        out.add("q, Esc     leave the app");
        out.add("?, F1      this help");
        return out;
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case Home, PageUp -> scroll = 0;
            case End, PageDown -> scroll = Math.max(0, result.missed().size() - 1);
            case F1 -> {
                return new HelpView("Keys: results", help(), this);
            }
            case ArrowDown -> scroll = Math.min(Math.max(0, result.missed().size() - 1), scroll + 1);
            case ArrowUp -> scroll = Math.max(0, scroll - 1);
            case Enter -> {
                return runner.home();
            }
            case Escape -> {
                return null;
            }
            case Character -> {
                char ch = Character.toLowerCase(key.getCharacter());
                if (ch == 'r' && !result.missed().isEmpty()) {
                    return runner.retryMissed(result, quiz, now);
                }
                if (ch == 'q') {
                    return null;
                }
                if (ch == '?') {
                    return new HelpView("Keys: results", help(), this);
                }
            }
            default -> { }
        }
        return this;
    }
}
