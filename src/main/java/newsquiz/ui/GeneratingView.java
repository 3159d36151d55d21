package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.facts.FactExtractor;
import newsquiz.questions.QuestionGenerator;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.web.FetchException;
import newsquiz.web.PageSource;
import newsquiz.web.WebArticle;

/**
 * A quiz being generated from the home screen: the work runs off the screen's thread, so the screen shows which
 * stage it is at and for how long, Esc cancels (the result is dropped, nothing is written), and keys pressed
 * meanwhile are dropped rather than run afterwards. The quiz is written here, on the screen's thread, once done.
 */
final class GeneratingView extends BackgroundWorkView<GeneratingView.Made> {
    private static final String SPINNER = "|/-\\";

    /** Play the quiz once made (a story from the latest news), rather than list it on the home screen. */
    private final boolean play;
    private final Runner runner;
    private final String name;
    private final Path target;
    private final PageSource pages;
    private volatile String stage;

    /** The quiz made, and the web page it was made from (null for a file), kept only once the quiz is written. */
    record Made(Quiz quiz, PageSource.Fetched page) {
    }

    GeneratingView(Backdrop back, Runner runner, String article, Path folder, long now) {
        this(back, runner, article, folder, now, false);
    }

    GeneratingView(Backdrop back, Runner runner, String article, Path folder, long now, boolean play) {
        super(back, now);
        this.play = play;
        this.runner = runner;
        this.name = name(article);
        this.target = target(article, folder);
        this.stage = WebArticle.isAddress(article) ? "Fetching the page" : "Reading the article";
        this.pages = runner.services().pages();
        start(() -> build(article, pages));
    }

    /** The article's file name, as the quiz names it (a web address's last part). */
    static String name(String article) {
        if (WebArticle.isAddress(article)) {
            try {
                return WebArticle.slug(java.net.URI.create(article.strip()));
            } catch (IllegalArgumentException e) {
                return article; // not an address after all: the work says so
            }
        }
        Path file = Path.of(article).getFileName();
        return file == null ? article : file.toString();
    }

    /** Where the quiz of this article goes: its name with .json, in the folder. */
    static Path target(String article, Path folder) {
        return folder.resolve(name(article).replaceFirst("\\.[^.]+$", "") + ".json");
    }

    private Made build(String article, PageSource pages) {
        try {
            return make(article, pages, name, done -> stage = done);
        } catch (BadInputException | FetchException e) {
            throw new CompletionException(e);
        }
    }

    /** Reads (or fetches) the article and makes its quiz, telling each stage as it starts. */
    static Made make(String article, PageSource pages, String name, java.util.function.Consumer<String> stage)
            throws BadInputException, FetchException {
        PageSource.Fetched page = WebArticle.isAddress(article) ? pages.get(article, false) : null;
        var text = page != null ? page.page().article() : ArticleReader.read(article);
        stage.accept("Finding the facts");
        var facts = new FactExtractor().extract(text);
        stage.accept("Writing the questions");
        Quiz quiz = QuestionGenerator.generate(facts, 1, null, page != null ? pages.keptName(page) : name);
        return new Made(page == null ? quiz : page.sourced(quiz), page);
    }

    /**
     * Writes the made quiz whole to the target and keeps its page; null when written, else why not (no questions,
     * a reviewed bank there, a disk's refusal), with nothing written.
     */
    static String save(Made made, String name, Path target, PageSource pages) {
        if (made.quiz().questions().isEmpty()) {
            return QuizFiles.nothingToAsk(name);
        }
        return write(made.quiz(), target, made.page() == null ? List.of() : List.of(made.page()), pages);
    }

    /**
     * Writes a quiz whole to the target and keeps the pages it was made of; null when written, else why not (a
     * reviewed bank there, a disk's refusal), with nothing written.
     */
    static String write(Quiz quiz, Path target, List<PageSource.Fetched> madeOf, PageSource pages) {
        if (newsquiz.review.ReviewedBanks.isReviewed(target)) {
            return target + " holds a reviewed bank: not overwritten.";
        }
        try {
            for (PageSource.Fetched page : madeOf) {
                pages.keep(page);
            }
            QuizFiles.write(quiz, target);
            return null;
        } catch (IOException e) {
            return "Cannot write the quiz: " + newsquiz.article.TextFiles.reason(e);
        }
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        back.draw(c, size, now);
        drawProgress(c, size, "Generating a quiz from " + name, stage, now - started);
    }

    /** The work's panel at the foot of the screen behind: what is made, its stage, a spinner and the seconds. */
    static void drawProgress(Canvas c, TerminalSize size, String heading, String stage, long elapsed) {
        int row = size.getRows() - 6;
        for (int r = row; r < size.getRows(); r++) {
            c.fillRow(r, Canvas.Style.NORMAL);
        }
        c.put(1, row, heading, Canvas.Style.TITLE);
        c.put(1, row + 1, SPINNER.charAt((int) (Math.max(0, elapsed) / 250 % SPINNER.length())) + " " + stage
                + "… " + Math.max(0, elapsed) / 1000 + " s", Canvas.Style.HIGHLIGHT);
        c.put(1, size.getRows() - 1, "Esc: cancel", Canvas.Style.DIM);
    }

    @Override
    protected View failed(Throwable why) {
        return back.withMessage(why instanceof BadInputException || why instanceof FetchException
                ? why.getMessage() : "Cannot generate from " + name + ": " + why);
    }

    @Override
    protected View done(Made made, long now) {
        String problem = save(made, name, target, pages);
        if (problem != null) {
            return back.withMessage(problem);
        }
        if (play) {
            return runner.startSession(made.quiz(), now);
        }
        View next = runner.home();
        return next instanceof HomeView h ? h.select(target).withMessage("Enter plays it: wrote "
                + made.quiz().questions().size() + " questions to " + target) : next;
    }
}
