package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stats and reports only read: the gradebook is opened read-only, so one in a read-only folder still reads. */
class ReadingGradebookTest {
    @TempDir
    Path dir;

    private String played() throws Exception {
        String db = dir.resolve("g.db").toString();
        try (Gradebook book = Gradebook.open(db)) {
            GradebookRecorder r = GradebookRecorder.forPlay(book, "ana", 1);
            Session s = Session.start(TestQuizzes.bank(2), Session.Options.defaults(), 1);
            r.started(s, 1);
            r.answered(s, s.answer(List.of("Right"), 2), 2);
            r.answered(s, s.answer(List.of("Wrong"), 3), 3);
            r.finished(s, 4);
        }
        return db;
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readingOpensReadOnly() throws Exception {
        String db = played();
        byte[] before = Files.readAllBytes(Path.of(db));
        try (Gradebook book = Gradebook.openForReading(db)) {
            assertThat(new Reports(book).stats("ana", null).attempts()).isEqualTo(1);
            assertThatThrownBy(() -> book.player("someone new", 5)).isInstanceOf(StoreException.class);
        }
        assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
    }

    @Test
    void aGradebookInAFolderThatCannotBeWrittenStillReads() throws Exception {
        // root writes anywhere, so the test says the folder is read-only rather than making it so
        String db = played();
        byte[] before = Files.readAllBytes(Path.of(db));
        List<String> listing = listing();
        try (Gradebook book = Gradebook.open(db, true, false)) {
            Reports reports = new Reports(book);
            assertThat(reports.stats("ana", null).attempts()).isEqualTo(1);
            assertThat(reports.report(reports.latestVersion(reports.quizId("Test quiz"))).players()).hasSize(1);
            assertThat(book.lastPlayer()).isEmpty();
        }
        assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
        assertThat(listing()).isEqualTo(listing).doesNotContain("g.db-wal", "g.db-shm");
    }

    @Test
    void readingAGradebookThatDoesNotExistMakesNothing() throws Exception {
        Path db = dir.resolve("sub").resolve("none.db");
        try (Gradebook book = Gradebook.openForReading(db.toString())) {
            assertThat(new Reports(book).stats(null, null).attempts()).isZero();
        }
        assertThat(dir.resolve("sub")).doesNotExist();
    }

    @Test
    void anOlderGradebookInAFolderThatCannotBeWrittenIsExplained() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : Schema.migration(0, false)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version VALUES (1)");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Gradebook.open(db.toString(), true, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("made by an older newsquiz (schema 1)");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        // where it can write, reading upgrades it first
        try (Gradebook book = Gradebook.openForReading(db.toString())) {
            assertThat(book.schemaVersion()).isEqualTo(Schema.VERSION);
        }
    }
}
