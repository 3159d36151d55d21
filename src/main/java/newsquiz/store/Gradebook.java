package newsquiz.store;

import com.google.gson.Gson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
    /** The schema this code writes (see {@link Schema}). */
    static final int VERSION = Schema.VERSION;
    private static final Gson GSON = new Gson();
    private static final int BUSY_RETRIES = 50;

    private final Connection db;
    private final String label;
    private final boolean postgres;
    /** What the database was when opened, and whether it was already at {@link #VERSION}. */
    private Schema.Found found;
    private boolean current;

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

    /** Opens (creating or migrating) the gradebook at a file path or a JDBC URL, to play in. */
    public static Gradebook open(String location) throws StoreException {
        return open(location, false);
    }

    /**
     * Opens the gradebook only to read it (stats, reports): an SQLite file is opened read-only, so a gradebook in a
     * folder the user cannot write to still reads, and one not made yet reads as empty (nothing is made on disk).
     * A gradebook of an older schema is upgraded first, which needs write access.
     */
    public static Gradebook openForReading(String location) throws StoreException {
        return open(location, true, null);
    }

    private static Gradebook open(String location, boolean reading) throws StoreException {
        return open(location, reading, null);
    }

    /** {@code folderWritable}: null to ask the file system (tests say false, since root may write anywhere). */
    static Gradebook open(String location, boolean reading, Boolean folderWritable) throws StoreException {
        boolean url = location.startsWith("jdbc:");
        String label = url ? location.replaceAll("password=[^&]*", "password=…") : location;
        if (url) {
            return connect(location, new Properties(), label, location.startsWith("jdbc:postgresql:"), false);
        }
        Path file = Path.of(location);
        boolean nothingYet = SqliteFile.checkBeforeOpening(file);
        if (reading && nothingYet) {
            return empty(label);
        }
        if (!nothingYet && !SqliteFile.inUse(file)) {
            // a first look that makes nothing beside the file, so a database that is not ours is refused untouched
            connect(SqliteFile.immutableUrl(file), SqliteFile.readOnly(), label, false, true).close();
        }
        if (reading) {
            boolean writable = folderWritable != null ? folderWritable : SqliteFile.folderWritable(file);
            Gradebook g = connect(SqliteFile.readOnlyUrl(file, writable), SqliteFile.readOnly(), label, false, true);
            if (g.current) {
                return g;
            }
            g.close();
            if (g.found.kind() == Schema.Kind.EMPTY) {
                return empty(label);
            }
            if (!writable || !Files.isWritable(file)) {
                throw new StoreException(label + ": made by an older newsquiz (schema " + g.found.version()
                        + "); it is upgraded the first time newsquiz can write to it (play once, or ask who owns"
                        + " the folder).");
            }
        } else if (nothingYet) {
            SqliteFile.makeFolder(file);
        }
        return connect("jdbc:sqlite:" + file, new Properties(), label, false, false);
    }

    /** An empty gradebook in memory: what reading a gradebook that does not exist yet shows. */
    private static Gradebook empty(String label) throws StoreException {
        return connect("jdbc:sqlite::memory:", new Properties(), label, false, false);
    }

    /** Opens a connection and makes it a gradebook, closing it again on any failure. */
    private static Gradebook connect(String url, Properties settings, String label, boolean postgres, boolean reading)
            throws StoreException {
        Connection c;
        try {
            c = DriverManager.getConnection(url, settings);
        } catch (SQLException e) {
            throw new StoreException(label + ": cannot open the gradebook: " + e.getMessage(), e);
        }
        Gradebook g = new Gradebook(c, label, postgres);
        try {
            g.prepare(reading);
            return g;
        } catch (StoreException | RuntimeException e) {
            g.close();
            throw e;
        } catch (SQLException e) {
            g.close();
            throw new StoreException(label + ": cannot open the gradebook: " + e.getMessage(), e);
        }
    }

    /**
     * Connection settings, then a read-only look at what the database is, and only when it is a gradebook (or
     * nothing yet) anything that writes: the journal mode, then the migration, which looks again inside its
     * transaction.
     */
    private void prepare(boolean reading) throws SQLException, StoreException {
        Schema.Found found;
        try {
            if (!postgres) {
                try (Statement s = db.createStatement()) {
                    // settings of this connection, not writes to the file
                    s.execute("PRAGMA busy_timeout = 10000");
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
            found = retrying(() -> Schema.inspect(db, postgres));
        } catch (SQLException e) {
            throw new StoreException(label + ": not a usable database (" + e.getMessage()
                    + "); newsquiz leaves it as it is.", e);
        }
        refuseUnlessOurs(found);
        this.found = found;
        current = found.kind() == Schema.Kind.NEWSQUIZ && found.version() == VERSION;
        if (reading) {
            return; // the caller upgrades what is not current through a connection that may write
        }
        if (current && (postgres || Schema.pragmaInt(db, "application_id") == Schema.APPLICATION_ID)) {
            return;
        }
        if (!postgres) {
            // WAL: a student can keep playing while a teacher runs a report
            retrying(() -> {
                try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    return r.next();
                }
            });
        }
        retrying(this::upgrade);
    }

    private void refuseUnlessOurs(Schema.Found found) throws StoreException {
        switch (found.kind()) {
            case FOREIGN -> throw new StoreException(label + ": this database is not a newsquiz gradebook: "
                    + found.reason() + "; newsquiz leaves it as it is. Choose another with --db.");
            case NEWER -> throw new StoreException(label + ": made by a newer newsquiz (schema " + found.version()
                    + ", this one knows " + VERSION + "); newsquiz leaves it as it is. Use the newer newsquiz.");
            default -> {
            }
        }
    }

    /**
     * Brings the schema to {@link #VERSION} and marks the file as newsquiz's, in one transaction that first takes
     * the write lock and then looks again: ten players opening a new file at once create it once.
     */
    private boolean upgrade() throws SQLException, StoreException {
        begin(true);
        try {
            Schema.Found found = Schema.inspect(db, postgres);
            refuseUnlessOurs(found);
            int from = found.kind() == Schema.Kind.EMPTY ? 0 : found.version();
            try (Statement s = db.createStatement()) {
                for (int v = from; v < VERSION; v++) {
                    Schema.apply(db, v, postgres);
                }
                if (from < VERSION) {
                    s.execute(from == 0 ? "INSERT INTO schema_version (version) VALUES (" + VERSION + ")"
                            : "UPDATE schema_version SET version = " + VERSION);
                }
                if (!postgres) {
                    s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                }
            }
            commit();
            return true;
        } catch (SQLException | StoreException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /**
     * Starts a transaction that holds SQLite's write lock from its first statement; on PostgreSQL, for a change of
     * schema, a lock that other newsquiz processes changing the schema wait for.
     */
    private void begin(boolean schemaChange) throws SQLException {
        if (postgres) {
            db.setAutoCommit(false);
            if (schemaChange) {
                try (Statement s = db.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + Schema.APPLICATION_ID + ")");
                }
            }
        } else {
            try (Statement s = db.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }
    }

    private void commit() throws SQLException {
        if (postgres) {
            db.commit();
            db.setAutoCommit(true);
        } else {
            try (Statement s = db.createStatement()) {
                s.execute("COMMIT");
            }
        }
    }

    private void rollback() {
        try {
            if (postgres) {
                db.rollback();
                db.setAutoCommit(true);
            } else {
                try (Statement s = db.createStatement()) {
                    s.execute("ROLLBACK");
                }
            }
        } catch (SQLException ignored) {
            // nothing was begun, or the connection is gone: the failure being thrown says what went wrong
        }
    }

    private interface Step<T> {
        T run() throws SQLException, StoreException;
    }

    /** Runs a step again while another connection holds the lock it needs (SQLite's busy timeout aside). */
    private <T> T retrying(Step<T> step) throws SQLException, StoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.run();
            } catch (SQLException e) {
                if (!busy(e) || attempt >= BUSY_RETRIES) {
                    throw e;
                }
            }
            try {
                Thread.sleep(20L + java.util.concurrent.ThreadLocalRandom.current().nextLong(100L * Math.min(attempt, 5)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(label + ": interrupted while waiting for the gradebook", e);
            }
        }
    }

    private static boolean busy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String m = String.valueOf(e.getMessage());
        return code == 5 || code == 6 || m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")
                || m.contains("database is locked");
    }

    int schemaVersion() throws SQLException {
        return scalarInt("SELECT MAX(version) FROM schema_version");
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
        return startAttempt(playerId, quiz, total, false, now);
    }

    /** The same; a {@code practice} attempt (chosen questions only) is kept but never counts as a score. */
    public long startAttempt(long playerId, Quiz quiz, int total, boolean practice, long now) throws StoreException {
        return transaction(() -> {
            try (PreparedStatement p = statement("INSERT INTO quizzes (id, title, checksum, file, question_count)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", quiz.id(), quiz.title(),
                    quiz.source() == null ? null : quiz.source().checksum(),
                    quiz.source() == null ? null : quiz.source().file(), quiz.questions().size())) {
                p.executeUpdate();
            }
            long version = QuizVersions.versionId(this, quiz);
            try (PreparedStatement p = statement("INSERT INTO attempts (player_id, quiz_id, version_id, started_at,"
                    + " total, practice) VALUES (?, ?, ?, ?, ?, ?) RETURNING id", playerId, quiz.id(), version, now,
                    total, practice ? 1 : 0);
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Runs a step in one transaction that holds the write lock from the start: all of it is kept, or none. */
    private <T> T transaction(Step<T> step) throws StoreException {
        try {
            begin(false);
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            T result = step.run();
            commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw failure(e);
        } catch (StoreException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** Commits one answer at once; a miss also puts the question in the player's study deck. */
    public void recordAnswer(long attemptId, long playerId, String quizId, Session.Outcome o, long now)
            throws StoreException {
        transaction(() -> {
            update("INSERT INTO answers (attempt_id, question_id, given, correct, timed_out, millis, points,"
                            + " answered_at, almost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", attemptId, o.question().id(),
                    String.join(" | ", o.given()), o.verdict().correct() ? 1 : 0, o.timedOut() ? 1 : 0, o.millis(),
                    o.points(), now, o.verdict().almost() ? 1 : 0);
            if (!o.verdict().correct()) {
                // the card shows the question as the version the player last missed it in
                update("INSERT INTO cards (player_id, quiz_id, question_id, version_id, stability, difficulty, due,"
                        + " last_review, reps, lapses) VALUES (?, ?, ?, (SELECT version_id FROM attempts WHERE id = ?),"
                        + " 0, 0, ?, 0, 0, 0) ON CONFLICT (player_id, quiz_id, question_id) DO UPDATE SET"
                        + " due = excluded.due, version_id = excluded.version_id", playerId, quizId,
                        o.question().id(), attemptId, now);
            }
            return null;
        });
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
                + " c.lapses FROM cards c JOIN players p ON p.id = c.player_id JOIN quiz_versions z ON z.id = c.version_id"
                + " JOIN version_questions q ON q.version_id = c.version_id AND q.question_id = c.question_id"
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
