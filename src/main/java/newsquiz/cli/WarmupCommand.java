package newsquiz.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.ArticleReader;
import newsquiz.facts.FactExtractor;
import newsquiz.questions.QuestionGenerator;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.store.Gradebook;
import newsquiz.store.Reports;
import newsquiz.ui.QuizLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden: runs each part of the app once (generate an article, open a gradebook, draw the screens on a virtual
 * terminal) so that `make build` can record the classes a start-up loads in a class-data archive.
 */
@Command(name = "warmup", hidden = true, description = "Loads every part once, for the class-data archive.")
final class WarmupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE")
    Path article;

    @Override
    public Integer call() throws Exception {
        var quiz = QuestionGenerator.generate(new FactExtractor().extract(ArticleReader.read(article.toString())), 1,
                null, article.getFileName().toString());
        Path dir = Files.createTempDirectory("newsquiz-warmup");
        try {
            QuizFiles.write(quiz, dir.resolve("q.json"));
            QuizLibrary.scan(List.of(dir));
            try (Gradebook book = Gradebook.open(dir.resolve("g.db").toString())) {
                GradebookServices services = new GradebookServices(book, "warmup");
                new Reports(book).stats("warmup", null);
                DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
                TerminalScreen screen = new TerminalScreen(terminal);
                screen.startScreen();
                newsquiz.ui.Warmup.drawScreens(screen, List.of(dir), quiz, Session.Options.defaults(), services);
                screen.stopScreen();
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
