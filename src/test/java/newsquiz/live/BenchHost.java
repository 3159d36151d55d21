package newsquiz.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.store.Gradebook;

/**
 * The host side of `make bench-class`, in a JVM of its own so its memory and CPU are its own: the bundled quiz,
 * a gradebook in a temporary folder, the SSH server on loopback, and a proctor who never answers (so a question
 * stays open until the bench skips it). Driven by lines on standard input: next, skip, end, stats, quit.
 */
public final class BenchHost {
    private BenchHost() {
    }

    public static void main(String[] args) throws Exception {
        int questions = Integer.parseInt(args[0]);
        Quiz quiz = QuizFiles.read(Path.of("quizzes/venezuela-rostec-2019.json"));
        Path folder = Files.createTempDirectory("newsquiz-bench-class");
        try (Gradebook book = Gradebook.open(folder.resolve("grades.db").toString())) {
            List<Question> qs = LiveGame.playable(quiz, questions);
            LiveGradebook recording = new LiveGradebook(book, quiz, qs.size());
            LiveGame game = new LiveGame(quiz, qs, 600_000, 1000, recording);
            game.join("proctor", 0);
            LiveHost host = new LiveHost(game, System::currentTimeMillis);
            host.start();
            LiveServer server = LiveServer.start(LiveServer.Settings.of("127.0.0.1", 0, "4242",
                    folder.resolve("host-key"), 1000), host, LiveServer.guard());
            System.out.println("PORT " + server.port() + " " + folder.resolve("grades.db"));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                switch (line) {
                    case "next" -> host.withGame(g -> {
                        g.next(host.now());
                        return null;
                    });
                    case "skip" -> host.withGame(g -> {
                        g.skip(host.now());
                        return null;
                    });
                    case "end" -> {
                        host.withGame(g -> {
                            g.end(host.now());
                            return null;
                        });
                        recording.close();
                    }
                    case "stats" -> System.out.println("STATS " + stats());
                    default -> { }
                }
                System.out.println("OK " + line);
            }
            server.close();
            host.close();
        }
    }

    /** Heap in use after a collection, peak resident memory and CPU time so far. */
    private static String stats() throws Exception {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        long hwm = 0;
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                hwm = Long.parseLong(l.replaceAll("\\D", "")) * 1024;
            }
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return heap + " " + hwm + " " + cpu;
    }
}
