package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.store.Gradebook;
import newsquiz.store.StoreException;
import newsquiz.ui.FullScreen;
import newsquiz.ui.LineSource;
import newsquiz.ui.PlainPlayer;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz play QUIZ.json`: a session, full screen on a terminal, else (or with --plain) line by line. */
@Command(name = "play", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Plays a quiz session.")
final class PlayCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUIZ.json", description = "A quiz file made by 'newsquiz generate'.")
    Path quiz;

    @Option(names = "--plain", description = "Line by line, for screen readers, dumb terminals and pipes.")
    boolean plain;

    @Option(names = {"-n", "--count"}, defaultValue = "10", description = "Questions from the top of the bank (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--all", description = "Every question of the bank.")
    boolean all;

    @Option(names = "--shuffle", description = "Shuffle the drawn questions and their choices, per player.")
    boolean shuffle;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for --shuffle, mixed with the player's name (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "0", description = "Time limit per question (default: none).")
    int seconds;

    @Option(names = "--missed", description = "Only the questions you last answered wrong (from the gradebook).")
    boolean missed;

    @picocli.CommandLine.Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || seconds < 0) {
            err.println("newsquiz: --count must be 1 or more and --time 0 or more");
            return 2;
        }
        Quiz q = QuizFiles.read(quiz); // unreadable: Main says why, exit 2
        boolean fullScreen = !plain && FullScreen.available();
        try (Gradebook book = store.open()) {
            // the full screen asks who is playing itself, unless the questions to draw depend on the player
            String player = fullScreen && !missed ? store.knownPlayer(book) : store.player(book);
            Set<String> only = Set.of();
            if (missed) {
                only = book.missedQuestions(player, q.id());
                if (only.isEmpty()) {
                    spec.commandLine().getOut().println("No missed questions for " + SafeText.shownName(player)
                            + " in this quiz.");
                    return 0;
                }
            }
            Session.Options options = new Session.Options(all || missed ? 0 : count, shuffle, seed, only,
                    seconds * 1000L);
            GradebookServices services = new GradebookServices(book, player);
            int code;
            if (!fullScreen) {
                new PlainPlayer(LineSource.standardInput(), spec.commandLine().getOut(), System::currentTimeMillis,
                        System.console() == null, services.recorder()).play(q, options.forPlayer(player));
                code = 0;
            } else {
                code = FullScreen.play(q, options, services);
            }
            return Math.max(code, StoreOptions.afterSession(services.failures(), err));
        } catch (StoreException e) {
            err.println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
    }
}
