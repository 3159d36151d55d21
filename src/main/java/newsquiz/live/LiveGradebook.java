package newsquiz.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;
import newsquiz.store.Gradebook;
import newsquiz.store.StoreException;

/**
 * Keeps a live game in the gradebook: one attempt per student (opened with their first answer, finished at the
 * podium; a rejoining student goes on in the same attempt), each answer committed as it is locked in. Writes run
 * on one thread of their own, in the order the game made them, so a slow database never holds up the class; the
 * gradebook is only touched from that thread.
 */
public final class LiveGradebook implements LiveGame.Listener, AutoCloseable {
    private final Gradebook book;
    private final Quiz quiz;
    private final int total;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsquiz-live-gradebook");
        t.setDaemon(true);
        return t;
    });
    /** Touched only on the writer thread. */
    private final Map<String, long[]> attempts = new HashMap<>();
    private final List<String> failures = new ArrayList<>();

    public LiveGradebook(Gradebook book, Quiz quiz, int total) {
        this.book = book;
        this.quiz = quiz;
        this.total = total;
    }

    @Override
    public void answered(String player, int number, Session.Outcome outcome, long now) {
        writer.execute(() -> {
            try {
                long[] ids = attempts.get(player);
                if (ids == null) {
                    long playerId = book.player(player, now);
                    ids = new long[] {playerId, book.startAttempt(playerId, quiz, total, false, now)};
                    attempts.put(player, ids);
                }
                book.recordAnswer(ids[1], ids[0], quiz.id(), outcome, now);
            } catch (StoreException e) {
                fail("the answer of " + player + " to question " + number + " (" + outcome.question().id()
                        + ") was not kept: " + e.getMessage());
            }
        });
    }

    @Override
    public void finished(List<LiveGame.Standing> podium, long now) {
        writer.execute(() -> {
            for (LiveGame.Standing s : podium) {
                long[] ids = attempts.get(s.name());
                if (ids == null) {
                    continue;
                }
                try {
                    book.finishAttempt(ids[1], now);
                } catch (StoreException e) {
                    fail("the attempt of " + s.name() + " could not be marked finished: " + e.getMessage());
                }
            }
        });
    }

    private void fail(String message) {
        synchronized (failures) {
            failures.add(message);
        }
    }

    /** What could not be stored, in order; complete once {@link #close()} returned. */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Waits for every write already handed over (a minute at most), then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                fail("the gradebook did not finish writing within a minute; some answers may be missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
