package newsquiz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.review.ArticleContext;
import newsquiz.review.ReviewBank;
import newsquiz.ui.FullScreen;
import newsquiz.ui.LineSource;
import newsquiz.ui.PlainReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz review QUIZ.json [--article A] [--plain]`: a teacher reads, fixes and chooses the questions. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reviews a quiz bank question by question: accept, reject, edit, move, flag.",
                "Saving keeps the previous file as QUIZ.json.bak."})
final class ReviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUIZ.json", description = "The quiz file.")
    Path quiz;

    @Option(names = "--article", paramLabel = "ARTICLE",
            description = "The article, to show each evidence in its paragraph (default: the source file beside"
                    + " the quiz).")
    Path article;

    @Option(names = "--plain", description = "Line by line, for screen readers, dumb terminals and pipes.")
    boolean plain;

    @picocli.CommandLine.Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        Quiz q = QuizFiles.read(quiz); // unreadable: Main says why, exit 2
        ReviewBank bank = new ReviewBank(quiz, q);
        ArticleContext context = ArticleContext.find(quiz, q, article);
        java.util.Map<String, java.util.List<String>> flags = java.util.Map.of();
        try (newsquiz.store.Gradebook book = store.openForReading()) {
            flags = GradebookServices.flags(book, q.id());
        } catch (newsquiz.store.StoreException e) {
            // no gradebook (or not one newsquiz can read): review goes on without the students' flags
        }
        if (plain || !FullScreen.available()) {
            new PlainReview(LineSource.standardInput(), spec.commandLine().getOut(), bank, context, flags).run();
            return 0;
        }
        return FullScreen.review(bank, context, flags);
    }
}
