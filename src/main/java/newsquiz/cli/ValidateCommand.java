package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.ui.SafeText;
import newsquiz.validate.Problem;
import newsquiz.validate.QuizValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz validate QUIZ.json...`: every problem of each file, by JSON path and line:column. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks quiz files: the format, and that each answer makes sense with its question.",
                "Exit code 0: clean; 1: problems found; 2: a file could not be read."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUIZ.json", arity = "1..*", description = "Quiz files to check.")
    List<Path> files;

    @Option(names = "--article", paramLabel = "ARTICLE",
            description = "The article the quiz was made from: each evidence sentence must be in it word for word.")
    String article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String articleText = null;
        if (article != null) {
            try {
                articleText = ArticleReader.read(article).text();
            } catch (BadInputException e) {
                err.println("newsquiz: " + SafeText.line(e.getMessage()));
                return 2;
            }
        }
        int code = 0;
        for (Path file : files) {
            String text;
            try {
                text = newsquiz.io.TextFiles.read(file);
            } catch (BadInputException e) {
                err.println("newsquiz: " + SafeText.line(e.getMessage()));
                code = 2;
                continue;
            }
            List<Problem> problems = QuizValidator.check(text, articleText);
            for (Problem p : problems) {
                out.println(SafeText.line(p.describe(file.toString())));
            }
            out.println(SafeText.line(file + ": " + (problems.isEmpty() ? "ok"
                    : problems.size() + " problem" + (problems.size() == 1 ? "" : "s"))));
            if (!problems.isEmpty()) {
                code = Math.max(code, 1);
            }
        }
        return code;
    }
}
