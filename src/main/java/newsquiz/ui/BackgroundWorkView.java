package newsquiz.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A screen over work that runs off the screen's thread (a quiz being generated or fetched): Esc cancels it (its
 * result is dropped, nothing is written), keys pressed meanwhile are dropped rather than run afterwards, and the
 * result is taken on the screen's thread once the work is done.
 */
abstract class BackgroundWorkView<T> implements View {
    protected final Backdrop back;
    protected final long started;
    private CompletableFuture<T> work;

    BackgroundWorkView(Backdrop back, long now) {
        this.back = back;
        this.started = now;
    }

    /** Starts the work; called last in a subclass's constructor, once the fields the work reads are set. */
    protected final void start(Supplier<T> job) {
        work = CompletableFuture.supplyAsync(job);
    }

    /** The screen after the work's result. */
    protected abstract View done(T result, long now);

    /** The screen after the work failed with {@code why}. */
    protected abstract View failed(Throwable why);

    @Override
    public final View handle(KeyStroke key, long now) {
        if (key.getKeyType() == KeyType.Escape) {
            work.cancel(true);
            return back.withMessage("Cancelled: nothing was written.");
        }
        return this; // a key pressed while the work runs is dropped, never run afterwards
    }

    @Override
    public final boolean animated() {
        return true;
    }

    @Override
    public final View tick(long now) {
        if (!work.isDone()) {
            return this;
        }
        T result;
        try {
            result = work.join();
        } catch (CompletionException e) {
            return failed(e.getCause());
        }
        return done(result, now);
    }
}
