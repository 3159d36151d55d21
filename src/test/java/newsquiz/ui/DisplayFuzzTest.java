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
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;

/**
 * Random texts full of controls, escape fragments, bidi and zero-width characters, lone surrogates, combining marks
 * and very long words as quiz titles, prompts, choices, evidence, player names and typed keys, through every
 * full screen and through the plain player: nothing throws, nothing unprintable reaches the terminal, and each try
 * ends well within a generous time bound (it never hangs).
 */
class DisplayFuzzTest {
    private static final Duration NEVER_HANGS = Duration.ofSeconds(30);

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00A0').ofMaxLength(12),
                Arbitraries.of(Hostile.OSC, Hostile.CSI, Hostile.LOOKALIKE, "\u001B", "\u001B[", "\u001B]", "\u001BP",
                        "\u009B", "\u009D", "\u0007", "\r\n", "\r", "\t", "\u0301", "\u200D", "\uFE0F", "東京",
                        "😀",
                        "\uD800", "\uDC00", "\u2028", "\u0085", "a\u0308", "\u00AD", "\u061C"),
                Arbitraries.strings().alpha().ofMinLength(100).ofMaxLength(3000),
                Arbitraries.strings().withChars("ab ").ofMaxLength(400));
        return piece.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    /** A quiz of every question type over the texts (each after a letter, so the reader takes the file). */
    private static Quiz quiz(String anyTitle, String anyPrompt, String a, String b, String evidence) {
        String title = "T" + anyTitle;
        String prompt = "P" + anyPrompt;
        List<String> ev = List.of(evidence);
        List<int[]> spans = List.of(new int[] {0, 1});
        List<String> choices = List.of("A" + a, "B" + b);
        return new Quiz(1, "fuzz", title, new Quiz.Source(title, a, "2019-06-03", b, evidence, "x"), "fuzz", 1,
                List.of(new Question("1", "multiple_choice", a, prompt, choices, "B" + b, List.of(), null, ev, spans, 1,
                                1.0, evidence),
                        new Question("2", "short_answer", b, prompt, null, "A" + a, List.of(b), null, ev, spans, 1,
                                1.0, a),
                        new Question("3", "true_false", "quote", prompt, List.of("True", "False"), true, List.of(),
                                null, ev, spans, 1, 1.0, b),
                        new Question("4", "ordering", "date", prompt + ": x", choices, List.of("B" + b, "A" + a),
                                List.of(), null, ev, spans, 1, 1.0, prompt),
                        new Question("5", "matching", "quote", prompt + ": y", choices,
                                List.of(List.of(evidence, "A" + a), List.of(prompt, "B" + b)), List.of(), null, ev,
                                spans, 1, 1.0, title)));
    }

    /** Every question of the fuzzed quiz (they share one sentence, which a top-N draw asks only once). */
    static final Session.Options EVERY_QUESTION = new Session.Options(0, false, 1, java.util.Set.of(), 0);

    @Property(tries = 100)
    void everyScreenDrawsAnyText(@ForAll("text") String title, @ForAll("text") String prompt,
                                 @ForAll("text") String a, @ForAll("text") String b, @ForAll("text") String evidence,
                                 @ForAll("text") String name, @ForAll("text") String typed) {
        assertTimeoutPreemptively(NEVER_HANGS, () -> {
            Path dir = Files.createTempDirectory("newsquiz-fuzz");
            try {
                // a file holds only what UTF-8 can (no lone surrogate); the study deck below holds anything
                QuizFiles.write(quiz(utf8(title), utf8(prompt), utf8(a), utf8(b), utf8(evidence)),
                        dir.resolve("q.json"));
                Files.writeString(dir.resolve("bad.json"), utf8(title));
                HostileServices services = new HostileServices();
                services.player = name;
                services.deck = quiz(title, prompt, a, b, evidence);
                walk(new Runner(List.of(dir), true, EVERY_QUESTION, services), typed);
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
        safe(s.press(KeyType.ArrowDown));
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
        safe(s.press(KeyType.Enter)); // a name that cleans to nothing is refused: the picker stays
        safe(s.press('x'));
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
        assertThat(Hostile.unsafe(text)).as("first unsafe character: %s in %s", Hostile.firstUnsafe(text), text).isFalse();
        return s;
    }

    @Property(tries = 500)
    void thePlainPlayerPrintsAnyTextSafely(@ForAll("text") String title, @ForAll("text") String prompt,
                                           @ForAll("text") String a, @ForAll("text") String b,
                                           @ForAll("text") String evidence, @ForAll("text") String typed) {
        assertTimeoutPreemptively(NEVER_HANGS, () -> {
            StringWriter out = new StringWriter();
            String input = String.join("\n", "b", typed, "x", "a", "a b", "b a", "q", "y") + "\n";
            LineSource in = LineSource.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            new PlainPlayer(in, new PrintWriter(out), () -> 0L, true)
                    .play(quiz(title, prompt, a, b, evidence), Session.Options.defaults());
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
