package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Question;
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

    /** The bank of this file chosen (a quiz just generated), when it is listed. */
    HomeView select(Path file) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                selected = i;
            }
        }
        return this;
    }

    HomeView withMessage(String m) {
        message = m;
        return this;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.titleBar("newsquiz · quizzes from real news", entries.size() + (entries.size() == 1 ? " quiz" : " quizzes"));
        String who = player.isEmpty() ? "" : "Player: " + player + " (p)" + (due > 0 ? " · " + due + " card"
                + (due == 1 ? "" : "s") + " due for study (t)" : "");
        int whoColumn = Math.max(1, size.getColumns() - who.length() - 1);
        c.put(1, 1, SafeText.shorten("Sessions: " + OptionsView.summary(runner.homeOptions()) + " (o)",
                Math.max(1, whoColumn - 3)), Canvas.Style.DIM);
        if (!who.isEmpty()) {
            c.put(whoColumn, 1, who, Canvas.Style.DIM);
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
                        + (b == null ? "–" : b + "%") + byline(q), Canvas.Style.DIM);
            } else {
                c.put(1, row, (i == selected ? "▶ " : "  ") + e.file().getFileName() + " (unreadable)", style);
                c.put(5, row + 1, e.problem(), Canvas.Style.BAD);
            }
            row += perEntry;
        }
        if (!message.isEmpty()) {
            c.put(1, size.getRows() - 2, message, Canvas.Style.GOOD);
        }
        c.statusBar("Enter play · g new quiz · e review · x export · o options · ? help · q quit");
    }

    /** The publisher and the date, each said to be unknown when the bank does not give it. */
    static String source(Quiz q) {
        Quiz.Source s = q.source();
        String who = s == null || s.publisher() == null || s.publisher().isBlank() ? "unknown publisher" : s.publisher();
        String when = s == null || s.published() == null || s.published().isBlank() ? "no date" : s.published();
        return who + " · " + when;
    }

    /** The kinds of fact or the types of the listed banks, in order of first appearance. */
    private List<String> values(java.util.function.Function<Question, String> of) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (QuizLibrary.Entry e : entries) {
            if (e.readable()) {
                e.quiz().questions().forEach(q -> out.add(of.apply(q)));
            }
        }
        out.remove(null);
        return List.copyOf(out);
    }

    /** The byline belongs on the detail line, after the figures. */
    private static String byline(Quiz q) {
        return q.source() == null || q.source().byline() == null || q.source().byline().isBlank() ? ""
                : " · by " + q.source().byline();
    }

    private static final List<String> HELP = List.of(
            "↑ ↓        choose a quiz; Home End PgUp PgDn jump",
            "Enter      play the chosen quiz",
            "g          make a quiz from an article file or a web address",
            "n          latest news from your feeds: Enter quizzes a story",
            "e          review the chosen bank (accept, reject, edit)",
            "x          export the chosen bank (Moodle, Kahoot, Anki, paper ...)",
            "s          your stats",
            "t          study the cards that are due",
            "o          session options: questions, timer, order, kind, type",
            "p          switch player",
            "?, F1      this help",
            "q, Esc     quit");

    @Override
    public View handle(KeyStroke key, long now) {
        message = "";
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.min(Math.max(0, entries.size() - 1), selected + 1);
            case Home -> selected = 0;
            case End -> selected = Math.max(0, entries.size() - 1);
            case PageUp -> selected = Math.max(0, selected - 5);
            case PageDown -> selected = Math.min(Math.max(0, entries.size() - 1), selected + 5);
            case F1 -> {
                return new HelpView("Keys: quizzes", HELP, this);
            }
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
                if (ch == 'n') {
                    return new LatestNewsView(this, GenerateView.quizFolder(folders), runner);
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
                if (ch == 'o') {
                    return new OptionsView(this, runner, values(Question::kind), values(Question::type));
                }
                if (ch == '?') {
                    return new HelpView("Keys: quizzes", HELP, this);
                }
            }
            default -> { }
        }
        return this;
    }
}
