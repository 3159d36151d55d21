package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gradebook is told apart from every other SQLite file by its application_id and its schema, before anything is
 * written: another program's database, or one of a newer newsquiz, keeps its exact bytes and gets no -wal or -shm.
 */
class GradebookIdentityTest {
    @TempDir
    Path dir;

    private Path sqlite(String name, String... statements) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return file;
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Opening (to play and to read) is refused with a message, and the file and its folder stay exactly as they were. */
    private void refusedUntouched(Path file, String message) throws Exception {
        String before = hash(file);
        List<String> listing = listing();
        for (boolean reading : new boolean[] {false, true}) {
            assertThatThrownBy(() -> (reading ? Gradebook.openForReading(file.toString())
                    : Gradebook.open(file.toString())).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining(message)
                    .hasMessageContaining("leaves it as it is");
            assertThat(hash(file)).isEqualTo(before);
            assertThat(listing()).isEqualTo(listing);
            assertThat(Path.of(file + "-wal")).doesNotExist();
            assertThat(Path.of(file + "-shm")).doesNotExist();
            assertThat(openDescriptorsOf(file)).as("the connection is closed").isZero();
        }
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** How many of this process's file descriptors point at the file (Linux: /proc/self/fd). */
    private static long openDescriptorsOf(Path file) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        Path real = file.toRealPath();
        try (Stream<Path> s = Files.list(fds)) {
            return s.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (Exception e) {
                    return false;
                }
            }).count();
        }
    }

    private static int applicationId(Path file) throws Exception {
        return ByteBuffer.wrap(Files.readAllBytes(file), 68, 4).getInt();
    }

    @Test
    void aNewGradebookCarriesNewsquizsApplicationId() throws Exception {
        Path file = dir.resolve("new.db");
        Gradebook.open(file.toString()).close();
        assertThat(applicationId(file)).isEqualTo(Schema.APPLICATION_ID).isEqualTo(0x4E514742);
    }

    @Test
    void anOlderFlywaySchemaVersionTableIsAnotherProgramsDatabase() throws Exception {
        // Flyway before 4 kept its history in "schema_version"; a version row of "1" must not pass for newsquiz's
        Path file = sqlite("flyway.db", "CREATE TABLE schema_version (installed_rank INT NOT NULL, version VARCHAR(50),"
                        + " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
                        + " checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TEXT, execution_time INT"
                        + " NOT NULL, success BOOLEAN NOT NULL)",
                "INSERT INTO schema_version VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 42, 'me', '2019', 5, 1)",
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        refusedUntouched(file, "schema_version table is another program's");
    }

    @Test
    void aFlywayTableThatLooksLikeOursButWithOtherTablesIsRefused() throws Exception {
        Path file = sqlite("lookalike.db", "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                "INSERT INTO schema_version VALUES (1)", "CREATE TABLE customers (id INTEGER PRIMARY KEY)");
        refusedUntouched(file, "not those of a newsquiz gradebook");
    }

    @Test
    void aGradebookOfANewerNewsquizIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("newer.db");
        Gradebook.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
            s.execute("CREATE TABLE classes (id INTEGER PRIMARY KEY)");
        }
        refusedUntouched(file, "made by a newer newsquiz (schema 99");
    }

    @Test
    void aNewerGradebookWithoutApplicationIdIsLeftAsItIsToo() throws Exception {
        // as this code's predecessor wrote them (no application_id, journal in WAL), then bumped by a newer release
        Path file = sqlite("older-made-newer.db", "PRAGMA journal_mode = WAL");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 0; v < Schema.VERSION; v++) {
                Schema.apply(c, v, false);
            }
            s.execute("INSERT INTO schema_version VALUES (7)");
        }
        assertThat(applicationId(file)).isZero();
        refusedUntouched(file, "made by a newer newsquiz (schema 7");
    }

    @Test
    void anEmptyDatabaseWithOnlyAViewIsNotTakenOver() throws Exception {
        Path file = sqlite("view.db", "CREATE VIEW answer AS SELECT 42 AS value");
        refusedUntouched(file, "view answer");
    }

    @Test
    void anEmptyDatabaseWithItsOwnApplicationIdIsNotTakenOver() throws Exception {
        Path file = sqlite("marked.db", "PRAGMA application_id = 1234", "VACUUM");
        assertThat(applicationId(file)).isEqualTo(1234);
        refusedUntouched(file, "application_id is 0x000004D2");
    }

    @Test
    void anEmptyDatabaseWithItsOwnUserVersionIsNotTakenOver() throws Exception {
        Path file = sqlite("versioned.db", "PRAGMA user_version = 3", "VACUUM");
        refusedUntouched(file, "user_version 3");
    }

    @Test
    void aGradebookMadeBeforeApplicationIdsOpensKeepsItsDataAndIsMarked() throws Exception {
        Path file = sqlite("before.db", "PRAGMA journal_mode = WAL");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Schema.migration(0, false)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version VALUES (1)");
            s.execute("INSERT INTO players (name, created_at) VALUES ('old', 1)");
        }
        assertThat(applicationId(file)).isZero();
        try (Gradebook book = Gradebook.open(file.toString())) {
            assertThat(book.players()).containsExactly("old");
            assertThat(book.schemaVersion()).isEqualTo(Schema.VERSION);
        }
        assertThat(applicationId(file)).isEqualTo(Schema.APPLICATION_ID);
    }

    @Test
    void anEmptySqliteFileBecomesAGradebook() throws Exception {
        Path file = sqlite("blank.db", "VACUUM");
        try (Gradebook book = Gradebook.open(file.toString())) {
            assertThat(book.players()).isEmpty();
        }
        assertThat(applicationId(file)).isEqualTo(Schema.APPLICATION_ID);
    }

    @Test
    void theTablesOfEachVersionAreReadOffTheMigrations() {
        assertThat(Schema.tablesAt(1)).containsExactly("answers", "attempts", "players", "questions", "quizzes",
                "schema_version", "settings");
        assertThat(Schema.tablesAt(2)).contains("cards");
    }

    @Test
    void aGradebookThatGainedAnotherProgramsTableIsRefused() throws Exception {
        Path file = dir.resolve("changed.db");
        Gradebook.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA application_id")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(Schema.APPLICATION_ID);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE cards");
        }
        refusedUntouched(file, "not those of a newsquiz gradebook");
    }
}
