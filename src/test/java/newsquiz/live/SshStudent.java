package newsquiz.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * A student as the tests play one: MINA's SSH client on loopback, a pty of a given size, the join code typed at
 * the keyboard-interactive prompt, keys sent as bytes, and everything the server draws kept to search.
 */
final class SshStudent implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ClientSession session;
    private final ChannelShell shell;
    private final Screenful screen;

    private SshStudent(ClientSession session, ChannelShell shell, int columns, int rows) {
        this.screen = new Screenful(columns, rows);
        this.session = session;
        this.shell = shell;
    }

    /** A client that answers the join-code prompt with {@code code}; one is shared by many students. */
    static SshClient client(String code) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.setUserInteraction(new UserInteraction() {
            @Override
            public String[] interactive(ClientSession s, String name, String instruction, String lang,
                                        String[] prompt, boolean[] echo) {
                String[] answers = new String[prompt.length];
                java.util.Arrays.fill(answers, code);
                return answers;
            }

            @Override
            public String getUpdatedPassword(ClientSession s, String prompt, String lang) {
                return null;
            }
        });
        client.start();
        return client;
    }

    static ClientSession login(SshClient client, String name, int port) throws IOException {
        ClientSession s = client.connect(name, "127.0.0.1", port).verify(WAIT).getSession();
        s.auth().verify(WAIT);
        return s;
    }

    static SshStudent join(SshClient client, String name, int port, int columns, int rows) throws IOException {
        ClientSession s = login(client, name, port);
        ChannelShell shell = s.createShellChannel();
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        SshStudent student = new SshStudent(s, shell, columns, rows);
        shell.setOut(student.screen);
        shell.setErr(student.screen);
        shell.open().verify(WAIT);
        return student;
    }

    void press(String typed) throws IOException {
        pressBytes(typed.getBytes(StandardCharsets.UTF_8));
    }

    void pressBytes(byte[] bytes) throws IOException {
        OutputStream keys = shell.getInvertedIn();
        keys.write(bytes);
        keys.flush();
    }

    void resize(int columns, int rows) throws IOException {
        screen.resize(columns, rows);
        shell.sendWindowChange(columns, rows);
    }

    Screenful screenful() {
        return screen;
    }

    /** Waits until the screen shows {@code text}; fails after {@link #WAIT}. */
    void await(String text) {
        screen.await(text, WAIT.toMillis());
    }

    boolean shows(String text) {
        return screen.shows(text);
    }

    String screen() {
        return screen.text();
    }

    /** Bytes received so far. */
    int received() {
        return screen.size();
    }

    boolean closed() {
        return shell.isClosed() || session.isClosed();
    }

    /** Drops the connection without a word, as a closed laptop lid does. */
    @Override
    public void close() throws IOException {
        session.close(true);
    }

    /**
     * What the student's terminal shows: the bytes the server sent, played onto a grid of characters (cursor moves,
     * clears, line erases; colours and modes ignored), which is all Lanterna uses. Searching the grid, not the raw
     * bytes, finds a text however the screen's delta drawing split it.
     */
    static final class Screenful extends OutputStream {
        private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
        private final java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE);
        private final java.nio.ByteBuffer undecoded = java.nio.ByteBuffer.allocate(16);
        private char[][] grid;
        private int row;
        private int col;
        private StringBuilder sequence;

        Screenful(int columns, int rows) {
            resize(columns, rows);
        }

        synchronized void resize(int columns, int rows) {
            // the server draws at most ChannelTerminal.MAX, so a bigger grid would only hold blanks
            grid = new char[Math.max(1, Math.min(rows, ChannelTerminal.MAX.getRows()))]
                    [Math.max(1, Math.min(columns, ChannelTerminal.MAX.getColumns()))];
            for (char[] line : grid) {
                java.util.Arrays.fill(line, ' ');
            }
            row = 0;
            col = 0;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        private String watched;
        private long seenAt;

        /** From now on, notes the time {@code text} first shows (for the benchmark's latency). */
        synchronized void watch(String text) {
            watched = text;
            seenAt = 0;
        }

        /** System.nanoTime() when the watched text showed, 0 while it has not. */
        synchronized long seenAt() {
            return seenAt;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writeBytes(b, off, len);
            if (watched != null && shows(watched)) {
                seenAt = System.nanoTime();
                watched = null;
            }
            notifyAll();
        }

        private void writeBytes(byte[] b, int off, int len) {
            raw.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                undecoded.put(b[i]);
                undecoded.flip();
                java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4);
                utf8.decode(undecoded, out, false);
                undecoded.compact();
                out.flip();
                while (out.hasRemaining()) {
                    play(out.get());
                }
            }
        }

        private void play(char c) {
            if (sequence != null) {
                sequence.append(c);
                if (sequence.length() == 1 && c != '[') {
                    sequence = null; // ESC and one character: nothing a grid needs
                } else if (sequence.length() > 1 && c >= 0x40 && c <= 0x7E) {
                    csi(sequence.substring(1, sequence.length() - 1), c);
                    sequence = null;
                }
                return;
            }
            switch (c) {
                case 0x1B -> sequence = new StringBuilder();
                case '\r' -> col = 0;
                case '\n' -> row = Math.min(grid.length - 1, row + 1);
                case 0 -> { }
                default -> {
                    if (c >= ' ' && row < grid.length && col < grid[0].length) {
                        grid[row][col] = c;
                    }
                    col++;
                }
            }
        }

        private void csi(String params, char command) {
            String[] p = params.replace("?", "").split(";");
            switch (command) {
                case 'H', 'f' -> {
                    row = Math.max(0, Math.min(grid.length - 1, number(p, 0, 1) - 1));
                    col = Math.max(0, number(p, 1, 1) - 1);
                }
                case 'J' -> {
                    for (char[] line : grid) {
                        java.util.Arrays.fill(line, ' ');
                    }
                }
                case 'K' -> {
                    if (row < grid.length && col < grid[0].length) {
                        java.util.Arrays.fill(grid[row], col, grid[0].length, ' ');
                    }
                }
                default -> { }
            }
        }

        private static int number(String[] p, int i, int fallback) {
            try {
                return i < p.length && !p[i].isEmpty() ? Integer.parseInt(p[i]) : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        synchronized int size() {
            return raw.size();
        }

        /** The screen as it stands, a line per row. */
        synchronized String text() {
            StringBuilder sb = new StringBuilder();
            for (char[] line : grid) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        }

        synchronized boolean shows(String text) {
            return text().contains(text);
        }

        synchronized void await(String text, long millis) {
            long end = System.currentTimeMillis() + millis;
            while (!shows(text)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("the screen never showed \"" + text + "\"; it shows:\n" + text());
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }
}
