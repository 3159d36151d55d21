package newsquiz.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A tmux server of the test's own: sessions that run the real programs, keys sent in, screens read back. */
final class Tmux implements AutoCloseable {
    private final String socket;

    Tmux(String socket) {
        this.socket = socket;
    }

    static boolean available(String program, String versionFlag) {
        try {
            Process p = new ProcessBuilder(program, versionFlag).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    void start(String session, int columns, int rows, String command) throws Exception {
        run("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
        run("set", "-sg", "escape-time", "10");
    }

    String screen(String session) throws Exception {
        return run("capture-pane", "-t", session, "-p");
    }

    /** Waits (bounded) until the session's screen shows the text; returns the screen. */
    String waitFor(String session, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        String s = "";
        while (System.currentTimeMillis() < deadline) {
            s = screen(session);
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen of " + session + " never showed '" + text + "':\n" + s);
    }

    void keys(String session, String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    @Override
    public void close() throws Exception {
        run("kill-server");
    }
}
