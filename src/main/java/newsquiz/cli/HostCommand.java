package newsquiz.cli;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.io.DataFolder;
import newsquiz.live.HostConsole;
import newsquiz.live.LiveGame;
import newsquiz.live.LiveGradebook;
import newsquiz.live.LiveHost;
import newsquiz.live.LiveServer;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.store.Gradebook;
import newsquiz.store.StoreException;
import newsquiz.ui.FullScreen;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz host QUIZ.json`: a live class quiz; students join over SSH, the teacher's screen runs the game. */
@Command(name = "host", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Hosts a live class quiz: students join with 'ssh -p PORT NAME@HOST' and the join code.",
                "Results go into the gradebook, one attempt per student."})
final class HostCommand implements Callable<Integer> {
    /** How long the students' screens get to be put back before the server stops. */
    private static final long GOODBYE_MILLIS = 2_000;

    @Parameters(paramLabel = "QUIZ.json", description = "A quiz file made by 'newsquiz generate'.")
    Path quiz;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222", description = "The SSH port students join on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: every address of this computer).")
    String bind;

    @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "20", description = "Time per question (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--code", paramLabel = "CODE", description = "The join code (default: 6 random digits).")
    String code;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "10", description = "Questions from the top of the bank (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--all", description = "Every question of the bank that has choices.")
    boolean all;

    @Option(names = "--max-players", paramLabel = "N", defaultValue = "300", description = "The most students who may join (default ${DEFAULT-VALUE}).")
    int maxPlayers;

    @picocli.CommandLine.Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, BadInputException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String problem = check();
        if (problem != null) {
            err.println("newsquiz: " + problem);
            return 2;
        }
        Quiz q = QuizFiles.read(quiz); // unreadable: Main says why, exit 2
        List<Question> questions = LiveGame.playable(q, all ? 0 : count);
        if (questions.isEmpty()) {
            err.println("newsquiz: " + SafeText.line(quiz.toString()) + ": no question with choices to play live");
            return 2;
        }
        if (!FullScreen.available()) {
            err.println("newsquiz: host needs a terminal for the teacher's screen");
            return 2;
        }
        String joinCode = code != null ? code : String.format("%06d", new SecureRandom().nextInt(1_000_000));
        try (Gradebook book = store.open()) {
            LiveGradebook recording = new LiveGradebook(book, q, questions.size());
            LiveGame game = new LiveGame(q, questions, seconds * 1000L, maxPlayers, recording);
            List<LiveGame.Standing> podium;
            try (LiveHost host = new LiveHost(game, System::currentTimeMillis)) {
                LiveServer server;
                try {
                    server = LiveServer.start(LiveServer.Settings.of(bind, port, joinCode,
                            DataFolder.path().resolve("live-host-key"), maxPlayers), host, LiveServer.guard());
                } catch (IOException e) {
                    err.println("newsquiz: cannot listen on " + SafeText.line(bind) + " port " + port + ": "
                            + SafeText.line(String.valueOf(e.getMessage())));
                    return 1;
                }
                host.start();
                try (server) {
                    String join = "ssh -p " + server.port() + " NAME@" + shownHost(bind);
                    try {
                        runScreen(host, join, joinCode, server.fingerprint());
                    } catch (IOException e) {
                        err.println("newsquiz: the terminal failed: " + SafeText.line(e.getMessage()));
                    }
                    podium = host.withGame(g -> {
                        g.end(host.now()); // every answer given is kept, even if the screen failed
                        return g.leaderboard();
                    });
                    host.sayGoodbye(GOODBYE_MILLIS);
                } catch (IOException e) {
                    podium = host.withGame(LiveGame::leaderboard); // the server failed to stop: nothing is lost
                }
            } finally {
                recording.close();
            }
            out.println("Live quiz: " + SafeText.line(q.title()));
            for (LiveGame.Standing s : podium) {
                out.println(String.format("%3d. %s  %d", s.rank(), SafeText.shownName(s.name()), s.score()));
            }
            out.println("Results are in the gradebook: newsquiz report --quiz " + SafeText.line(quiz.toString()));
            return StoreOptions.afterSession(recording.failures(), err);
        } catch (StoreException e) {
            err.println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
    }

    private String check() {
        if (port < 0 || port > 65535) {
            return "--port must be between 0 (any free port) and 65535";
        }
        if (seconds < 5 || seconds > 3600) {
            return "--time must be between 5 and 3600 seconds";
        }
        if (count < 1 || maxPlayers < 1 || maxPlayers > 1000) {
            return "--count must be 1 or more and --max-players between 1 and 1000";
        }
        if (code != null && !code.matches("[A-Za-z0-9-]{4,32}")) {
            return "--code must be 4 to 32 letters, digits or dashes";
        }
        return null;
    }

    private static void runScreen(LiveHost host, String join, String code, String fingerprint)
            throws IOException, InterruptedException {
        try (Terminal terminal = FullScreen.textTerminal()) {
            Screen screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null);
            try {
                HostConsole.of(screen, host, join, code, fingerprint).run();
            } finally {
                screen.stopScreen();
            }
        }
    }

    /** The address students type: the one bound, else this computer's first local network address. */
    static String shownHost(String bind) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return bind.contains(":") ? "[" + bind + "]" : bind;
        }
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (SocketException | java.net.UnknownHostException e) {
            return "HOST";
        }
    }
}
