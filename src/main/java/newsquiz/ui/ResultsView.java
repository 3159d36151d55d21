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

    ResultsView(Session.Result result, Quiz quiz, Runner runner) {
        this.result = result;
        this.quiz = quiz;
        this.runner = runner;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.fillRow(0, Canvas.Style.SELECTED);
        c.put(1, 0, "Results · " + result.quizTitle(), Canvas.Style.SELECTED);
        c.put(1, 2, result.correct() + " of " + result.total() + " right (" + result.percent() + "%) · "
                + result.score() + " points · " + Text.duration(result.millis())
                + (result.finished() ? "" : " · stopped after " + result.answered()), Canvas.Style.TITLE);
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, int[]> e : result.byKind().entrySet()) {
            kinds.add(e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]);
        }
        c.put(1, 3, "By kind of fact: " + (kinds.isEmpty() ? "none answered" : String.join(" · ", kinds)),
                Canvas.Style.NORMAL);
        int row = 5;
        if (result.missed().isEmpty()) {
            c.put(1, row, result.answered() == 0 ? "No answers yet." : "No mistakes. Well done!", Canvas.Style.GOOD);
        } else {
            c.put(1, row++, "Missed (" + result.missed().size() + "):", Canvas.Style.BAD);
            List<Session.Outcome> missed = result.missed();
            for (int i = scroll; i < missed.size() && row < size.getRows() - 3; i++) {
                Session.Outcome o = missed.get(i);
                row = c.paragraph(3, row, "• " + o.question().prompt(), 2, Canvas.Style.NORMAL, null);
                c.put(5, row++, "Right answer: " + Text.rightAnswer(o.question()), Canvas.Style.GOOD);
                row = c.paragraph(5, row, Text.quoted(o.question().evidence()), 2, Canvas.Style.DIM, null);
            }
        }
        String keys = (result.missed().isEmpty() ? "" : "r: retry the missed ones · ↑↓ scroll · ")
                + "Enter: " + (runner.hasHome() ? "home" : "quit") + " · q: quit";
        c.put(1, size.getRows() - 1, keys, Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
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
            }
            default -> { }
        }
        return this;
    }
}
