package newsquiz.cli;

import java.io.PrintWriter;
import newsquiz.ui.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `newsquiz SUBCOMMAND`. Wires the stages together, one subcommand each. */
@Command(name = "newsquiz", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Turns a real news article into a comprehension quiz.",
                "With no command: the home screen over the bundled quiz banks."},
        subcommands = {PlayCommand.class, StudyCommand.class, StatsCommand.class, ReportCommand.class,
                FactsCommand.class, GenerateCommand.class, ValidateCommand.class, ExportCommand.class, ImportCommand.class, ReviewCommand.class,
                HostCommand.class, FeedsCommand.class, BenchCommand.class, WarmupCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--quizzes", paramLabel = "DIR", description = "Another folder of quiz banks to list.")
    java.util.List<java.nio.file.Path> quizFolders = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--plain", description = "Line by line, for screen readers, dumb terminals and pipes.")
    boolean plain;

    @CommandLine.Mixin
    StoreOptions store;

    /** With no subcommand: the home screen over the bundled quizzes (and --quizzes folders). */
    @Override
    public Integer call() {
        // generated quizzes go to the first folder: a --quizzes folder, else the player's own, never the bundle
        java.util.List<java.nio.file.Path> folders = new java.util.ArrayList<>(quizFolders);
        folders.add(newsquiz.ui.QuizLibrary.userFolder());
        folders.add(newsquiz.ui.QuizLibrary.bundledFolder());
        newsquiz.session.Session.Options options = newsquiz.session.Session.Options.defaults();
        boolean fullScreen = !plain && newsquiz.ui.FullScreen.available();
        try (newsquiz.store.Gradebook book = store.open()) {
            // the full screen asks who is playing inside itself (a picker of the known players)
            GradebookServices services = new GradebookServices(book, fullScreen ? store.knownPlayer(book)
                    : store.player(book));
            int code = 0;
            if (!fullScreen) {
                new newsquiz.ui.PlainHome(newsquiz.ui.LineSource.standardInput(), spec.commandLine().getOut(),
                        System::currentTimeMillis, services).run(folders, options);
            } else {
                code = newsquiz.ui.FullScreen.home(folders, options, services);
            }
            return Math.max(code, StoreOptions.afterSession(services.failures(), spec.commandLine().getErr()));
        } catch (newsquiz.store.StoreException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            System.exit(run(args, new PrintWriter(System.out, true), err));
        } catch (Error e) {
            // a broken installation (a class that fails to load): a message, not a stack trace
            err.println("newsquiz: internal error: " + SafeText.line(String.valueOf(e)));
            System.exit(1);
        }
    }

    /** Runs the command line with the given streams and returns the exit code: 0 ok, 1 failed work, 2 bad input. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setAllowSubcommandsAsOptionParameters(true); // a player may be called "study"
        // picocli's own messages echo the arguments (a file name from a glob may hold escapes): print them cleaned
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr())) {
                c.usage(c.getErr());
            }
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof newsquiz.article.BadInputException) {
                // bad input a command did not catch itself (an unreadable quiz file): its message, exit 2
                commandLine.getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
                return 2;
            }
            commandLine.getErr().println("newsquiz: internal error: " + SafeText.line(String.valueOf(e)));
            if (System.getenv("NEWSQUIZ_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }

    /** The version every subcommand's --version prints. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsquiz " + VERSION};
        }
    }
}
