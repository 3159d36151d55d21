package newsquiz.live;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.io.IoInputStream;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.AsyncCommandStreamsAware;

/**
 * One student's SSH channel: their Lanterna screen, sized to their terminal and redrawn on resize, and their keys.
 * No thread of its own: keys arrive on the SSH server's I/O threads (an answer is acknowledged on the spot), shared
 * changes are drawn on {@link LiveHost}'s pool, and output goes out without blocking ({@link ClientOutput}).
 * Whatever the student sends or however they go, only this channel is affected.
 */
final class StudentChannel extends QuietCommand implements AsyncCommandStreamsAware, ChannelSessionAware {
    private final LiveHost host;
    private final KeyDecoder decoder = new KeyDecoder();
    private final AtomicBoolean renderQueued = new AtomicBoolean();
    private IoOutputStream io;
    private ChannelTerminal terminal;
    private TerminalScreen screen;
    private ClientOutput out;
    private volatile String name;
    private boolean leaving;
    private boolean whole = true;

    StudentChannel(LiveHost host) {
        this.host = host;
    }

    @Override
    public void setChannelSession(ChannelSession channel) {
        // keys are handled as they arrive, on the I/O thread: no thread per student waiting on a stream
        channel.setDataReceiver(new ChannelDataReceiver() {
            @Override
            public int data(ChannelSession session, byte[] buf, int start, int len) {
                keys(buf, start, len);
                return len;
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        terminal = ChannelTerminal.of(number(env, Environment.ENV_COLUMNS, 80), number(env, Environment.ENV_LINES, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        out = new ClientOutput(io, () -> {
            synchronized (this) {
                whole = true;
            }
            requestRender();
        });
        env.addSignalListener((ch, signal) -> {
            terminal.resize(number(env, Environment.ENV_COLUMNS, 80), number(env, Environment.ENV_LINES, 24));
            synchronized (this) {
                whole = true;
            }
            requestRender();
        }, Signal.WINCH);
        LiveGame.Join join = host.join(channel.getSession().getUsername(), this);
        if (!join.accepted()) {
            leave("Cannot join: " + join.refusal() + ".", 1);
            return;
        }
        name = join.name();
        render();
    }

    private static int number(Environment env, String key, int fallback) {
        try {
            return Integer.parseInt(env.getEnv().getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void keys(byte[] buf, int start, int len) {
        String me = name;
        if (me == null) {
            return;
        }
        boolean locked = false;
        for (KeyDecoder.Key key : decoder.decode(buf, start, len)) {
            if (key.type() == KeyDecoder.Type.LEAVE) {
                leave("Bye! Join again with the same name to keep your score.", 0);
                return;
            }
            if (key.type() != KeyDecoder.Type.CHAR) {
                continue;
            }
            int choice = choice(key.ch());
            if (choice >= 0) {
                locked |= host.answer(me, choice) == LiveGame.Lock.LOCKED;
            } else if ((key.ch() == 'q' || key.ch() == 'Q')
                    && host.withGame(g -> g.phase() == LiveGame.Phase.FINISHED)) {
                leave("Bye!", 0);
                return;
            }
        }
        if (locked) {
            render(); // the acknowledgement, at once
        }
    }

    /** A-F, a-f or 1-6 as a choice's index; -1 for any other key. */
    static int choice(char c) {
        char lower = Character.toLowerCase(c);
        if (lower >= 'a' && lower < 'a' + LiveGame.MAX_CHOICES) {
            return lower - 'a';
        }
        if (c >= '1' && c < '1' + LiveGame.MAX_CHOICES) {
            return c - '1';
        }
        return -1;
    }

    void requestRender() {
        if (renderQueued.compareAndSet(false, true)) {
            host.render(this);
        }
    }

    synchronized void render() {
        renderQueued.set(false);
        String me = name;
        if (leaving || me == null) {
            return;
        }
        LiveHost.Snapshot s = host.snapshot(me);
        if (s.view() == null) {
            leave("The host removed you from this quiz.", 1);
            return;
        }
        try {
            screen.doResizeIfNecessary();
            screen.clear();
            StudentScreen.draw(new Draw(screen.newTextGraphics()), s.view(), s.podium());
            screen.refresh(whole ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            whole = false;
            out.send(terminal.take());
        } catch (IOException | RuntimeException e) {
            leave("", 1); // a screen that cannot be drawn ends this student's connection only
        }
    }

    /** Says why, puts the student's terminal back as it was, and closes the channel once that is written. */
    synchronized void leave(String message, int code) {
        if (leaving) {
            return;
        }
        leaving = true;
        try {
            screen.stopScreen();
            byte[] bye = (message.isEmpty() ? "" : "\r\n" + newsquiz.ui.SafeText.line(message) + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.send(concat(terminal.take(), bye));
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
        String me = name;
        if (me != null) {
            host.leave(me, this);
        }
        out.afterDrained(() -> exit.onExit(code));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public void destroy(ChannelSession channel) {
        String me = name;
        if (me != null) {
            host.leave(me, this);
        }
        synchronized (this) {
            leaving = true;
        }
    }

    @Override
    public void setIoOutputStream(IoOutputStream out) {
        this.io = out;
    }

    @Override
    public void setIoErrorStream(IoOutputStream err) {
    }

    @Override
    public void setIoInputStream(IoInputStream in) {
    }
}
