package newsquiz.live;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;

/**
 * The teacher's screen and keys (Lanterna, on the host's own terminal): Enter starts and moves on, p pauses and
 * resumes, e gives 10 more seconds, s skips to the answers, r removes a player, q ends (asking first) and quits
 * from the podium. It redraws when the game changed, the countdown's second did or the terminal was resized, and
 * otherwise sleeps between looks at the keyboard.
 */
public final class HostConsole {
    static final long EXTRA_MILLIS = 10_000;
    private static final long IDLE_MILLIS = 25;

    private final Screen screen;
    private final LiveHost host;
    private final HostScreen.Header header;
    private int removing = -1;
    private boolean confirmingEnd;
    private boolean done;
    private String notice = "";

    HostConsole(Screen screen, LiveHost host, HostScreen.Header header) {
        this.screen = screen;
        this.host = host;
        this.header = header;
    }

    public static HostConsole of(Screen screen, LiveHost host, String joinCommand, String code, String fingerprint) {
        return new HostConsole(screen, host, new HostScreen.Header(joinCommand, code, fingerprint));
    }

    /** Runs until the teacher quits from the podium. */
    public void run() throws IOException, InterruptedException {
        long shownVersion = -1;
        long shownSecond = -1;
        while (!done) {
            KeyStroke key = screen.pollInput();
            boolean acted = key != null && handle(key);
            long[] state = host.withGame(g -> new long[] {g.version(), StudentScreen.seconds(g.remaining(host.now()))});
            boolean resized = screen.doResizeIfNecessary() != null;
            if (acted || resized || state[0] != shownVersion || state[1] != shownSecond) {
                shownVersion = state[0];
                shownSecond = state[1];
                draw(resized);
            }
            if (key == null) {
                Thread.sleep(IDLE_MILLIS);
            }
        }
    }

    /** Acts on one key; true when the screen should be redrawn. */
    boolean handle(KeyStroke key) {
        if (removing >= 0) {
            return choosingRemoval(key);
        }
        Character c = key.getKeyType() == KeyType.Character ? Character.toLowerCase(key.getCharacter()) : null;
        if (confirmingEnd) {
            confirmingEnd = false;
            if (c != null && c == 'y') {
                act(g -> g.end(host.now()));
                notice = "";
            } else {
                notice = "Going on.";
            }
            return true;
        }
        LiveGame.Phase phase = host.withGame(LiveGame::phase);
        notice = "";
        if (key.getKeyType() == KeyType.Enter || (c != null && (c == ' ' || c == 'n'))) {
            act(g -> g.next(host.now()));
        } else if (c == null) {
            return false;
        } else if (c == 'p') {
            act(g -> {
                if (g.paused()) {
                    g.resume(host.now());
                } else {
                    g.pause(host.now());
                }
            });
        } else if (c == 'e') {
            act(g -> g.extend(EXTRA_MILLIS, host.now()));
        } else if (c == 's') {
            act(g -> g.skip(host.now()));
        } else if (c == 'r' && phase != LiveGame.Phase.FINISHED) {
            removing = host.withGame(g -> g.leaderboard().isEmpty()) ? -1 : 0;
            notice = removing < 0 ? "Nobody to remove." : "";
        } else if (c == 'q') {
            if (phase == LiveGame.Phase.FINISHED) {
                done = true;
            } else {
                confirmingEnd = true;
                notice = "End the quiz now? Answers given are kept. y ends, any other key goes on.";
            }
        } else {
            return false;
        }
        return true;
    }

    private boolean choosingRemoval(KeyStroke key) {
        List<LiveGame.Standing> board = host.withGame(LiveGame::leaderboard);
        switch (key.getKeyType()) {
            case ArrowUp -> removing = Math.max(0, removing - 1);
            case ArrowDown -> removing = Math.min(board.size() - 1, removing + 1);
            case Escape -> removing = -1;
            case Enter -> {
                if (removing < board.size()) {
                    String name = board.get(removing).name();
                    host.remove(name);
                    notice = "Removed " + name + ".";
                }
                removing = -1;
            }
            default -> {
                return false;
            }
        }
        if (removing >= board.size()) {
            removing = board.size() - 1;
        }
        return true;
    }

    private void act(java.util.function.Consumer<LiveGame> change) {
        host.withGame(g -> {
            change.accept(g);
            return null;
        });
    }

    void draw(boolean whole) throws IOException {
        HostView v = host.withGame(g -> HostView.of(g, host.now()));
        screen.clear();
        HostScreen.draw(new Draw(screen.newTextGraphics()), v, header, removing,
                confirmingEnd || !notice.isEmpty() ? notice : "");
        screen.refresh(whole ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    boolean done() {
        return done;
    }
}
