package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Players opening a new gradebook at the same moment: the schema is made once, inside a transaction that holds the
 * write lock, and every player gets in (no "table schema_version already exists").
 */
class FirstOpenConcurrencyTest {
    @TempDir
    Path dir;

    static List<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tenThreadsOpenANewGradebookAtOnce(String kind) throws Exception {
        String db = Databases.fresh(kind);
        int players = 10;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(players);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < players; i++) {
                String name = "player" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    try (Gradebook book = Gradebook.open(db)) {
                        book.player(name, 1);
                        return "ok";
                    } catch (StoreException e) {
                        return e.getMessage();
                    }
                }));
            }
            go.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Gradebook book = Gradebook.open(db)) {
            assertThat(book.players()).hasSize(players);
            assertThat(book.schemaVersion()).isEqualTo(Schema.VERSION);
        }
    }

    /** Separate processes, as a class of students starting the app at once. */
    @Test
    void severalProcessesOpenANewFileAtOnce() throws Exception {
        String db = dir.resolve("class.db").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            started.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    OpenOnce.class.getName(), db, "student" + i).redirectErrorStream(true).start());
        }
        for (Process p : started) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("never hangs").isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(out.strip()).isEqualTo("ok");
        }
        try (Gradebook book = Gradebook.open(db)) {
            assertThat(book.players()).hasSize(4);
        }
    }

    /** One student's process: opens the gradebook and signs in. */
    public static final class OpenOnce {
        public static void main(String[] args) {
            try (Gradebook book = Gradebook.open(args[0])) {
                book.player(args[1], 1);
                System.out.println("ok");
            } catch (StoreException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
