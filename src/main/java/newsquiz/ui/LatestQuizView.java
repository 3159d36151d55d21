package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsquiz.article.BadInputException;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import newsquiz.questions.CombinedQuiz;
import newsquiz.questions.Quiz;
import newsquiz.web.FetchException;
import newsquiz.web.PageSource;

/**
 * "Quiz the latest N": the newest stories fetched one by one off the screen's thread, each made a bank, and the
 * banks combined ({@link CombinedQuiz}) into one quiz that is written and played. A story that cannot be fetched or
 * gives no questions is skipped and counted; with none left nothing is written. Esc cancels like
 * {@link GeneratingView}: the result is dropped and nothing written.
 */
final class LatestQuizView extends BackgroundWorkView<LatestQuizView.Made> {
    private final Runner runner;
    private final Path target;
    private final String title;
    private final PageSource pages;
    private volatile String stage = "Starting";

    /** The combined quiz (null when no story gave one), the pages it was made of, and how many were skipped. */
    record Made(Quiz quiz, List<PageSource.Fetched> pages, int skipped) {
    }

    LatestQuizView(Backdrop back, Runner runner, List<String> links, Path folder, LocalDate today, long now) {
        super(back, now);
        this.runner = runner;
        this.title = "Latest news, " + today;
        this.target = folder.resolve("latest-news-" + today + ".json");
        this.pages = runner.services().pages();
        List<String> chosen = List.copyOf(links);
        start(() -> build(chosen));
    }

    private Made build(List<String> links) {
        FactExtractor extractor = new FactExtractor();
        List<PageSource.Fetched> fetched = new ArrayList<>();
        List<Facts> facts = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            stage = "Fetching story " + (i + 1) + " of " + links.size();
            try {
                PageSource.Fetched page = pages.get(links.get(i), false);
                facts.add(extractor.extract(page.page().article()));
                fetched.add(page);
            } catch (BadInputException | FetchException e) {
                // skipped: counted in the message once done
            }
        }
        stage = "Writing the questions";
        List<Quiz> banks = CombinedQuiz.banks(facts, fetched.stream().map(pages::keptName).toList(), 1);
        List<Facts> usedFacts = new ArrayList<>();
        List<Quiz> used = new ArrayList<>();
        List<PageSource.Fetched> usedPages = new ArrayList<>();
        for (int i = 0; i < banks.size(); i++) {
            if (!banks.get(i).questions().isEmpty()) { // CombinedQuiz takes non-empty banks only
                usedFacts.add(facts.get(i));
                used.add(fetched.get(i).sourced(banks.get(i)));
                usedPages.add(fetched.get(i));
            }
        }
        int skipped = links.size() - used.size();
        return new Made(used.isEmpty() ? null : CombinedQuiz.combine(usedFacts, used, 1, title), usedPages, skipped);
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        back.draw(c, size, now);
        GeneratingView.drawProgress(c, size, "Making one quiz of the latest news", stage, now - started);
    }

    @Override
    protected View failed(Throwable why) {
        return back.withMessage("Cannot make the quiz of the latest news: " + why);
    }

    @Override
    protected View done(Made made, long now) {
        String skipped = made.skipped() + (made.skipped() == 1 ? " story" : " stories")
                + " could not be fetched or gave no questions";
        if (made.quiz() == null) {
            return back.withMessage(skipped + ": nothing was written.");
        }
        String problem = GeneratingView.write(made.quiz(), target, made.pages(), pages);
        if (problem != null) {
            return back.withMessage(problem);
        }
        View session = runner.startSession(made.quiz(), now);
        return made.skipped() == 0 ? session : new HelpView("Latest news", List.of(skipped + ": skipped.",
                "Wrote " + made.quiz().questions().size() + " questions to " + target.getFileName()), session);
    }
}
