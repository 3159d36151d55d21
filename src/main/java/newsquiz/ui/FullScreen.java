package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;

/**
 * The full-screen player on a real terminal (Lanterna): always a text terminal (never a Swing window), UTF-8 whatever
 * the locale, colours only without NO_COLOR, redrawn on resize. The app is a loop over {@link View}s.
 */
public final class FullScreen {
    private static final long FRAME_MILLIS = 40;

    private final Screen screen;
    private final LongSupplier clock;
    private final boolean colour;

    FullScreen(Screen screen, LongSupplier clock, boolean colour) {
        this.screen = screen;
        this.clock = clock;
        this.colour = colour;
    }

    /** A terminal a person sits at: a console, and a TERM that is not "dumb". */
    public static boolean available() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
    }

    public static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    /** Opens the home screen over the quiz folders (asking who is playing first when nobody is remembered). */
    public static int home(List<Path> folders, Session.Options options, Services services) {
        Runner runner = new Runner(folders, true, options, services);
        return run(runner.whoIsPlaying(runner::home));
    }

    /** Plays one quiz straight away; the app ends after its results. */
    public static int play(Quiz quiz, Session.Options options, Services services) {
        Runner runner = new Runner(List.of(), false, options, services);
        return run(runner.whoIsPlaying(() -> runner.startSession(quiz, System.currentTimeMillis())));
    }

    /** A study session over the due cards; the app ends after its results. */
    public static int study(Services services) {
        Runner runner = new Runner(List.of(), false, Session.Options.defaults(), services);
        return run(runner.study(System.currentTimeMillis()));
    }

    /** Reviews one quiz bank; the app ends when the teacher leaves it. */
    public static int review(newsquiz.review.ReviewBank bank, newsquiz.review.ArticleContext article,
                             java.util.Map<String, List<String>> studentFlags) {
        return run(new ReviewView(bank, article, () -> null, studentFlags));
    }

    /** The terminal the app runs on: always a text terminal (never Swing), UTF-8 whatever the locale. */
    public static Terminal textTerminal() throws IOException {
        return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8).setForceTextTerminal(true)
                .createTerminal();
    }

    private static int run(View first) {
        try (Terminal terminal = textTerminal()) {
            Screen screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null);
            try {
                new FullScreen(screen, System::currentTimeMillis, colourWanted()).loop(first);
            } finally {
                screen.stopScreen();
            }
            return 0;
        } catch (IOException e) {
            System.err.println("newsquiz: the terminal failed: " + SafeText.line(e.getMessage()));
            return 1;
        }
    }

    /** Draws and answers keys until a view returns null or the input ends. */
    void loop(View first) throws IOException {
        View view = first;
        View drawn = null;
        while (view != null) {
            // redraw only when something changed: a new view, a key, a resize, or a countdown
            boolean resized = screen.doResizeIfNecessary() != null;
            if (view != drawn || view.animated() || resized) {
                draw(view, resized);
                drawn = view;
            }
            KeyStroke key = screen.pollInput();
            long now = clock.getAsLong();
            if (key == null) {
                view = view.tick(now);
                sleep();
                continue;
            }
            if (key.getKeyType() == KeyType.EOF) {
                break;
            }
            view = view.handle(key, now);
            drawn = null;
        }
    }

    /** One frame: resize if the terminal changed, clear, draw the view, refresh. */
    void draw(View view) throws IOException {
        draw(view, screen.doResizeIfNecessary() != null);
    }

    /** Only the changed cells go out, so nothing flickers; after a resize the whole screen does. */
    private void draw(View view, boolean complete) throws IOException {
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        view.draw(new Canvas(screen.newTextGraphics(), colour), size, clock.getAsLong());
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private static void sleep() {
        try {
            Thread.sleep(FRAME_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
