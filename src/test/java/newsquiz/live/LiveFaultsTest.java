package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import newsquiz.session.TestQuizzes;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One student misbehaves (drops mid-question, sends garbage, resizes to 1x1 or huge, stops reading): the host and
 * every other student carry on, and every answer is stored.
 */
@Timeout(120)
class LiveFaultsTest {
    private LiveFixture live;
    private SshClient client;

    @BeforeEach
    void open() throws Exception {
        live = new LiveFixture(TestQuizzes.bank(2), 0, 600_000, 20);
        client = SshStudent.client(LiveFixture.CODE);
    }

    @AfterEach
    void stop() throws IOException {
        client.stop();
        live.close();
    }

    /** The well-behaved student answers the open question right and sees it acknowledged. */
    private static void answersRight(SshStudent s, int question) throws IOException {
        s.await("Question " + question + " of 2");
        s.press("b");
        s.await(StudentScreen.LOCKED + "B");
    }

    @Test
    void aStudentWhoDropsMidQuestionTimesOutAndTheOthersGoOn() throws Exception {
        try (SshStudent ann = SshStudent.join(client, "ann", live.port(), 80, 24);
             SshStudent bob = SshStudent.join(client, "bob", live.port(), 80, 24);
             SshStudent cy = SshStudent.join(client, "cy", live.port(), 80, 24)) {
            bob.await("3 players have joined");
            live.next();
            answersRight(ann, 1);
            bob.await("Question 1 of 2");
            bob.close();
            cy.await("Question 1 of 2");
            cy.press("b");
            live.awaitPhase(LiveGame.Phase.REVEAL);
            ann.await("Right!");
            cy.await("Right!");
        }
        live.finish();
        assertThat(live.storedAnswers()).containsExactly("ann|q1|Right|1|0", "bob|q1||0|1", "cy|q1|Right|1|0");
    }

    @Test
    void garbageBytesChangeNothingForAnyone() throws Exception {
        try (SshStudent ann = SshStudent.join(client, "ann", live.port(), 80, 24);
             SshStudent noise = SshStudent.join(client, "noise", live.port(), 80, 24)) {
            noise.await("2 players have joined");
            byte[] junk = new byte[64 * 1024];
            Random random = new Random(12);
            for (int i = 0; i < junk.length; i++) {
                // bytes of every kind, without the keys that answer or leave: escapes, UTF-8 pieces, controls
                byte b = (byte) random.nextInt(256);
                boolean key = (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F') || (b >= '1' && b <= '6')
                        || b == 3 || b == 4;
                junk[i] = key ? 0x1B : b;
            }
            noise.pressBytes(junk);
            noise.pressBytes(new byte[] {0x1B, '[', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9'});
            live.next();
            answersRight(ann, 1);
            noise.await("Question 1 of 2");
            noise.press("\u001b[A\u001bOBa");
            live.awaitPhase(LiveGame.Phase.REVEAL);
            noise.await("Wrong.");
        }
        live.finish();
        assertThat(live.storedAnswers()).containsExactly("ann|q1|Right|1|0", "noise|q1|Wrong|0|0");
    }

    @Test
    void aScreenResizedToOneByOneOrHugeKeepsWorking() throws Exception {
        try (SshStudent ann = SshStudent.join(client, "ann", live.port(), 80, 24);
             SshStudent tiny = SshStudent.join(client, "tiny", live.port(), 80, 24)) {
            tiny.await("2 players have joined");
            tiny.resize(1, 1);
            tiny.await("C"); // a 1x1 screen holds the first letter of its last row, the lobby's "Ctrl-C leaves"
            tiny.resize(100_000, 100_000);
            live.next();
            answersRight(ann, 1);
            tiny.resize(1, 1);
            tiny.press("b");
            live.awaitPhase(LiveGame.Phase.REVEAL);
            tiny.resize(80, 24);
            tiny.await("Right!");
        }
        live.finish();
        assertThat(live.storedAnswers()).containsExactly("ann|q1|Right|1|0", "tiny|q1|Right|1|0");
    }

    @Test
    void aConnectionThatStopsAnsweringIsDroppedAndItsNameFreed() throws Exception {
        live.close();
        live = new LiveFixture(TestQuizzes.bank(2), 0, 600_000, 20,
                s -> s.withKeepAlive(java.time.Duration.ofMillis(250), 8)); // dead after 2 s, a slow machine allowed
        SshClient frozenClient = SshStudent.client(LiveFixture.CODE);
        CountDownLatch thawed = new CountDownLatch(1);
        try (SshStudent bob = SshStudent.join(client, "bob", live.port(), 80, 24);
             ClientSession frozen = SshStudent.login(frozenClient, "ann", live.port())) {
            bob.await("Welcome, bob!");
            ChannelShell shell = frozen.createShellChannel();
            shell.setOut(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    try {
                        thawed.await(); // a laptop gone to sleep: its client answers nothing any more
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
            });
            shell.open().verify(SshStudent.WAIT);
            long end = System.currentTimeMillis() + SshStudent.WAIT.toMillis();
            while (live.host.withGame(g -> g.leaderboard().isEmpty() || g.leaderboard().get(0).connected())) {
                assertThat(System.currentTimeMillis()).as("the dead connection was never dropped").isLessThan(end);
                Thread.sleep(50);
            }
            try (SshStudent again = SshStudent.join(client, "ann", live.port(), 80, 24)) {
                again.await("Welcome, ann!");
            }
            // bob's client answers the keep-alives: many rounds later he is still there
            assertThat(bob.closed()).isFalse();
            boolean bobHere = live.host.withGame(g -> g.leaderboard().stream()
                    .anyMatch(p -> p.name().equals("bob") && p.connected()));
            assertThat(bobHere).isTrue();
        } finally {
            thawed.countDown();
            frozenClient.stop();
        }
    }

    @Test
    void aStudentWhoStopsReadingHoldsUpNobody() throws Exception {
        SshClient slowClient = SshStudent.client(LiveFixture.CODE); // its I/O thread is the one that stalls
        // a 1 KB window: the server may send only that much before the student reads
        org.apache.sshd.core.CoreModuleProperties.WINDOW_SIZE.set(slowClient, 1024L);
        CountDownLatch reading = new CountDownLatch(1);
        SshStudent.Screenful slowScreen = new SshStudent.Screenful(250, 100);
        try (SshStudent ann = SshStudent.join(client, "ann", live.port(), 80, 24);
             ClientSession slow = SshStudent.login(slowClient, "slow", live.port())) {
            ChannelShell shell = slow.createShellChannel();
            shell.setPtyColumns(250);
            shell.setPtyLines(100);
            shell.setOut(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        reading.await(); // a student whose terminal never reads
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    slowScreen.write(b, off, len);
                }
            });
            shell.open().verify(SshStudent.WAIT);
            ann.await("2 players have joined");
            // whole redraws of a big screen, far more than any window or buffer holds
            for (int i = 0; i < 300; i++) {
                shell.sendWindowChange(250 - i % 2, 100);
            }
            for (int q = 1; q <= 2; q++) {
                live.next();
                answersRight(ann, q);
                live.host.withGame(g -> {
                    g.skip(live.host.now());
                    return null;
                });
                ann.await("Right!");
            }
            reading.countDown();
            slowScreen.await("Question 2 of 2", SshStudent.WAIT.toMillis());
        } finally {
            reading.countDown();
            slowClient.stop();
        }
        live.finish();
        assertThat(live.storedAnswers()).containsExactly("ann|q1|Right|1|0", "ann|q2|Right|1|0", "slow|q1||0|1",
                "slow|q2||0|1");
    }
}
