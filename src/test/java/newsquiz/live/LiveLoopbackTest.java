package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import newsquiz.session.TestQuizzes;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Students join over SSH on loopback (MINA's client), answer, leave and come back; what the server refuses. */
@Timeout(120)
class LiveLoopbackTest {
    private LiveFixture live;
    private SshClient client;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.stop();
        }
        if (live != null) {
            live.close();
        }
    }

    private void open(int questions) throws Exception {
        live = new LiveFixture(TestQuizzes.bank(questions), 0, 600_000, 50);
        client = SshStudent.client(LiveFixture.CODE);
    }

    @Test
    void studentsJoinAnswerLeaveAndRejoinAndEveryAnswerIsStored() throws Exception {
        open(2);
        try (SshStudent ann = SshStudent.join(client, "ann", live.port(), 80, 24);
             SshStudent bob = SshStudent.join(client, "bob", live.port(), 100, 30)) {
            ann.await("Welcome, ann!");
            bob.await("Welcome, bob!");
            live.next();
            ann.await("Question 1 of 2");
            bob.await("Question 1 of 2");
            ann.press("b");
            ann.await(StudentScreen.LOCKED + "B");
            bob.press("1");
            live.awaitPhase(LiveGame.Phase.REVEAL);
            bob.await("Wrong.");
            ann.await("Right!");

            // ann's laptop drops mid-question; she comes back under the same name with her score
            live.next();
            live.awaitPhase(LiveGame.Phase.QUESTION);
            ann.close();
            try (SshStudent again = SshStudent.join(client, "ANN", live.port(), 80, 24)) {
                again.await("Question 2 of 2");
                again.await("ann · ");
                int score = live.host.withGame(g -> g.studentView("ann", live.host.now()).score());
                assertThat(score).isGreaterThan(0);
                again.await(score + " points");
                again.press("B");
                again.await(StudentScreen.LOCKED + "B");
                bob.press("b");
                live.awaitPhase(LiveGame.Phase.REVEAL);
            }
        }
        live.finish();
        assertThat(live.storedAnswers()).containsExactly(
                "ann|q1|Right|1|0", "ann|q2|Right|1|0", "bob|q1|Wrong|0|0", "bob|q2|Right|1|0");
        assertThat(live.count("SELECT COUNT(*) FROM attempts")).isEqualTo(2);
        assertThat(live.count("SELECT COUNT(*) FROM attempts WHERE finished_at IS NOT NULL")).isEqualTo(2);
    }

    @Test
    void aWrongJoinCodeIsRefusedAndAnAddressThatKeepsGuessingIsShutOut() throws Exception {
        open(1);
        SshClient guesser = SshStudent.client("000000");
        try {
            for (int i = 0; i < LiveServer.MAX_FAILURES / 3 + 1; i++) { // three tries per connection
                assertThatThrownBy(() -> SshStudent.login(guesser, "mallory", live.port())).isInstanceOf(IOException.class);
            }
            // the right code from that address is refused too now
            assertThatThrownBy(() -> SshStudent.login(client, "mallory", live.port())).isInstanceOf(IOException.class);
        } finally {
            guesser.stop();
        }
        assertThat(live.host.withGame(LiveGame::leaderboard)).isEmpty();
    }

    @Test
    void noExecNoPortForwardingOnlyTheQuiz() throws Exception {
        open(1);
        try (ClientSession s = SshStudent.login(client, "eve", live.port())) {
            ChannelExec exec = s.createExecChannel("cat /etc/passwd");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            exec.setOut(out);
            exec.setErr(err);
            exec.open().verify(SshStudent.WAIT);
            exec.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                    SshStudent.WAIT);
            assertThat(out.toString()).doesNotContain("root");
            assertThat(err.toString()).contains("only the quiz runs here");
            boolean ran = exec.getExitStatus() == null || exec.getExitStatus() == 0;
            assertThat(ran).isFalse();
            assertThatThrownBy(() -> s.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 1),
                    new SshdSocketAddress("127.0.0.1", live.port())).open().verify(SshStudent.WAIT))
                    .isInstanceOf(Exception.class);
            assertThatThrownBy(() -> s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", live.port()))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aTakenNameIsRefusedWithAMessage() throws Exception {
        open(1);
        try (SshStudent first = SshStudent.join(client, "zoe", live.port(), 80, 24);
             SshStudent second = SshStudent.join(client, "Zoe", live.port(), 80, 24)) {
            first.await("Welcome, zoe!");
            second.await("already playing");
        }
    }

    @Test
    void theHostKeyIsKeptSoItsFingerprintStays() throws Exception {
        open(1);
        String first = live.server.fingerprint();
        LiveServer again = LiveServer.start(LiveServer.Settings.of("127.0.0.1", 0, "1", live.folder.resolve("host-key"), 1),
                live.host, new JoinGuard(1, Duration.ofMinutes(1).toMillis()));
        try {
            assertThat(again.fingerprint()).isEqualTo(first).startsWith("SHA256:");
        } finally {
            again.close();
        }
    }
}
