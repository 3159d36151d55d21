package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A headless terminal for screen tests: draw a view, press keys, read the screen back as text. */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    private final FullScreen app;
    long now;
    View view;

    VirtualScreen(int columns, int rows, boolean colour) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            app = new FullScreen(screen, () -> now, colour);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    VirtualScreen show(View v) {
        view = v;
        return render();
    }

    VirtualScreen render() {
        try {
            if (view != null) {
                app.draw(view);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    VirtualScreen press(char c) {
        return press(new KeyStroke(c, false, false));
    }

    VirtualScreen press(KeyType type) {
        return press(new KeyStroke(type));
    }

    VirtualScreen press(KeyStroke key) {
        view = view.handle(key, now);
        return render();
    }

    /**
     * Lets background work (a quiz being generated) finish, ticking the view as the app's loop does; the bound is
     * only there so that a test never hangs.
     */
    VirtualScreen awaitWork() {
        long end = System.nanoTime() + 120_000_000_000L;
        while (view instanceof BackgroundWorkView && System.nanoTime() < end) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = view.tick(now);
            render();
        }
        return this;
    }

    VirtualScreen type(String text) {
        for (char c : text.toCharArray()) {
            press(c);
        }
        return this;
    }

    VirtualScreen resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return render();
    }

    String row(int r) {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int c = 0; c < size.getColumns(); c++) {
            TextCharacter ch = terminal.getCharacter(c, r);
            sb.append(ch == null ? " " : ch.getCharacterString());
            if (ch != null && ch.isDoubleWidth()) {
                c++;
            }
        }
        return sb.toString().stripTrailing();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            sb.append(row(r)).append('\n');
        }
        return sb.toString();
    }

    TextCharacter at(int col, int row) {
        return terminal.getCharacter(col, row);
    }
}
