package newsquiz.store;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;

/**
 * Every answer, kept: players, quizzes, attempts and answers in SQLite (a file in the user's data folder by
 * default) or PostgreSQL (a JDBC URL, for a school's server), with the same schema and code. Each answer is
 * committed as it is given. Versioned migrations keep existing data. A damaged file or another program's database
 * is refused and never written to.
 */
public final class Gradebook implements AutoCloseable {
    /** The schema this code writes; {@link #MIGRATIONS} index i takes a database from version i to i + 1. */
    static final int VERSION = 2;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Gson GSON = new Gson();

    private final Connection db;
    private final String label;
    private final boolean postgres;

    private Gradebook(Connection db, String label, boolean postgres) {
        this.db = db;
        this.label = label;
        this.postgres = postgres;
    }

    /** $NEWSQUIZ_DB, else $XDG_DATA_HOME/newsquiz/newsquiz.db, else ~/.local/share/newsquiz/newsquiz.db. */
    public static String defaultLocation() {
        String env = System.getenv("NEWSQUIZ_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return newsquiz.io.DataFolder.path().resolve("newsquiz.db").toString();
    }

    /** Opens (creating or migrating) the gradebook at a file path or a JDBC URL. */
    public static Gradebook open(String location) throws StoreException {
        boolean url = location.startsWith("jdbc:");
        boolean postgres = location.startsWith("jdbc:postgresql:");
        String label = url ? location.replaceAll("password=[^&]*", "password=…") : location;
        if (!url) {
            checkSqliteFile(Path.of(location));
        }
        try {
            Connection c = DriverManager.getConnection(url ? location : "jdbc:sqlite:" + location);
            Gradebook g = new Gradebook(c, label, postgres);
            g.prepare();
            return g;
        } catch (SQLException e) {
            throw new StoreException(label + ": cannot open the gradebook: " + e.getMessage(), e);
        }
    }

    /** A file that exists must be an SQLite database: anything else is left as it is. */
    private static void checkSqliteFile(Path file) throws StoreException {
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file + ": is a folder, not a gradebook file");
            }
            if (Files.exists(file) && Files.size(file) > 0) {
                byte[] head = new byte[SQLITE_MAGIC.length];
                try (InputStream in = Files.newInputStream(file)) {
                    int n = in.readNBytes(head, 0, head.length);
                    if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                        throw new StoreException(file + ": not an SQLite database (damaged, or another kind of"
                                + " file); newsquiz leaves it as it is. Move it away or choose another with --db.");
                    }
                }
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot use the gradebook file: " + e.getMessage(), e);
        }
    }

    /** Settings first, then a read-only look at what is there, and only then anything that writes. */
    private void prepare() throws SQLException, StoreException {
        Set<String> tables;
        try {
            if (!postgres) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 10000");
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
            tables = tables();
        } catch (SQLException e) {
            throw new StoreException(label + ": not a usable database (" + e.getMessage()
                    + "); newsquiz leaves it as it is.", e);
        }
        if (!tables.contains("schema_version") && !tables.isEmpty()) {
            throw new StoreException(label + ": this database belongs to another program (it has tables but no"
                    + " newsquiz schema); newsquiz leaves it as it is. Choose another with --db.");
        }
        if (!postgres) {
            // WAL: a student can keep playing while a teacher runs a report
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode = WAL")) {
                r.next();
            }
        }
        migrate(tables);
    }

    /** Brings the schema to {@link #VERSION}, one step at a time, each step in a transaction. */
    private void migrate(Set<String> tables) throws SQLException, StoreException {
        int version;
        if (!tables.contains("schema_version")) {
            version = 0;
        } else {
            version = scalarInt("SELECT MAX(version) FROM schema_version");
        }
        if (version > VERSION) {
            throw new StoreException(label + ": made by a newer newsquiz (schema " + version + ", this one knows "
                    + VERSION + "); it is left as it is.");
        }
        for (int v = version; v < VERSION; v++) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : migration(v)) {
                    s.execute(sql);
                }
                s.execute(v == 0 ? "INSERT INTO schema_version (version) VALUES (1)"
                        : "UPDATE schema_version SET version = " + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** The statements that take the schema from version {@code v} to {@code v + 1}. */
    List<String> migration(int v) {
        String id = postgres ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT";
        return switch (v) {
            case 0 -> List.of(
                    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                    "CREATE TABLE players (id " + id + ", name TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL)",
                    "CREATE TABLE quizzes (id TEXT PRIMARY KEY, title TEXT NOT NULL, checksum TEXT, file TEXT,"
                            + " question_count INTEGER NOT NULL)",
                    "CREATE TABLE questions (quiz_id TEXT NOT NULL REFERENCES quizzes(id), question_id TEXT NOT NULL,"
                            + " kind TEXT NOT NULL, type TEXT NOT NULL, prompt TEXT NOT NULL, body TEXT NOT NULL,"
                            + " PRIMARY KEY (quiz_id, question_id))",
                    "CREATE TABLE attempts (id " + id + ", player_id BIGINT NOT NULL REFERENCES players(id),"
                            + " quiz_id TEXT NOT NULL REFERENCES quizzes(id), started_at BIGINT NOT NULL,"
                            + " finished_at BIGINT, total INTEGER NOT NULL)",
                    "CREATE TABLE answers (id " + id + ", attempt_id BIGINT NOT NULL REFERENCES attempts(id),"
                            + " question_id TEXT NOT NULL, given TEXT NOT NULL, correct INTEGER NOT NULL,"
                            + " timed_out INTEGER NOT NULL, millis BIGINT NOT NULL, points INTEGER NOT NULL,"
                            + " answered_at BIGINT NOT NULL)",
                    "CREATE INDEX answers_by_attempt ON answers (attempt_id)",
                    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            case 1 -> List.of(
                    "ALTER TABLE answers ADD COLUMN almost INTEGER NOT NULL DEFAULT 0",
                    "CREATE TABLE cards (player_id BIGINT NOT NULL REFERENCES players(id), quiz_id TEXT NOT NULL,"
                            + " question_id TEXT NOT NULL, stability DOUBLE PRECISION NOT NULL,"
                            + " difficulty DOUBLE PRECISION NOT NULL, due BIGINT NOT NULL, last_review BIGINT NOT NULL,"
                            + " reps INTEGER NOT NULL, lapses INTEGER NOT NULL,"
                            + " PRIMARY KEY (player_id, quiz_id, question_id))");
            default -> throw new IllegalArgumentException("no migration from version " + v);
        };
    }

    int schemaVersion() throws SQLException {
        return scalarInt("SELECT MAX(version) FROM schema_version");
    }

    private Set<String> tables() throws SQLException {
        Set<String> out = new HashSet<>();
        String sql = postgres ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private int scalarInt(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = statement(sql, args); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    PreparedStatement statement(String sql, Object... args) throws SQLException {
        PreparedStatement p = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
        return p;
    }

    private void update(String sql, Object... args) throws StoreException {
        try (PreparedStatement p = statement(sql, args)) {
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    StoreException failure(SQLException e) {
        return new StoreException(label + ": the gradebook failed: " + e.getMessage(), e);
    }

    Connection connection() {
        return db;
    }

    // ---- players ----

    /** The player's id, creating the player on first use. */
    public long player(String name, long now) throws StoreException {
        String n = name.strip();
        if (n.isEmpty()) {
            throw new StoreException("a player needs a name");
        }
        update("INSERT INTO players (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", n, now);
        try (PreparedStatement p = statement("SELECT id FROM players WHERE name = ?", n); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public List<String> players() throws StoreException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = statement("SELECT name FROM players ORDER BY name"); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    public Optional<String> lastPlayer() throws StoreException {
        try (PreparedStatement p = statement("SELECT value FROM settings WHERE key = 'last_player'");
             ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void rememberPlayer(String name) throws StoreException {
        update("INSERT INTO settings (key, value) VALUES ('last_player', ?) ON CONFLICT (key) DO UPDATE SET value ="
                + " excluded.value", name.strip());
    }

    // ---- attempts and answers ----

    /** Records the quiz (and its questions, so study works without the file) and opens an attempt. */
    public long startAttempt(long playerId, Quiz quiz, int total, long now) throws StoreException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement p = statement("INSERT INTO quizzes (id, title, checksum, file, question_count)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                    + " question_count = excluded.question_count", quiz.id(), quiz.title(),
                    quiz.source() == null ? null : quiz.source().checksum(),
                    quiz.source() == null ? null : quiz.source().file(), quiz.questions().size())) {
                p.executeUpdate();
            }
            for (Question q : quiz.questions()) {
                try (PreparedStatement p = statement("INSERT INTO questions (quiz_id, question_id, kind, type, prompt,"
                        + " body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (quiz_id, question_id) DO UPDATE SET"
                        + " body = excluded.body, prompt = excluded.prompt", quiz.id(), q.id(), q.kind(), q.type(),
                        q.prompt(), GSON.toJson(q))) {
                    p.executeUpdate();
                }
            }
            long id;
            try (PreparedStatement p = statement("INSERT INTO attempts (player_id, quiz_id, started_at, total)"
                    + " VALUES (?, ?, ?, ?) RETURNING id", playerId, quiz.id(), now, total);
                 ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            db.commit();
            return id;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            throw failure(e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection fails the next call
            }
        }
    }

    /** Commits one answer at once; a miss also puts the question in the player's study deck. */
    public void recordAnswer(long attemptId, long playerId, String quizId, Session.Outcome o, long now)
            throws StoreException {
        update("INSERT INTO answers (attempt_id, question_id, given, correct, timed_out, millis, points, answered_at,"
                        + " almost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", attemptId, o.question().id(),
                String.join(" | ", o.given()), o.verdict().correct() ? 1 : 0, o.timedOut() ? 1 : 0, o.millis(),
                o.points(), now, o.verdict().almost() ? 1 : 0);
        if (!o.verdict().correct()) {
            update("INSERT INTO cards (player_id, quiz_id, question_id, stability, difficulty, due, last_review, reps,"
                    + " lapses) VALUES (?, ?, ?, 0, 0, ?, 0, 0, 0) ON CONFLICT (player_id, quiz_id, question_id)"
                    + " DO UPDATE SET due = excluded.due", playerId, quizId, o.question().id(), now);
        }
    }

    public void finishAttempt(long attemptId, long now) throws StoreException {
        update("UPDATE attempts SET finished_at = ? WHERE id = ?", now, attemptId);
    }

    /** Questions of the quiz whose latest answer by the player was wrong: what `play --missed` draws. */
    public Set<String> missedQuestions(String player, String quizId) throws StoreException {
        Set<String> out = new HashSet<>();
        String sql = "SELECT a.question_id, a.correct FROM answers a JOIN attempts t ON t.id = a.attempt_id"
                + " JOIN players p ON p.id = t.player_id WHERE p.name = ? AND t.quiz_id = ? ORDER BY a.answered_at, a.id";
        try (PreparedStatement p = statement(sql, player, quizId); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                if (r.getInt(2) == 0) {
                    out.add(r.getString(1));
                } else {
                    out.remove(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    // ---- study ----

    /** A study card: the question it shows and its memory state. */
    public record Card(String quizId, String quizTitle, Question question, Fsrs.State state) {
    }

    public List<Card> dueCards(String player, long now) throws StoreException {
        List<Card> out = new ArrayList<>();
        String sql = "SELECT c.quiz_id, z.title, q.body, c.stability, c.difficulty, c.due, c.last_review, c.reps,"
                + " c.lapses FROM cards c JOIN players p ON p.id = c.player_id JOIN quizzes z ON z.id = c.quiz_id"
                + " JOIN questions q ON q.quiz_id = c.quiz_id AND q.question_id = c.question_id"
                + " WHERE p.name = ? AND c.due <= ? ORDER BY c.due, c.quiz_id, c.question_id";
        try (PreparedStatement p = statement(sql, player, now); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Question q = GSON.fromJson(r.getString(3), Question.class);
                out.add(new Card(r.getString(1), r.getString(2), q, new Fsrs.State(r.getDouble(4), r.getDouble(5),
                        r.getLong(6), r.getLong(7), r.getInt(8), r.getInt(9))));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    public int dueCount(String player, long now) throws StoreException {
        try {
            return scalarInt("SELECT COUNT(*) FROM cards c JOIN players p ON p.id = c.player_id WHERE p.name = ?"
                    + " AND c.due <= ?", player, now);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Stores a card's review and returns its new state. */
    public Fsrs.State review(String player, Card card, Fsrs.Rating rating, long now) throws StoreException {
        Fsrs.State next = Fsrs.review(card.state(), rating, now);
        update("UPDATE cards SET stability = ?, difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?"
                        + " WHERE player_id = (SELECT id FROM players WHERE name = ?) AND quiz_id = ? AND question_id = ?",
                next.stability(), next.difficulty(), next.due(), next.lastReview(), next.reps(), next.lapses(), player,
                card.quizId(), card.question().id());
        return next;
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing: nothing left to lose, every answer was committed as it came
        }
    }
}
