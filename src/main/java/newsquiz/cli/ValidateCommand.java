package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
                text = read(file);
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

    /** The file's text; a file that is not there, not readable or not UTF-8 text cannot be checked at all. */
    private static String read(Path file) throws BadInputException {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a folder, not a quiz file");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new BadInputException(file + ": a binary file, not a quiz file");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }
}
