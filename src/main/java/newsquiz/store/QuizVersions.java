package newsquiz.store;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * A quiz is kept per version: the same {@code id} (the article's) with other questions or another title is another
 * version, keyed by a checksum of its title and questions, so answers stay filed under the questions they answered.
 */
final class QuizVersions {
    private static final Gson GSON = new Gson();

    private QuizVersions() {
    }

    /**
     * A question as the gradebook keeps it (also what study shows without the file). A teacher's verdict and flag
     * are left out: accepting a question does not make the quiz another version; editing it does.
     */
    static String body(Question q) {
        return GSON.toJson(q.withReview(null, null));
    }

    /** The version's key: SHA-256 of the title and the questions' bodies (in a fixed order, so order alone is not a new version). */
    static String checksum(Quiz quiz) {
        return checksum(quiz.title(), quiz.questions().stream().map(QuizVersions::body).toList());
    }

    static String checksum(String title, List<String> bodies) {
        List<String> sorted = new ArrayList<>(bodies);
        sorted.sort(Comparator.naturalOrder());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            for (String b : sorted) {
                sha.update((byte) '\n');
                sha.update(b.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The version of this quiz, adding it (and its questions, numbered as in the file) when it is new. */
    static long versionId(Gradebook book, Quiz quiz) throws SQLException {
        String checksum = checksum(quiz);
        try (PreparedStatement p = book.statement("INSERT INTO quiz_versions (quiz_id, checksum, title, file,"
                + " question_count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (quiz_id, checksum) DO NOTHING RETURNING id",
                quiz.id(), checksum, quiz.title(), quiz.source() == null ? null : quiz.source().file(),
                quiz.questions().size()); ResultSet r = p.executeQuery()) {
            if (r.next()) {
                long id = r.getLong(1);
                for (int i = 0; i < quiz.questions().size(); i++) {
                    Question q = quiz.questions().get(i);
                    addQuestion(book.connection(), id, i + 1, q.id(), q.kind(), q.type(), q.prompt(), body(q));
                }
                return id;
            }
        }
        try (PreparedStatement p = book.statement("SELECT id FROM quiz_versions WHERE quiz_id = ? AND checksum = ?",
                quiz.id(), checksum); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void addQuestion(Connection db, long version, int position, String id, String kind, String type,
                                    String prompt, String body) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO version_questions (version_id, position,"
                + " question_id, kind, type, prompt, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, version);
            p.setInt(2, position);
            p.setString(3, id);
            p.setString(4, kind);
            p.setString(5, type);
            p.setString(6, prompt);
            p.setString(7, body);
            p.executeUpdate();
        }
    }

    /**
     * Schema 2 to 3: each quiz's stored questions become its first version (numbered by rank, best first, as the
     * bank is), and its attempts and study cards are filed under that version.
     */
    static void copyFromSchemaTwo(Connection db) throws SQLException {
        List<String[]> quizzes = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT id, title, file FROM quizzes ORDER BY id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quizzes.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        }
        for (String[] quiz : quizzes) {
            List<String[]> questions = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT question_id, kind, type, prompt, body FROM questions"
                    + " WHERE quiz_id = ?")) {
                p.setString(1, quiz[0]);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        questions.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5)});
                    }
                }
            }
            questions.sort(Comparator.comparingDouble((String[] q) -> -rank(q[4])).thenComparing(q -> q[0]));
            String checksum = checksum(quiz[1], questions.stream().map(q -> q[4]).toList());
            long version;
            try (PreparedStatement p = db.prepareStatement("INSERT INTO quiz_versions (quiz_id, checksum, title, file,"
                    + " question_count) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                p.setString(1, quiz[0]);
                p.setString(2, checksum);
                p.setString(3, quiz[1]);
                p.setString(4, quiz[2]);
                p.setInt(5, questions.size());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    version = r.getLong(1);
                }
            }
            for (int i = 0; i < questions.size(); i++) {
                String[] q = questions.get(i);
                addQuestion(db, version, i + 1, q[0], q[1], q[2], q[3], q[4]);
            }
        }
        for (String table : List.of("attempts", "cards")) {
            try (PreparedStatement p = db.prepareStatement("UPDATE " + table + " SET version_id = (SELECT v.id FROM"
                    + " quiz_versions v WHERE v.quiz_id = " + table + ".quiz_id)")) {
                p.executeUpdate();
            }
        }
    }

    private static double rank(String body) {
        try {
            Question q = GSON.fromJson(body, Question.class);
            return q == null ? 0 : q.rank();
        } catch (JsonParseException e) {
            return 0;
        }
    }
}
