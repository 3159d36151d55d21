package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Random texts full of controls, escape fragments, bidi and zero-width characters, lone surrogates, combining marks
 * and very long words as quiz titles, prompts, choices, evidence, player names and typed keys, through every
 * full screen and through the plain player: nothing throws, nothing unprintable reaches the terminal, and each try
 * ends well within a generous time bound (it never hangs). Seeded, so every run tries the same texts and a failure
 * names the seed and try that replay it; set the system property {@code fuzz.seed} to explore other texts
 * ({@code mvn -o test -Dtest=DisplayFuzzTest -Dfuzz.seed=7}).
 */
class DisplayFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final Duration NEVER_HANGS = Duration.ofSeconds(30);
    /** Escape fragments, line and paragraph breaks, combining and joining marks, wide and supplementary characters. */
    private static final List<String> FRAGMENTS = List.of(Hostile.OSC, Hostile.CSI, Hostile.LOOKALIKE, "\u001B",
            "\u001B[", "\u001B]", "\u001BP", "\u009B", "\u009D", "\u0007", "\r\n", "\r", "\t", "\u0301", "\u200D",
            "\uFE0F", "東京", "😀", "\uD800", "\uDC00", "\u2028", "\u0085", "a\u0308", "\u00AD", "\u061C");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Up to six pieces, each of one kind: any UTF-16 units, low controls, a fragment, a long word, words and spaces. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int pieces = random.nextInt(7); pieces > 0; pieces--) {
            switch (random.nextInt(5)) {
                case 0 -> append(text, random, length(random, 0, 12), Character.MIN_VALUE, Character.MAX_VALUE);
                case 1 -> append(text, random, length(random, 0, 12), '\u0000', '\u00A0');
                case 2 -> text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 3 -> append(text, random, length(random, 100, 3000), LETTERS);
                default -> append(text, random, length(random, 0, 400), "ab ");
            }
        }
        return text.toString();
    }

    /**
     * Mostly within 30 of the shortest, one in ten anywhere up to the longest and one in fifty the longest itself
     * (as jqwik drew them): long texts are slow to wrap, so a few per run keep the run short.
     */
    private static int length(Random random, int min, int max) {
        if (random.nextInt(50) == 0) {
            return max;
        }
        int upTo = random.nextInt(10) == 0 ? max : Math.min(max, min + 30);
        return min + random.nextInt(upTo - min + 1);
    }

    private static void append(StringBuilder text, Random random, int length, char first, char last) {
        for (int i = 0; i < length; i++) {
            text.append((char) (first + random.nextInt(last - first + 1)));
        }
    }

    private static void append(StringBuilder text, Random random, int length, String chars) {
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
    }

    /** The texts of one try: what a quiz file, a gradebook and a keyboard could hold. */
    private record Texts(String title, String prompt, String a, String b, String evidence, String name,
                         String typed) {
        static Texts draw(Random random) {
            return new Texts(text(random), text(random), text(random), text(random), text(random), text(random),
                    text(random));
        }
    }

    /**
     * Runs the tries, each within the bound, failing with the try's number and the seed: the tries draw their texts
     * one after another from a single generator, so running again with that seed brings the same try back.
     */
    private static void forEachTry(String what, int tries, ThrowingConsumer<Texts> body) {
        Random random = new Random(SEED);
        for (int n = 1; n <= tries; n++) {
            Texts texts = Texts.draw(random);
            try {
                assertTimeoutPreemptively(NEVER_HANGS, () -> body.accept(texts));
            } catch (Throwable e) {
                throw new AssertionError(what + ": try " + n + " of " + tries + " failed with seed " + SEED
                        + " (replay: -Dtest=DisplayFuzzTest -Dfuzz.seed=" + SEED + "): " + e, e);
            }
        }
    }

    private static String typable(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().filter(c -> SafeText.typable((char) c)).forEach(c -> out.append((char) c));
        return out.toString().strip().isEmpty() ? "A" : out.toString().strip();
    }

    /** A quiz of every question type over the texts (each after a letter, so the reader takes the file). */
    private static Quiz quiz(String anyTitle, String anyPrompt, String a, String b, String evidence) {
        String title = "T" + anyTitle;
        String prompt = "P" + anyPrompt;
        List<String> ev = List.of(evidence);
        List<int[]> spans = List.of(new int[] {0, 1});
        List<String> choices = List.of("A" + a, "B" + b);
        return new Quiz(1, "fuzz", title, new Quiz.Source(title, a, "2019-06-03", b, evidence, "x"), "fuzz", 1,
                List.of(new Question("1", "multiple_choice", "k" + a, prompt, choices, "B" + b, List.of(), null, ev, spans, 1,
                                1.0, evidence),
                        // a typed answer must be typable, or the quiz reader (rightly) refuses the file
                        new Question("2", "short_answer", "k" + b, prompt, null, typable("A" + a), List.of(typable("B" + b)),
                                null, ev, spans, 1, 1.0, a),
                        new Question("3", "true_false", "quote", prompt, List.of("True", "False"), true, List.of(),
                                null, ev, spans, 1, 1.0, b),
                        new Question("4", "ordering", "date", prompt + ": x", choices, List.of("B" + b, "A" + a),
                                List.of(), null, ev, spans, 1, 1.0, prompt),
                        new Question("5", "matching", "quote", prompt + ": y", choices,
                                List.of(List.of(evidence, "A" + a), List.of(prompt, "B" + b)), List.of(), null, ev,
                                spans, 1, 1.0, title)));
    }

    @Test
    void everyScreenDrawsAnyText() {
        forEachTry("every screen", 100, t -> {
            Path dir = Files.createTempDirectory("newsquiz-fuzz");
            try {
                // a file holds only what UTF-8 can (no lone surrogate); the study deck below holds anything
                QuizFiles.write(quiz(utf8(t.title), utf8(t.prompt), utf8(t.a), utf8(t.b), utf8(t.evidence)),
                        dir.resolve("q.json"));
                Files.writeString(dir.resolve("bad.json"), utf8(t.title));
                HostileServices services = new HostileServices();
                services.player = t.name;
                services.deck = quiz(t.title, t.prompt, t.a, t.b, t.evidence);
                walk(new Runner(List.of(dir), true, Session.Options.defaults(), services), t.typed);
            } finally {
                delete(dir);
            }
        });
    }

    private static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Every screen, answering every question type, typing the text into each text field, at two sizes. */
    private static void walk(Runner runner, String typed) {
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.home());
        safe(s);
        safe(s.press(KeyType.Enter)); // bad.json, listed first: an unreadable file says why
        safe(s.press(KeyType.ArrowDown));
        safe(s.press(KeyType.Enter));
        assertThat(s.view).isInstanceOf(QuestionView.class);
        safe(s.press('a'));
        safe(s.press(KeyType.Enter));
        type(s, typed + "x");
        safe(s.press(KeyType.Enter));
        safe(s.press(KeyType.Enter));
        safe(s.press('b'));
        safe(s.press(KeyType.Enter));
        safe(s.press(' '));
        safe(s.press(KeyType.ArrowDown));
        safe(s.press(KeyType.Enter));
        safe(s.press(KeyType.Enter));
        safe(s.press('a'));
        safe(s.press('b'));
        safe(s.press(KeyType.Escape));
        safe(s.press('n'));
        safe(s.press(KeyType.Enter));
        safe(s.resize(30, 10));
        safe(s.press(KeyType.Enter));
        assertThat(s.view).isInstanceOf(ResultsView.class);
        safe(s.press(KeyType.ArrowDown));
        safe(s.resize(80, 24));
        safe(s.press(KeyType.Enter));
        safe(s.press('s'));
        safe(s.press(KeyType.Enter));
        safe(s.press('p'));
        type(s, typed);
        safe(s.press(KeyType.Enter));
        safe(s.press('g'));
        type(s, typed);
        safe(s.press(KeyType.Enter).awaitWork());
        safe(s.press(KeyType.Escape));
        safe(s.press('t')); // the study deck: the texts as they are, never written to a file
        safe(s.press('a'));
        safe(s.press(KeyType.Enter));
        type(s, typed);
        safe(s.press(KeyType.Enter));
    }

    private static void type(VirtualScreen s, String text) {
        for (char c : text.substring(0, Math.min(text.length(), 40)).toCharArray()) {
            safe(s.press(new KeyStroke(c, false, false)));
        }
    }

    private static VirtualScreen safe(VirtualScreen s) {
        String text = s.text();
        assertThat(Hostile.unsafe(text)).as("first unsafe character: %s", Hostile.firstUnsafe(text)).isFalse();
        return s;
    }

    @Test
    void thePlainPlayerPrintsAnyTextSafely() {
        forEachTry("plain player", 500, t -> {
            StringWriter out = new StringWriter();
            String input = String.join("\n", "b", t.typed, "x", "a", "a b", "b a", "q", "y") + "\n";
            LineSource in = LineSource.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            new PlainPlayer(in, new PrintWriter(out), () -> 0L, true)
                    .play(quiz(t.title, t.prompt, t.a, t.b, t.evidence), Session.Options.defaults());
            assertThat(Hostile.unsafe(out.toString())).as("first unsafe: %s", Hostile.firstUnsafe(out.toString()))
                    .isFalse();
        });
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
