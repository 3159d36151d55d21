package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * "Latest news": the items of the followed feeds (`newsquiz feeds`), newest first, with their source, date and
 * whether they are new; Enter fetches the chosen story, generates its quiz and plays it; w makes one quiz of the
 * newest {@value #LATEST} ({@link LatestQuizView}).
 */
final class LatestNewsView implements Backdrop {
    /** How many of the newest stories "Quiz the latest" takes: a short session's worth of news. */
    static final int LATEST = 5;
    private static final List<String> HELP = List.of(
            "↑ ↓ Home End   choose a story",
            "Enter          fetch the story, make its quiz and play it",
            "w              one quiz of the latest " + LATEST + " stories, played at once",
            "Esc or q       back to the quizzes",
            "?              this help");

    private final HomeView home;
    private final Path folder;
    private final Runner runner;
    private final List<LatestNews.Story> stories;
    private int selected;
    private String message;

    LatestNewsView(HomeView home, Path folder, Runner runner) {
        this.home = home;
        this.folder = folder;
        this.runner = runner;
        LatestNews news = LatestNews.read(runner.services());
        this.stories = news.stories();
        this.message = news.emptyMessage();
    }

    @Override
    public View withMessage(String m) {
        message = m;
        return this;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.titleBar("newsquiz · latest news", stories.size() + (stories.size() == 1 ? " story" : " stories"));
        int row = 2;
        int visible = Math.max(1, (size.getRows() - 6) / 2);
        int first = Math.max(0, Math.min(selected - visible + 1, stories.size() - visible));
        for (int i = first; i < stories.size() && i < first + visible; i++) {
            LatestNews.Story s = stories.get(i);
            c.put(1, row, (i == selected ? "▶ " : "  ") + s.title(), i == selected ? Canvas.Style.SELECTED
                    : Canvas.Style.TITLE);
            c.put(5, row + 1, s.source() + " · " + (s.date().isEmpty() ? "no date" : s.date())
                    + (s.isNew() ? " · new" : ""), Canvas.Style.DIM);
            row += 2;
        }
        c.paragraph(1, size.getRows() - 4, message, 3, Canvas.Style.BAD, null);
        c.statusBar("↑↓ choose · Enter quiz this story · w quiz the latest " + LATEST + " · ? help · Esc back");
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.min(Math.max(0, stories.size() - 1), selected + 1);
            case Home -> selected = 0;
            case End -> selected = Math.max(0, stories.size() - 1);
            case Escape -> {
                return home;
            }
            case Character -> {
                char ch = Character.toLowerCase(key.getCharacter());
                if (ch == 'q') {
                    return home;
                }
                if (ch == 'w' && !stories.isEmpty()) {
                    return new LatestQuizView(this, runner, stories.subList(0, Math.min(LATEST, stories.size()))
                            .stream().map(LatestNews.Story::link).toList(), folder, java.time.LocalDate.now(), now);
                }
                if (ch == '?') {
                    return new HelpView("Keys: latest news", HELP, this);
                }
            }
            case Enter -> {
                if (!stories.isEmpty()) {
                    return quiz(stories.get(selected).link(), now);
                }
            }
            default -> { }
        }
        return this;
    }

    /** Generates the story's quiz and plays it, asking first when a quiz of that name is already there. */
    private View quiz(String link, long now) {
        Path target = GeneratingView.target(link, folder);
        if (Files.exists(target)) {
            return new ConfirmView(target.getFileName() + " is already in " + folder + ". Replace it with a new quiz"
                    + " of this story?", this, () -> new GeneratingView(this, runner, link, folder, now, true));
        }
        return new GeneratingView(this, runner, link, folder, now, true);
    }
}
