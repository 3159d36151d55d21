package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Quiz;

/**
 * The home screen: the quiz banks with title, source, date and number of questions (unreadable files listed as
 * such); Enter plays the chosen one, g generates a quiz from an article file, q quits.
 */
final class HomeView implements View {
    private final List<QuizLibrary.Entry> entries;
    private final List<Path> folders;
    private final Runner runner;
    private final String player;
    private final int due;
    private final java.util.Map<String, Integer> best;
    private int selected;
    private String message = "";

    /** Reads the player's figures once: the screen is drawn many times, the gradebook is asked once. */
    HomeView(List<QuizLibrary.Entry> entries, List<Path> folders, Runner runner) {
        this.entries = entries;
        this.folders = folders;
        this.runner = runner;
        Services services = runner.services();
        this.player = SafeText.shownName(services.player());
        this.due = player.isEmpty() ? 0 : services.dueCount();
        this.best = services.bestByQuiz();
    }

    HomeView withMessage(String m) {
        message = m;
        return this;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.fillRow(0, Canvas.Style.SELECTED);
        c.put(1, 0, "newsquiz · quizzes from real news", Canvas.Style.SELECTED);
        if (!player.isEmpty()) {
            String who = "Player: " + player + (due > 0 ? " · " + due + " card" + (due == 1 ? "" : "s")
                    + " due for study (t)" : "");
            c.put(Math.max(1, size.getColumns() - who.length() - 1), 1, who, Canvas.Style.DIM);
        }
        int row = 2;
        if (entries.isEmpty()) {
            c.put(1, row, "No quiz banks found in " + folders + ". Press g to make one from an article.",
                    Canvas.Style.NORMAL);
        }
        int perEntry = 2;
        int visible = Math.max(1, (size.getRows() - 5) / perEntry);
        int first = Math.max(0, Math.min(selected - visible + 1, entries.size() - visible));
        for (int i = first; i < entries.size() && i < first + visible; i++) {
            QuizLibrary.Entry e = entries.get(i);
            Canvas.Style style = i == selected ? Canvas.Style.SELECTED : Canvas.Style.TITLE;
            if (e.readable()) {
                Quiz q = e.quiz();
                c.put(1, row, (i == selected ? "▶ " : "  ") + q.title(), style);
                Integer b = best.get(q.id());
                c.put(5, row + 1, source(q) + " · " + q.questions().size() + " questions · best: "
                        + (b == null ? "–" : b + "%"), Canvas.Style.DIM);
            } else {
                c.put(1, row, (i == selected ? "▶ " : "  ") + e.file().getFileName() + " (unreadable)", style);
                c.put(5, row + 1, e.problem(), Canvas.Style.BAD);
            }
            row += perEntry;
        }
        if (!message.isEmpty()) {
            c.put(1, size.getRows() - 2, message, Canvas.Style.GOOD);
        }
        c.put(1, size.getRows() - 1, "↑↓ Enter: play · g: generate · e: review · x: export · s: stats · t: study · p: player"
                + " · q: quit", Canvas.Style.DIM);
    }

    private static String source(Quiz q) {
        if (q.source() == null) {
            return "unknown source";
        }
        String who = q.source().publisher() != null ? q.source().publisher()
                : q.source().byline() != null ? q.source().byline() : q.source().file();
        return (who == null ? "" : who) + (q.source().published() != null ? " · " + q.source().published() : "");
    }

    @Override
    public View handle(KeyStroke key, long now) {
        message = "";
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.min(Math.max(0, entries.size() - 1), selected + 1);
            case Enter -> {
                if (!entries.isEmpty() && entries.get(selected).readable()) {
                    return runner.startSession(entries.get(selected).quiz(), now);
                }
                message = entries.isEmpty() ? "" : "That file cannot be played: " + entries.get(selected).problem();
            }
            case Escape -> {
                return null;
            }
            case Character -> {
                char ch = Character.toLowerCase(key.getCharacter());
                if (ch == 'q') {
                    return null;
                }
                if (ch == 'g') {
                    return new GenerateView(this, folders, runner);
                }
                if (ch == 's') {
                    return new StatsView(runner.services().statsLines(), this);
                }
                if (ch == 't') {
                    return runner.study(now);
                }
                if (ch == 'p') {
                    return new PlayerView(this, runner);
                }
                if ((ch == 'e' || ch == 'x') && !entries.isEmpty() && entries.get(selected).readable()) {
                    return TeacherViews.open(ch, entries.get(selected), this, runner);
                }
            }
            default -> { }
        }
        return this;
    }
}
