package newsquiz.store;

import java.util.List;
import newsquiz.session.Session;

/**
 * What a front end tells the gradebook as a session goes: it started, an answer was given (committed at once), it
 * ended. {@link #NONE} records nothing (tests, or a gradebook the player chose not to use).
 */
public interface Recorder {
    Recorder NONE = new Recorder() {
    };

    default void started(Session session, long now) {
    }

    default void answered(Session session, Session.Outcome outcome, long now) {
    }

    default void finished(Session session, long now) {
    }

    /** In study mode: how well a right answer was known (a wrong one is rated AGAIN when it is given). */
    default void rated(Session session, Session.Outcome outcome, Fsrs.Rating rating, long now) {
    }

    /** A student's note that the question of this outcome is wrong (one line, already cleaned). */
    default void flagged(Session session, Session.Outcome outcome, String reason, long now) {
    }

    default boolean studying() {
        return false;
    }

    /**
     * What could not be stored, in the order it happened, each naming the answer (question number, id and prompt)
     * or the step, and why. A failure is shown, never hidden: the front end prints each once and the command exits 1.
     */
    default List<String> failures() {
        return List.of();
    }

    /** True when this answer (or its review) could not be stored. */
    default boolean lost(Session.Outcome outcome) {
        return false;
    }
}
