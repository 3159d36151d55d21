package newsquiz.export;

import com.google.gson.Gson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * An Anki deck package (.apkg), which Anki opens with a double click: a zip of {@code collection.anki2} (an SQLite
 * collection in Anki's schema 11, the one every Anki version imports) and an empty {@code media} map. One deck named
 * after the quiz, one note type with Front and Back, a note per question (the same fields and tags as
 * {@link AnkiTsvExporter}) and a new card for each. Ids come from the quiz, so exporting twice updates the deck.
 */
final class AnkiExporter implements Exporter {
    private static final Gson GSON = new Gson();

    @Override
    public String format() {
        return "anki";
    }

    @Override
    public String extension() {
        return "apkg";
    }

    @Override
    public String description() {
        return "Anki deck (.apkg): front, back with the evidence and source, tags by kind";
    }

    @Override
    public Exported export(Quiz quiz) throws IOException {
        Path db = Files.createTempFile("newsquiz-anki", ".anki2");
        try {
            List<Question> questions = Items.of(quiz);
            write(db, quiz, questions);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                zip.write(Files.readAllBytes(db));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return new Exported(bytes.toByteArray(), questions.size(), List.of(), List.of());
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static void write(Path db, Quiz quiz, List<Question> questions) throws IOException {
        long now = System.currentTimeMillis();
        long deckId = id("deck " + quiz.id() + Items.title(quiz));
        long modelId = id("model newsquiz");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                for (String ddl : AnkiSchema.TABLES) {
                    s.execute(ddl);
                }
            }
            try (PreparedStatement col = c.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?,"
                    + " ?, '{}')")) {
                col.setLong(1, now / 1000);
                col.setLong(2, now);
                col.setLong(3, now);
                col.setString(4, GSON.toJson(AnkiSchema.conf(deckId, modelId)));
                col.setString(5, GSON.toJson(Map.of(String.valueOf(modelId), AnkiSchema.model(modelId, deckId, now))));
                col.setString(6, GSON.toJson(Map.of("1", AnkiSchema.deck(1, "Default", now),
                        String.valueOf(deckId), AnkiSchema.deck(deckId, "newsquiz::" + Items.title(quiz)
                                .replace("::", ":"), now))));
                col.setString(7, GSON.toJson(Map.of("1", AnkiSchema.deckConfig())));
                col.executeUpdate();
            }
            try (PreparedStatement note = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0,"
                    + " '')");
                 PreparedStatement card = c.prepareStatement("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?,"
                         + " 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                for (int i = 0; i < questions.size(); i++) {
                    Question q = questions.get(i);
                    String front = AnkiTsvExporter.front(q);
                    long noteId = id("note " + quiz.id() + " " + q.id() + " " + i);
                    note.setLong(1, noteId);
                    note.setString(2, Long.toString(noteId, 36));
                    note.setLong(3, modelId);
                    note.setLong(4, now / 1000);
                    note.setString(5, " " + AnkiTsvExporter.tags(q) + " ");
                    note.setString(6, front + "\u001f" + AnkiTsvExporter.back(quiz, q));
                    note.setString(7, Items.prompt(q));
                    note.setLong(8, checksum(Items.prompt(q)));
                    note.executeUpdate();
                    card.setLong(1, noteId + 1);
                    card.setLong(2, noteId);
                    card.setLong(3, deckId);
                    card.setLong(4, now / 1000);
                    card.setLong(5, i + 1);
                    card.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
        }
    }

    /** A stable positive id below 2^53 (Anki's ids are milliseconds; JavaScript reads them as numbers). */
    static long id(String of) {
        return 1_000_000_000_000L + (Long.parseLong(sha1(of).substring(0, 12), 16) % 1_000_000_000_000L) * 2;
    }

    /** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field, as a number. */
    private static long checksum(String field) {
        return Long.parseLong(sha1(field).substring(0, 8), 16);
    }

    private static String sha1(String text) {
        return newsquiz.io.Hashes.hex("SHA-1", text);
    }
}
