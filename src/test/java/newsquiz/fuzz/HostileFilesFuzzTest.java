package newsquiz.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.cli.Main;
import newsquiz.questions.Numbers;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.session.AnswerChecker;
import newsquiz.session.Session;
import newsquiz.ui.LineSource;
import newsquiz.ui.PlainPlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of hostile variants of good articles and quiz files (random bytes, truncations, control characters,
 * huge fields, wrong types) through the article reader, `facts`, `generate` and the quiz reader: every one ends in
 * a result or a clear message naming the file (exit 2, or 1 for an article with nothing to ask), never an internal
 * error, and each within a generous bound. Seeded, so a failure names the case that replays it; set the system
 * property {@code fuzz.seed} to explore other cases. The whole run takes about half a minute on two cores.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFilesFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    /** Per case; a case takes milliseconds, the bound only says "never hangs". */
    private static final long CASE_BOUND_MILLIS = 20_000;
    private static final List<String> ARTICLES = List.of("venezuela-rostec-2019.txt", "mugabe-dies-2019.txt",
            "pelosi-speaker-2019.html", "voa-n149-pompeo-kim-yong-chol.txt", "ford-doj-emissions-2019.txt",
            "spacex-crew-dragon-iss-2019.txt");
    private static final List<String> QUIZZES = List.of("venezuela-rostec-2019.json", "mugabe-dies-2019.json",
            "pelosi-speaker-2019.json", "voa-n149-pompeo-kim-yong-chol.json");
    private static final List<String> NAMES = List.of("a.txt", "a.md", "a.html", "a.htm", "a", "a.json");

    @TempDir
    Path dir;

    private static byte[] article(String name) throws IOException {
        try (InputStream in = HostileFilesFuzzTest.class.getResourceAsStream("/articles/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Runs one case, failing with its number, seed and mutations when it throws or takes too long. */
    private static void check(String what, int n, long seed, Mutations m, ThrowingRunnable body) {
        long start = System.nanoTime();
        try {
            body.run();
        } catch (Throwable e) {
            AssertionError error = new AssertionError(what + " case " + n + " (seed " + seed + ", " + m.log + "): " + e, e);
            throw error;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > CASE_BOUND_MILLIS) {
            fail(what + " case " + n + " (seed " + seed + ", " + m.log + ") took " + millis + " ms");
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void assertClearMessage(String message, String file) {
        assertThat(message).startsWith(file).doesNotContain("Exception", "LENIENT", "java.", "Gson", "\tat ");
    }

    @Test
    void articlesThroughTheReader() throws Exception {
        for (int n = 0; n < 2000; n++) {
            long seed = SEED * 100_000 + n;
            Mutations m = new Mutations(seed);
            byte[] bytes = m.bytes(article(m.pick(ARTICLES)), 200_000);
            String name = m.pick(NAMES);
            check("article reader", n, seed, m, () -> {
                try {
                    assertThat(ArticleReader.fromBytes(name, name, bytes).bodyParagraphs()).isNotEmpty();
                } catch (BadInputException e) {
                    assertClearMessage(e.getMessage(), name);
                }
            });
        }
    }

    @Test
    void articlesThroughFactsAndGenerate() throws Exception {
        for (int n = 0; n < 200; n++) {
            long seed = SEED * 100_000 + 50_000 + n;
            Mutations m = new Mutations(seed);
            String source = m.pick(ARTICLES);
            byte[] bytes = m.bytes(article(source), 4_000);
            Path file = dir.resolve(n + "-" + (m.chance(0.8) ? source : m.pick(NAMES)));
            Files.write(file, bytes);
            Path quiz = dir.resolve(n + "-quiz.json");
            check("facts and generate", n, seed, m, () -> {
                Run facts = run("facts", file.toString());
                assertThat(facts.code).as(facts.err).isIn(0, 2);
                if (facts.code == 2) {
                    assertClearMessage(facts.err, "newsquiz: " + file);
                }
                Run generate = run("generate", file.toString(), "-o", quiz.toString());
                assertThat(generate.code).as(generate.err).isIn(0, 1, 2);
                if (generate.code == 0) {
                    everyQuestionCanBeAnsweredAndWon(QuizFiles.read(quiz)); // what generate writes, play reads
                } else {
                    assertClearMessage(generate.err, "newsquiz: " + file);
                    assertThat(quiz).doesNotExist();
                    if (generate.code == 1) {
                        assertThat(generate.err).contains("no questions could be made");
                    }
                }
                Files.deleteIfExists(quiz);
            });
        }
    }

    @Test
    void quizFilesThroughTheReader() throws Exception {
        List<String> good = new ArrayList<>();
        for (String q : QUIZZES) {
            good.add(Files.readString(Path.of("quizzes", q)));
        }
        Path file = dir.resolve("quiz.json");
        int accepted = 0;
        for (int n = 0; n < 2500; n++) {
            long seed = SEED * 100_000 + 80_000 + n;
            Mutations m = new Mutations(seed);
            String json = m.chance(0.9) ? m.quizJson(m.pick(good)) : m.pick(good);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            if (m.chance(0.3)) {
                bytes = m.bytes(bytes, 100_000);
            } else if (m.chance(0.05)) {
                bytes = json.getBytes(m.chance(0.5) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
                m.log.add("UTF-16");
            }
            Files.write(file, bytes);
            boolean[] read = {false};
            check("quiz reader", n, seed, m, () -> {
                try {
                    everyQuestionCanBeAnsweredAndWon(QuizFiles.read(file));
                    read[0] = true;
                } catch (BadInputException e) {
                    assertClearMessage(e.getMessage(), file.toString());
                }
            });
            accepted += read[0] ? 1 : 0;
        }
        assertThat(accepted).as("some mutations (a changed prompt, a removed explanation) are harmless").isPositive();
    }

    /** What the gradebook and the player need of every question the reader lets through. */
    private static void everyQuestionCanBeAnsweredAndWon(Quiz quiz) {
        assertThat(quiz.id()).isNotBlank();
        assertThat(quiz.title()).isNotBlank();
        assertThat(quiz.questions()).isNotEmpty();
        for (Question q : quiz.questions()) {
            assertThat(q.id()).isNotBlank();
            assertThat(q.kind()).isNotBlank();
            assertThat(q.prompt()).isNotBlank();
            List<String> right = rightAnswer(q);
            if (!List.of("short_answer", "fill_blank", "numeric").contains(q.type())) {
                assertThat(q.choices()).as(q.id()).hasSizeBetween(2, 26).containsAll(right);
            }
            assertThat(AnswerChecker.check(q, right).correct()).as(q.id() + " can be won with " + right).isTrue();
        }
        for (Question q : quiz.questions().subList(0, Math.min(5, quiz.questions().size()))) {
            String line = playerLine(q, rightAnswer(q));
            StringWriter out = new StringWriter();
            Session.Result result = new PlainPlayer(LineSource.of(new ByteArrayInputStream(
                    (line + "\nn\n").getBytes(StandardCharsets.UTF_8))), new PrintWriter(out), () -> 0L, false)
                    .play(new Quiz(1, quiz.id(), quiz.title(), quiz.source(), "", 1, List.of(q)), Session.Options.defaults());
            assertThat(result.correct()).as(q.id() + " won in the plain player by typing " + line + ":\n" + out).isOne();
        }
    }

    /** What a player types in the plain mode for the right answer: letters of the choices, or the text. */
    private static String playerLine(Question q, List<String> right) {
        if (List.of("short_answer", "fill_blank", "numeric").contains(q.type())) {
            return right.get(0);
        }
        List<String> letters = new ArrayList<>();
        for (String item : right) {
            int i = q.type().equals("true_false")
                    ? q.choices().stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList().indexOf(item.toLowerCase(java.util.Locale.ROOT))
                    : q.choices().indexOf(item);
            letters.add(String.valueOf((char) ('A' + i)));
        }
        return String.join(" ", letters);
    }

    /** The answer as the player gives it: the choices picked, or the text typed. */
    private static List<String> rightAnswer(Question q) {
        return switch (q.type()) {
            case "true_false" -> List.of(Boolean.TRUE.equals(q.answer()) ? "True" : "False");
            case "ordering" -> ((List<?>) q.answer()).stream().map(String::valueOf).toList();
            case "matching" -> AnswerChecker.matchingAnswer(q);
            case "numeric" -> {
                List<String> candidates = new ArrayList<>(List.of(String.valueOf(q.answer())));
                candidates.addAll(q.accept() == null ? List.of() : q.accept());
                yield List.of(candidates.stream().filter(c -> Numbers.read(c) != null).findFirst().orElseThrow());
            }
            case "multiple_choice" -> List.of(String.valueOf(q.answer()));
            default -> { // typed: the answer, or an accepted variant when the answer cannot be typed on one line
                List<String> candidates = new ArrayList<>(List.of(String.valueOf(q.answer())));
                candidates.addAll(q.accept() == null ? List.of() : q.accept());
                yield List.of(candidates.stream().filter(c -> !c.isBlank() && c.chars().noneMatch(Character::isISOControl))
                        .findFirst().orElseThrow());
            }
        };
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
