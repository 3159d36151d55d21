package newsquiz.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Students' flags: a one-line note that a question is wrong, given on the feedback screen, kept with the player,
 * the quiz version and the question, and shown to the teacher in review and in the report.
 */
public final class Flags {
    /** Who flagged which question, why, and when. */
    public record Flag(String player, String questionId, String reason, long at) {
    }

    /** The longest reason kept: one line. */
    public static final int MAX_REASON = 200;

    private final Gradebook book;

    public Flags(Gradebook book) {
        this.book = book;
    }

    /** Keeps a flag on a question of the attempt's quiz version. */
    public void add(long attemptId, long playerId, String quizId, String questionId, String reason, long now)
            throws StoreException {
        String kept = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        try (PreparedStatement p = book.statement("INSERT INTO flags (player_id, quiz_id, version_id, question_id,"
                + " reason, flagged_at) VALUES (?, ?, (SELECT version_id FROM attempts WHERE id = ?), ?, ?, ?)",
                playerId, quizId, attemptId, questionId, kept, now)) {
            p.executeUpdate();
        } catch (SQLException e) {
            throw book.failure(e);
        }
    }

    /** Every flag on the quiz (any version), oldest first; none in a gradebook from before flags. */
    public List<Flag> of(String quizId) throws StoreException {
        List<Flag> out = new ArrayList<>();
        try {
            if (book.schemaVersion() < 5) {
                return out;
            }
            try (PreparedStatement p = book.statement("SELECT pl.name, f.question_id, f.reason, f.flagged_at FROM flags f"
                    + " JOIN players pl ON pl.id = f.player_id WHERE f.quiz_id = ? ORDER BY f.flagged_at, f.id", quizId);
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Flag(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw book.failure(e);
        }
        return out;
    }
}
