package newsquiz.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsquiz.session.Session;

/**
 * Records sessions of one player in the gradebook; in study mode, reviews the cards instead. Each failure to store
 * is kept with the answer it concerns, so exactly those answers are reported lost and no others.
 */
public final class GradebookRecorder implements Recorder {
    private static final int PROMPT_SHOWN = 60;

    private final Gradebook book;
    private final String player;
    private final long playerId;
    private final Map<Session, Long> attempts = new IdentityHashMap<>();
    private final Map<String, Gradebook.Card> cards;
    private final List<String> failures = new ArrayList<>();
    private final Set<Session.Outcome> lost = Collections.newSetFromMap(new IdentityHashMap<>());

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
            attempts.put(session, book.startAttempt(playerId, session.quiz(), session.total(), session.practice(), now));
        } catch (StoreException e) {
            // tried again with the first answer, which is reported lost if it fails again
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
            if (attempt == null) {
                attempt = book.startAttempt(playerId, session.quiz(), session.total(), session.practice(), now);
                attempts.put(session, attempt);
            }
            book.recordAnswer(attempt, playerId, session.quiz().id(), outcome, now);
        } catch (StoreException e) {
            lose(session, outcome, "answer", e);
            return;
        }
        if (outcome.verdict().correct()) {
            reviewDueCard(session, outcome, now);
        }
    }

    /** A right answer in a normal session to a question whose study card is due counts as its review ("good"). */
    private void reviewDueCard(Session session, Session.Outcome outcome, long now) {
        try {
            for (Gradebook.Card card : book.dueCards(player, now)) {
                if (card.quizId().equals(session.quiz().id()) && card.question().id().equals(outcome.question().id())) {
                    book.review(player, card, Fsrs.Rating.GOOD, now);
                }
            }
        } catch (StoreException e) {
            lose(session, outcome, "review", e);
        }
    }

    @Override
    public void rated(Session session, Session.Outcome outcome, Fsrs.Rating rating, long now) {
        try {
            rate(outcome, rating, now);
        } catch (StoreException e) {
            lose(session, outcome, "review", e);
        }
    }

    private void rate(Session.Outcome outcome, Fsrs.Rating rating, long now) throws StoreException {
        Gradebook.Card card = cards.get(outcome.question().id());
        if (card != null) {
            book.review(player, card, rating, now);
        }
    }

    @Override
    public void flagged(Session session, Session.Outcome outcome, String reason, long now) {
        // in study the question is a card of its own quiz; without an attempt the flag has no version
        Gradebook.Card card = studying() ? cards.get(outcome.question().id()) : null;
        Long attempt = attempts.get(session);
        try {
            new Flags(book).add(attempt == null ? -1 : attempt, playerId,
                    card != null ? card.quizId() : session.quiz().id(),
                    card != null ? card.question().id() : outcome.question().id(), reason, now);
        } catch (StoreException e) {
            failures.add("the flag on question " + outcome.question().id() + " was not kept: " + reason(e));
        }
    }

    @Override
    public void finished(Session session, long now) {
        Long attempt = attempts.remove(session);
        if (attempt == null || session.index() < session.total()) {
            return; // nothing stored to close, or an abandoned attempt, which stays unfinished
        }
        try {
            book.finishAttempt(attempt, now);
        } catch (StoreException e) {
            failures.add("the attempt at “" + session.title() + "” could not be marked finished: " + reason(e));
        }
    }

    private void lose(Session session, Session.Outcome outcome, String what, StoreException e) {
        lost.add(outcome);
        String prompt = outcome.question().prompt() == null ? "" : outcome.question().prompt().strip();
        if (prompt.length() > PROMPT_SHOWN) {
            prompt = prompt.substring(0, PROMPT_SHOWN - 1) + "…";
        }
        failures.add("the " + what + " to question " + session.index() + " of " + session.total() + " ("
                + outcome.question().id() + ": “" + prompt + "”) was not kept: " + reason(e));
    }

    /** The database's own words, without the gradebook's name each message starts with. */
    private static String reason(StoreException e) {
        return e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
    }

    @Override
    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public boolean lost(Session.Outcome outcome) {
        return lost.contains(outcome);
    }
}
