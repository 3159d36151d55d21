package newsquiz.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * The SSH server students join (Apache MINA SSHD): the join code by keyboard-interactive (the SSH user name is the
 * student's display name), and then only the quiz screen. No shell, exec, file transfer, port, X11 or agent
 * forwarding; one channel per connection; a cap on connections; idle and login timeouts, keep-alives that drop a
 * dead connection ({@link KeepAlive}); and a limit on wrong join codes per address. The host key lives in the data
 * folder, so its fingerprint stays the same from class to class.
 */
public final class LiveServer implements AutoCloseable {
    /** Wrong codes an address may give within {@link #FAILURE_WINDOW} before it must wait. */
    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);

    /** How a server is set up: where it listens, the code, the caps and timeouts. */
    public record Settings(String bind, int port, String code, Path hostKey, int maxConnections, Duration idle,
                           Duration login, Duration keepAlive, int maxMissed) {
        public static Settings of(String bind, int port, String code, Path hostKey, int maxPlayers) {
            return new Settings(bind, port, code, hostKey, maxPlayers + 20, Duration.ofMinutes(30),
                    Duration.ofMinutes(2), Duration.ofSeconds(30), 4);
        }

        /** The same with keep-alives every {@code interval}, {@code maxMissed} of them left unanswered allowed. */
        public Settings withKeepAlive(Duration interval, int missed) {
            return new Settings(bind, port, code, hostKey, maxConnections, idle, login, interval, missed);
        }
    }

    private final SshServer sshd;
    private final String fingerprint;
    private final KeepAlive keepAlive;

    private LiveServer(SshServer sshd, String fingerprint, KeepAlive keepAlive) {
        this.sshd = sshd;
        this.fingerprint = fingerprint;
        this.keepAlive = keepAlive;
    }

    /** Starts listening; the port actually bound is {@link #port()} (0 in the settings picks a free one). */
    public static LiveServer start(Settings settings, LiveHost host, JoinGuard guard) throws IOException {
        Files.createDirectories(settings.hostKey().toAbsolutePath().getParent());
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(settings.hostKey());
        String fingerprint = "";
        try {
            for (KeyPair k : keys.loadKeys(null)) {
                fingerprint = KeyUtils.getFingerPrint(k.getPublic());
                break;
            }
        } catch (RuntimeException e) {
            throw new IOException("the host key " + settings.hostKey() + " cannot be read: " + e.getMessage(), e);
        }
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(settings.bind());
        sshd.setPort(settings.port());
        sshd.setKeyPairProvider(keys);
        sshd.setUserAuthFactories(List.of(UserAuthKeyboardInteractiveFactory.INSTANCE));
        sshd.setPasswordAuthenticator(null);
        sshd.setPublickeyAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(authenticator(settings.code(), guard, host));
        sshd.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setCommandFactory((channel, command) -> new RefusedCommand());
        sshd.setShellFactory(channel -> new StudentChannel(host));
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, settings.idle());
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, settings.login());
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 3);
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 1);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "newsquiz");
        AtomicInteger open = new AtomicInteger();
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                if (open.incrementAndGet() > settings.maxConnections()) {
                    session.close(true); // over the cap: refused before any work is done for it
                }
            }

            @Override
            public void sessionClosed(Session session) {
                open.decrementAndGet();
            }
        });
        sshd.start();
        return new LiveServer(sshd, fingerprint, new KeepAlive(sshd, settings.keepAlive(), settings.maxMissed()));
    }

    private static KeyboardInteractiveAuthenticator authenticator(String code, JoinGuard guard, LiveHost host) {
        byte[] expected = code.getBytes(StandardCharsets.UTF_8);
        return new KeyboardInteractiveAuthenticator() {
            @Override
            public InteractiveChallenge generateChallenge(ServerSession session, String username, String lang,
                                                          String subMethods) {
                InteractiveChallenge c = new InteractiveChallenge();
                c.setInteractionName("newsquiz live");
                c.setInteractionInstruction("Type the join code shown on the teacher's screen.");
                c.addPrompt("Join code: ", true);
                return c;
            }

            @Override
            public boolean authenticate(ServerSession session, String username, List<String> responses) {
                String address = address(session.getClientAddress());
                long now = host.now();
                if (!guard.allowed(address, now)) {
                    return false;
                }
                String given = responses == null || responses.size() != 1 || responses.get(0) == null
                        ? "" : responses.get(0).strip();
                if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
                guard.failed(address, now);
                return false;
            }
        };
    }

    /** The limit on wrong join codes a server keeps: {@link #MAX_FAILURES} per address in {@link #FAILURE_WINDOW}. */
    public static JoinGuard guard() {
        return new JoinGuard(MAX_FAILURES, FAILURE_WINDOW.toMillis());
    }

    static String address(SocketAddress a) {
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress()
                : String.valueOf(a);
    }

    public int port() {
        return sshd.getPort();
    }

    /** The host key's fingerprint (SHA256:...), as OpenSSH shows it on first connection. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public void close() throws IOException {
        keepAlive.close();
        sshd.stop(true);
    }
}
