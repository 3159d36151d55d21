package newsquiz.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Quiz;
import newsquiz.store.Gradebook;
import newsquiz.store.StoreException;

/** A live class on loopback for the tests: the game, its gradebook (SQLite in a temporary folder) and the server. */
final class LiveFixture implements AutoCloseable {
    static final String CODE = "482913";

    final Path folder;
    final Gradebook book;
    final LiveGradebook recording;
    final LiveGame game;
    final LiveHost host;
    final LiveServer server;

    LiveFixture(Quiz quiz, int questions, long timeMillis, int maxPlayers) throws IOException, StoreException {
        this(quiz, questions, timeMillis, maxPlayers, s -> s);
    }

    LiveFixture(Quiz quiz, int questions, long timeMillis, int maxPlayers,
                java.util.function.UnaryOperator<LiveServer.Settings> settings) throws IOException, StoreException {
        folder = Files.createTempDirectory("newsquiz-live");
        book = Gradebook.open(folder.resolve("grades.db").toString());
        List<newsquiz.questions.Question> qs = LiveGame.playable(quiz, questions);
        recording = new LiveGradebook(book, quiz, qs.size());
        game = new LiveGame(quiz, qs, timeMillis, maxPlayers, recording);
        host = new LiveHost(game, System::currentTimeMillis);
        host.start();
        server = LiveServer.start(settings.apply(LiveServer.Settings.of("127.0.0.1", 0, CODE, folder.resolve("host-key"),
                maxPlayers)), host, LiveServer.guard());
    }

    int port() {
        return server.port();
    }

    void next() {
        host.withGame(g -> {
            g.next(host.now());
            return null;
        });
    }

    LiveGame.Phase phase() {
        return host.withGame(LiveGame::phase);
    }

    /** Waits (bounded) until the game reaches a phase: the tests' only polling, on the game, never on time. */
    void awaitPhase(LiveGame.Phase phase) throws InterruptedException {
        long end = System.currentTimeMillis() + SshStudent.WAIT.toMillis();
        while (phase() != phase) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the game never reached " + phase + "; it is " + phase());
            }
            Thread.sleep(10);
        }
    }

    /** Rows of "player|question|given|correct|timed out" as stored, in order. */
    List<String> storedAnswers() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("grades.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT p.name, a.question_id, a.given, a.correct, a.timed_out"
                     + " FROM answers a JOIN attempts t ON t.id = a.attempt_id JOIN players p ON p.id = t.player_id"
                     + " ORDER BY p.name, a.id")) {
            while (r.next()) {
                out.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getInt(4) + "|"
                        + r.getInt(5));
            }
        }
        return out;
    }

    int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("grades.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Ends the game and waits for the gradebook to have every write. */
    void finish() {
        host.withGame(g -> {
            g.end(host.now());
            return null;
        });
        recording.close();
    }

    @Override
    public void close() throws IOException {
        server.close();
        host.close();
        recording.close();
        book.close();
    }
}
