package newsquiz.live;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import newsquiz.ui.SafeText;

/**
 * The game as the server and the host's screen share it: every call into the {@link LiveGame} holds one lock
 * (short: no drawing and no network inside), and the students' screens are redrawn off that lock on a small pool.
 * A ticker lets the clock act every {@value #TICK_MILLIS} ms and redraws every student only when something they all
 * see changed (a new question, the countdown's second, a pause): an idle class costs next to nothing, and one
 * student's answer redraws only that student's screen.
 */
public final class LiveHost implements AutoCloseable {
    static final long TICK_MILLIS = 100;

    /** What a student's screen needs: their view and, at the end, the podium. */
    record Snapshot(StudentView view, List<LiveGame.Standing> podium) {
    }

    private final LiveGame game;
    private final LongSupplier clock;
    private final Map<String, StudentChannel> channels = new ConcurrentHashMap<>();
    private final ExecutorService renderers = Executors.newFixedThreadPool(2, daemon("newsquiz-live-render"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("newsquiz-live-tick"));
    private long shownVersion = -1;
    private long shownSecond = -1;

    public LiveHost(LiveGame game, LongSupplier clock) {
        this.game = game;
        this.clock = clock;
    }

    public void start() {
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Reads or changes the game under its lock, at the host's time. */
    public <T> T withGame(Function<LiveGame, T> f) {
        synchronized (game) {
            return f.apply(game);
        }
    }

    public long now() {
        return clock.getAsLong();
    }

    public int connected() {
        return channels.size();
    }

    LiveGame.Join join(String name, StudentChannel channel) {
        LiveGame.Join j = withGame(g -> g.join(name, now()));
        if (j.accepted()) {
            channels.put(key(j.name()), channel);
        }
        return j;
    }

    /** The channel's connection ended: only the channel that holds the name can take it out of the game. */
    void leave(String name, StudentChannel channel) {
        if (channels.remove(key(name), channel)) {
            withGame(g -> {
                g.leave(name, now());
                return null;
            });
        }
    }

    LiveGame.Lock answer(String name, int choice) {
        return withGame(g -> g.answer(name, choice, now()));
    }

    Snapshot snapshot(String name) {
        return withGame(g -> {
            long now = now();
            List<LiveGame.Standing> board = g.phase() == LiveGame.Phase.FINISHED ? g.leaderboard() : List.of();
            return new Snapshot(g.studentView(name, now), board.subList(0, Math.min(3, board.size())));
        });
    }

    /** The host removes a player: out of the game, and their connection closed with a word why. */
    public boolean remove(String name) {
        boolean removed = withGame(g -> g.remove(name, now()));
        StudentChannel c = channels.remove(key(name));
        if (c != null) {
            c.requestRender(); // draws "removed" and closes
        }
        return removed;
    }

    private static String key(String name) {
        return SafeText.name(name).toLowerCase(Locale.ROOT);
    }

    private void tick() {
        try {
            long[] state = withGame(g -> {
                long now = now();
                g.tick(now);
                long second = g.phase() == LiveGame.Phase.QUESTION && !g.paused()
                        ? StudentScreen.seconds(g.remaining(now)) : -1;
                return new long[] {g.sharedVersion(), second};
            });
            if (state[0] != shownVersion || state[1] != shownSecond) {
                shownVersion = state[0];
                shownSecond = state[1];
                channels.values().forEach(StudentChannel::requestRender);
            }
        } catch (RuntimeException e) {
            // the ticker must never die: the next tick tries again
        }
    }

    void render(StudentChannel channel) {
        try {
            renderers.execute(channel::render);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /**
     * At the end: each student's terminal is put back as it was, with a word, and their connection closed; waits
     * for that (at most {@code millis}) so the server's stop does not cut a goodbye in half.
     */
    public void sayGoodbye(long millis) throws InterruptedException {
        channels.values().forEach(c -> c.leave("The quiz is over. Thanks for playing!", 0));
        long end = System.currentTimeMillis() + millis;
        while (!channels.isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    /** Stops the ticker and the drawing; the server closes the connections. */
    @Override
    public void close() {
        ticker.shutdownNow();
        renderers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
