package newsquiz.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;

/**
 * `make bench-class`: a year group of 300 students (MINA's SSH client on loopback) against a host in its own JVM
 * (-Xmx512m). Each question: every student presses an answer at a random moment within two seconds; the latency is
 * from the key press to "Locked in" on that student's screen (the whole SSH round trip, the client's own work
 * included). Prints p50, p99 and the maximum, the host's heap after a collection and its peak resident memory, the
 * host's CPU while the whole class idles in the lobby for 10 seconds, and checks every answer was stored once.
 */
public final class ClassBench {
    private ClassBench() {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String classpath = System.getProperty("java.class.path");
        Process hostProcess = new ProcessBuilder("java", "-Xmx512m", "-cp", classpath, BenchHost.class.getName(),
                String.valueOf(questions)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader fromHost = new BufferedReader(new InputStreamReader(hostProcess.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toHost = new PrintWriter(hostProcess.getOutputStream(), true, StandardCharsets.UTF_8);
        String[] hello = fromHost.readLine().split(" ");
        int port = Integer.parseInt(hello[1]);
        String db = hello[2];
        SshClient client = SshStudent.client("4242");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ScheduledExecutorService presses = Executors.newScheduledThreadPool(2);
        List<SshStudent> class_ = new ArrayList<>();
        try {
            long joinStart = System.nanoTime();
            List<Future<SshStudent>> joining = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                String name = "student" + i;
                joining.add(pool.submit(() -> SshStudent.join(client, name, port, 80, 24)));
            }
            for (Future<SshStudent> f : joining) {
                class_.add(f.get());
            }
            for (SshStudent s : class_) {
                s.await("players have joined");
            }
            System.out.printf("%d students joined in %.1f s%n", students, (System.nanoTime() - joinStart) / 1e9);

            String[] before = command(toHost, fromHost, "stats");
            Thread.sleep(10_000);
            String[] after = command(toHost, fromHost, "stats");
            double idleCpu = (Long.parseLong(after[3]) - Long.parseLong(before[3])) / 1e9 / 10.0;
            System.out.printf("host CPU with %d students idle in the lobby: %.1f%% of one core%n", students, idleCpu * 100);

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Random random = new Random(1);
            for (int q = 1; q <= questions; q++) {
                command(toHost, fromHost, "next");
                for (SshStudent s : class_) {
                    s.await("Question " + q + " of " + questions);
                }
                long[] pressedAt = new long[class_.size()];
                for (int i = 0; i < class_.size(); i++) {
                    SshStudent s = class_.get(i);
                    int at = i;
                    String key = String.valueOf((char) ('a' + random.nextInt(2))); // every question has two choices or more
                    presses.schedule(() -> {
                        s.screenful().watch(StudentScreen.LOCKED);
                        pressedAt[at] = System.nanoTime();
                        s.press(key);
                        return null;
                    }, random.nextInt(2000), TimeUnit.MILLISECONDS);
                }
                for (int i = 0; i < class_.size(); i++) {
                    SshStudent s = class_.get(i);
                    s.await(StudentScreen.LOCKED);
                    while (s.screenful().seenAt() == 0) {
                        Thread.sleep(1); // the press and the acknowledgement race the watch by a hair
                    }
                    latencies.add(s.screenful().seenAt() - pressedAt[i]);
                }
                command(toHost, fromHost, "skip");
            }
            command(toHost, fromHost, "end");
            String[] stats = command(toHost, fromHost, "stats");
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("key press to acknowledgement over %d answers: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.size(), ms(sorted, 0.50), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
            System.out.printf("host memory: heap in use after a collection %d MB, peak resident %d MB (-Xmx512m)%n",
                    Long.parseLong(stats[1]) >> 20, Long.parseLong(stats[2]) >> 20);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT a.attempt_id || '/' || a.question_id)"
                         + " FROM answers a JOIN attempts t ON t.id = a.attempt_id JOIN players p ON p.id = t.player_id"
                         + " WHERE p.name <> 'proctor' AND a.timed_out = 0")) {
                r.next();
                System.out.printf("answers stored: %d (%d distinct; %d expected)%n", r.getInt(1), r.getInt(2),
                        students * questions);
                if (r.getInt(1) != students * questions || r.getInt(2) != students * questions) {
                    throw new AssertionError("answers lost or stored twice");
                }
            }
        } finally {
            for (SshStudent s : class_) {
                s.close();
            }
            client.stop();
            pool.shutdownNow();
            presses.shutdownNow();
            toHost.println("quit");
            hostProcess.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            hostProcess.destroy();
        }
    }

    private static String[] command(PrintWriter to, BufferedReader from, String line) throws Exception {
        to.println(line);
        String[] result = null;
        for (String l; (l = from.readLine()) != null; ) {
            if (l.startsWith("STATS ")) {
                result = l.split(" ");
            }
            if (l.equals("OK " + line)) {
                return result;
            }
        }
        throw new IllegalStateException("the host ended");
    }

    private static double ms(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
