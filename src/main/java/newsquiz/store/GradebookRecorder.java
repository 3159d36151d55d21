package newsquiz.store;

import java.util.HashMap;
import java.util.Map;
import newsquiz.session.Session;

/** Records sessions of one player in the gradebook; in study mode, reviews the cards instead. */
public final class GradebookRecorder implements Recorder {
    private final Gradebook book;
    private final String player;
    private final long playerId;
    private final Map<Session, Long> attempts = new HashMap<>();
    private final Map<String, Gradebook.Card> cards;
    private String problem = "";

    private GradebookRecorder(Gradebook book, String player, long playerId, Map<String, Gradebook.Card> cards) {
        this.book = book;
        this.player = player;
        this.playerId = playerId;
        this.cards = cards;
    }

    public static GradebookRecorder forPlay(Gradebook book, String player, long now) throws StoreException {
        return new GradebookRecorder(book, player, book.player(player, now), null);
    }

    /** For a study session: {@code cards} by the id their question has in the study quiz. */
    public static GradebookRecorder forStudy(Gradebook book, String player, Map<String, Gradebook.Card> cards, long now)
            throws StoreException {
        return new GradebookRecorder(book, player, book.player(player, now), cards);
    }

    @Override
    public boolean studying() {
        return cards != null;
    }

    @Override
    public void started(Session session, long now) {
        if (studying()) {
            return;
        }
        try {
            attempts.put(session, book.startAttempt(playerId, session.quiz(), session.total(), now));
        } catch (StoreException e) {
            problem = e.getMessage();
        }
    }

    @Override
    public void answered(Session session, Session.Outcome outcome, long now) {
        try {
            if (studying()) {
                if (!outcome.verdict().correct()) {
                    rate(outcome, Fsrs.Rating.AGAIN, now);
                }
                return;
            }
            Long attempt = attempts.get(session);
            if (attempt != null) {
                book.recordAnswer(attempt, playerId, session.quiz().id(), outcome, now);
            }
        } catch (StoreException e) {
            problem = e.getMessage();
        }
    }

    @Override
    public void rated(Session session, Session.Outcome outcome, Fsrs.Rating rating, long now) {
        try {
            rate(outcome, rating, now);
        } catch (StoreException e) {
            problem = e.getMessage();
        }
    }

    private void rate(Session.Outcome outcome, Fsrs.Rating rating, long now) throws StoreException {
        Gradebook.Card card = cards.get(outcome.question().id());
        if (card != null) {
            book.review(player, card, rating, now);
        }
    }

    @Override
    public void finished(Session session, long now) {
        Long attempt = attempts.remove(session);
        if (attempt == null) {
            return;
        }
        try {
            if (session.index() >= session.total()) {
                book.finishAttempt(attempt, now);
            }
        } catch (StoreException e) {
            problem = e.getMessage();
        }
    }

    @Override
    public String problem() {
        return problem;
    }
}
