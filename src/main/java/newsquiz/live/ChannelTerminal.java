package newsquiz.live;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal for one SSH channel: it writes into a buffer the channel sends (never blocking on a slow
 * client), never reads (keys come from {@link KeyDecoder}), and takes its size from the client's pty request and
 * window-change signals instead of asking the terminal. Sizes are kept between 1x1 and {@link #MAX}, so a huge
 * window cannot make a screen of unbounded size.
 */
final class ChannelTerminal extends ANSITerminal {
    static final TerminalSize MAX = new TerminalSize(250, 100);

    private final ByteArrayOutputStream written;
    private volatile TerminalSize size;

    private ChannelTerminal(ByteArrayOutputStream written, TerminalSize size) {
        super(new ByteArrayInputStream(new byte[0]), written, StandardCharsets.UTF_8);
        this.written = written;
        this.size = bounded(size.getColumns(), size.getRows());
    }

    static ChannelTerminal of(int columns, int rows) {
        return new ChannelTerminal(new ByteArrayOutputStream(), new TerminalSize(Math.max(1, columns), Math.max(1, rows)));
    }

    static TerminalSize bounded(int columns, int rows) {
        return new TerminalSize(Math.max(1, Math.min(MAX.getColumns(), columns)), Math.max(1, Math.min(MAX.getRows(), rows)));
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    void resize(int columns, int rows) {
        size = bounded(columns, rows);
        onResized(size);
    }

    /** What was drawn since the last call, to send. */
    byte[] take() {
        synchronized (written) {
            byte[] out = written.toByteArray();
            written.reset();
            return out;
        }
    }
}
