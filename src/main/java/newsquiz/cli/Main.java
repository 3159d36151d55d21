package newsquiz.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `newsquiz SUBCOMMAND`. Wires the stages together, one subcommand each. */
@Command(name = "newsquiz", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a real news article into a comprehension quiz.",
        subcommands = {FactsCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code: 0 ok, 1 failed work, 2 bad input. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("newsquiz: internal error: " + e);
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
