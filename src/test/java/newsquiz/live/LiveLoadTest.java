package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsquiz.session.TestQuizzes;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A class of 100 simulated students (MINA's SSH client on loopback) answering every question, some pressing twice:
 * every answer is stored exactly once, as given, and every student's screen acknowledges it.
 */
@Timeout(180)
class LiveLoadTest {
    static final int STUDENTS = 100;
    static final int QUESTIONS = 3;

    @Test
    void everyAnswerOfAHundredStudentsIsRecordedExactlyOnce() throws Exception {
        // a time limit far beyond the test: each question closes when everyone has answered
        try (LiveFixture live = new LiveFixture(TestQuizzes.bank(QUESTIONS), 0, 600_000, STUDENTS)) {
            SshClient client = SshStudent.client(LiveFixture.CODE);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<SshStudent> students = new ArrayList<>();
            try {
                List<Future<SshStudent>> joining = new ArrayList<>();
                for (int i = 0; i < STUDENTS; i++) {
                    String name = "student" + i;
                    joining.add(pool.submit(() -> SshStudent.join(client, name, live.port(), 80, 24)));
                }
                for (Future<SshStudent> f : joining) {
                    students.add(f.get());
                }
                for (SshStudent s : students) {
                    s.await("players have joined");
                }
                for (int q = 1; q <= QUESTIONS; q++) {
                    live.next();
                    for (SshStudent s : students) {
                        s.await("Question " + q + " of " + QUESTIONS);
                    }
                    for (int i = 0; i < STUDENTS; i++) {
                        // "a" is wrong, "b" right; every fifth student presses twice, the second press ignored
                        students.get(i).press(choice(i, q) + (i % 5 == 0 ? "c" : ""));
                    }
                    live.awaitPhase(LiveGame.Phase.REVEAL);
                    for (SshStudent s : students) {
                        s.await("time is up");
                    }
                }
            } finally {
                for (SshStudent s : students) {
                    s.close();
                }
                client.stop();
                pool.shutdownNow();
            }
            live.finish();
            List<String> rows = live.storedAnswers();
            assertThat(rows).hasSize(STUDENTS * QUESTIONS);
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < STUDENTS; i++) {
                for (int q = 1; q <= QUESTIONS; q++) {
                    boolean right = choice(i, q).equals("b");
                    expected.add("student" + i + "|q" + q + "|" + (right ? "Right|1" : "Wrong|0") + "|0");
                }
            }
            assertThat(new HashSet<>(rows)).isEqualTo(expected);
            assertThat(live.count("SELECT COUNT(*) FROM attempts")).isEqualTo(STUDENTS);
        }
    }

    private static String choice(int student, int question) {
        return (student + question) % 3 == 0 ? "a" : "b";
    }
}
