package newsquiz.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * As a new user would: the teacher hosts the bundled quiz with the real jar under tmux, two real OpenSSH clients
 * join with the code and play it to the end, and the results show in `newsquiz report`. The server listens on
 * 127.0.0.1 only, on a port that was free. CI installs tmux and openssh-client; elsewhere without them, skipped.
 */
@Timeout(300)
class LiveClassUnderTmuxIT {
    private static final Path JAR = Path.of("target/newsquiz.jar").toAbsolutePath();
    private static final Path QUIZ = Path.of("quizzes/venezuela-rostec-2019.json").toAbsolutePath();

    private static void requireTools() {
        boolean ready = Tmux.available("tmux", "-V") && Tmux.available("ssh", "-V");
        if (System.getenv("CI") != null) {
            assertThat(ready).as("tmux and ssh are installed by .ci/run").isTrue();
        }
        assumeTrue(ready, "tmux or ssh is not installed");
    }

    /** The letters of the right choices of the first {@code n} questions with choices, from the quiz file. */
    private static List<String> rightLetters(int n) throws Exception {
        JsonArray qs = JsonParser.parseString(Files.readString(QUIZ)).getAsJsonObject().getAsJsonArray("questions");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < qs.size() && out.size() < n; i++) {
            JsonObject q = qs.get(i).getAsJsonObject();
            String type = q.get("type").getAsString();
            if (!type.equals("multiple_choice") && !type.equals("true_false")) {
                continue;
            }
            String answer = type.equals("true_false") ? (q.get("answer").getAsBoolean() ? "True" : "False")
                    : q.get("answer").getAsString();
            JsonArray choices = q.getAsJsonArray("choices");
            for (int c = 0; c < choices.size(); c++) {
                if (choices.get(c).getAsString().equals(answer)) {
                    out.add(String.valueOf((char) ('a' + c)));
                }
            }
        }
        return out;
    }

    private static String wrong(String right) {
        return right.equals("a") ? "b" : "a";
    }

    @Test
    void aTeacherHostsAndTwoStudentsPlayOverOpenSsh() throws Exception {
        requireTools();
        assertThat(JAR).exists();
        Path dir = Files.createTempDirectory("newsquiz-live-it");
        Path db = dir.resolve("grades.db");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<String> right = rightLetters(2);
        try (Tmux tmux = new Tmux("newsquiz-live-it-" + ProcessHandle.current().pid())) {
            tmux.start("host", 100, 30, "env TERM=xterm-256color NEWSQUIZ_DB=" + db + " XDG_DATA_HOME=" + dir.resolve("data")
                    + " java -jar " + JAR + " host " + QUIZ + " --bind 127.0.0.1 --port " + port
                    + " --code 4242 -n 2 --time 120; echo host-exited-$?; sleep 60");
            tmux.waitFor("host", "0 players joined");
            for (String name : List.of("alice", "bob")) {
                tmux.start(name, 90, 26, "ssh -F /dev/null -p " + port + " -o StrictHostKeyChecking=accept-new"
                        + " -o UserKnownHostsFile=" + dir.resolve("known_hosts") + " -o PubkeyAuthentication=no"
                        + " -o PreferredAuthentications=keyboard-interactive " + name + "@127.0.0.1; sleep 60");
                tmux.waitFor(name, "Join code:");
                tmux.keys(name, "4242", "Enter");
                tmux.waitFor(name, "Welcome, " + name + "!");
            }
            tmux.waitFor("host", "alice, bob");

            for (int q = 1; q <= 2; q++) {
                tmux.keys("host", "Enter");
                tmux.waitFor("alice", "Question " + q + " of 2");
                tmux.waitFor("bob", "Question " + q + " of 2");
                tmux.keys("alice", right.get(q - 1));
                tmux.waitFor("alice", "Locked in: " + right.get(q - 1).toUpperCase());
                tmux.keys("bob", wrong(right.get(q - 1)));
                tmux.waitFor("host", "time is up");
                tmux.waitFor("alice", "Right!");
                tmux.waitFor("bob", "Wrong.");
            }
            tmux.keys("host", "Enter");
            String podium = tmux.waitFor("host", "The podium");
            assertThat(podium.indexOf("alice")).isLessThan(podium.indexOf("bob"));
            tmux.waitFor("alice", "The end! You scored");
            tmux.keys("alice", "q");
            tmux.waitFor("alice", "Bye!");
            tmux.keys("host", "q");
            String after = tmux.waitFor("host", "host-exited-");
            assertThat(after).contains("host-exited-0", "Results are in the gradebook");
            // bob was still there: his terminal is given back with a word, not cut off mid-screen
            tmux.waitFor("bob", "The quiz is over. Thanks for playing!");
        }

        ProcessBuilder pb = new ProcessBuilder("java", "-jar", JAR.toString(), "report", "--quiz", QUIZ.toString())
                .redirectErrorStream(true);
        pb.environment().put("NEWSQUIZ_DB", db.toString());
        Process report = pb.start();
        report.getOutputStream().close();
        String out = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        report.waitFor(60, TimeUnit.SECONDS);
        assertThat(out).contains("alice", "bob", "2 players", "finished");
    }
}
