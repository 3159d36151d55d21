package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.facts.FactExtractor;
import newsquiz.questions.QuestionGenerator;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;

/**
 * A quiz being generated from the home screen: the work runs off the screen's thread, so the screen shows which
 * stage it is at and for how long, Esc cancels (the result is dropped, nothing is written), and keys pressed
 * meanwhile are dropped rather than run afterwards. The quiz is written here, on the screen's thread, once done.
 */
final class GeneratingView implements View {
    private static final String SPINNER = "|/-\\";

    private final GenerateView back;
    private final Runner runner;
    private final String name;
    private final Path target;
    private final long started;
    private final CompletableFuture<Quiz> work;
    private volatile String stage = "Reading the article";

    GeneratingView(GenerateView back, Runner runner, String article, Path folder, long now) {
        this.back = back;
        this.runner = runner;
        Path file = Path.of(article).getFileName();
        this.name = file == null ? article : file.toString();
        this.target = folder.resolve(name.replaceFirst("\\.[^.]+$", "") + ".json");
        this.started = now;
        this.work = CompletableFuture.supplyAsync(() -> build(article));
    }

    private Quiz build(String article) {
        try {
            var text = ArticleReader.read(article);
            stage = "Finding the facts";
            var facts = new FactExtractor().extract(text);
            stage = "Writing the questions";
            return QuestionGenerator.generate(facts, 1, null, name);
        } catch (BadInputException e) {
            throw new CompletionException(e);
        }
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        back.draw(c, size, now);
        int row = size.getRows() - 6;
        for (int r = row; r < size.getRows(); r++) {
            c.fillRow(r, Canvas.Style.NORMAL);
        }
        c.put(1, row, "Generating a quiz from " + name, Canvas.Style.TITLE);
        c.put(1, row + 1, SPINNER.charAt((int) (Math.max(0, now - started) / 250 % SPINNER.length())) + " " + stage
                + "… " + Math.max(0, now - started) / 1000 + " s", Canvas.Style.HIGHLIGHT);
        c.put(1, size.getRows() - 1, "Esc: cancel", Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        if (key.getKeyType() == KeyType.Escape) {
            work.cancel(true);
            return back.withMessage("Cancelled: nothing was written.");
        }
        return this; // a key pressed while the work runs is dropped, never run afterwards
    }

    @Override
    public boolean animated() {
        return true;
    }

    @Override
    public View tick(long now) {
        if (!work.isDone()) {
            return this;
        }
        try {
            Quiz quiz = work.join();
            if (quiz.questions().isEmpty()) {
                return back.withMessage(QuizFiles.nothingToAsk(name));
            }
            if (newsquiz.review.ReviewedBanks.isReviewed(target)) {
                return back.withMessage(target + " holds a reviewed bank: not overwritten.");
            }
            QuizFiles.write(quiz, target);
            View next = runner.home();
            return next instanceof HomeView h ? h.withMessage("Wrote " + quiz.questions().size()
                    + " questions to " + target) : next;
        } catch (CompletionException e) {
            return back.withMessage(e.getCause() instanceof BadInputException bad ? bad.getMessage()
                    : "Cannot generate from " + name + ": " + e.getCause());
        } catch (IOException e) {
            return back.withMessage("Cannot write the quiz: " + newsquiz.article.TextFiles.reason(e));
        }
    }
}
