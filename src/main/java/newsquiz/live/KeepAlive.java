package newsquiz.live;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.SshServer;

/**
 * Asks each joined connection for a reply every {@code interval}, with the keep-alive request OpenSSH itself uses
 * (every client answers it, if only to say it does not know it); a connection that left {@code maxMissed} in a row
 * unanswered is closed. A student whose laptop went to sleep so frees their name to rejoin with, and no live
 * connection is ever idle. (MINA's own heartbeat settings serve its client, not its server.)
 */
final class KeepAlive implements AutoCloseable {
    private static final String REQUEST = "keepalive@openssh.com";
    private static final AttributeKey<AtomicInteger> MISSED = new AttributeKey<>();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsquiz-live-keepalive");
        t.setDaemon(true);
        return t;
    });

    KeepAlive(SshServer sshd, Duration interval, int maxMissed) {
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> round(sshd, maxMissed), millis, millis, TimeUnit.MILLISECONDS);
    }

    private static void round(SshServer sshd, int maxMissed) {
        for (AbstractSession session : sshd.getActiveSessions()) {
            if (!session.isAuthenticated() || session.isClosing()) {
                continue; // a login has its own timeout
            }
            AtomicInteger missed = session.computeAttributeIfAbsent(MISSED, k -> new AtomicInteger());
            if (missed.incrementAndGet() > maxMissed) {
                session.close(true);
                continue;
            }
            try {
                Buffer request = session.createBuffer(SshConstants.SSH_MSG_GLOBAL_REQUEST, REQUEST.length() + 16);
                request.putString(REQUEST);
                request.putBoolean(true);
                session.request(request, REQUEST, (command, reply) -> missed.set(0));
            } catch (IOException | RuntimeException e) {
                session.close(true);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
