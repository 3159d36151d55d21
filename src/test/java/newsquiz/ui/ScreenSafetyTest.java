package newsquiz.ui;

import static newsquiz.ui.HostileQuiz.h;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full screen never dies of a text and never draws one a terminal would act on: a quiz, a file name, a player
 * name and typed keys full of escapes, controls, bidi overrides and zero-width characters, at every screen.
 */
class ScreenSafetyTest {
    @TempDir
    Path dir;

    private static VirtualScreen assertSafe(VirtualScreen s) {
        String text = s.text();
        assertThat(Hostile.unsafe(text)).as("first unsafe character: %s in\n%s", Hostile.firstUnsafe(text), text)
                .isFalse();
        return s;
    }

    /** Control, bidi and zero-width characters typed into a text field among the letters of "Juan". */
    private static void typeHostile(VirtualScreen s) {
        for (char c : "J\u0007u\u001Ba\u202En\u200B\u0000\u009B\t\r\n\uFEFF\uD800".toCharArray()) {
            assertSafe(s.press(new KeyStroke(c, false, false)));
        }
    }

    private Runner hostileHome(HostileServices services) throws Exception {
        QuizFiles.write(HostileQuiz.quiz(), dir.resolve("a.json"));
        Files.writeString(dir.resolve("b" + Hostile.OSC + Hostile.LOOKALIKE + ".json"), "{\"x\": " + h("1"));
        return new Runner(List.of(dir), true, DisplayFuzzTest.EVERY_QUESTION, services);
    }

    @Test
    void aHostileQuizPlaysThroughEveryScreen() throws Exception {
        VirtualScreen s = assertSafe(new VirtualScreen(80, 24, true).show(hostileHome(new HostileServices()).home()));
        assertThat(s.text()).contains("Hostile quizevil", "Player: Anaevil", "bevil.json (unreadable)");
        assertSafe(s.press(KeyType.ArrowDown));
        assertSafe(s.press(KeyType.ArrowUp));
        assertSafe(s.press(KeyType.Enter));
        assertThat(s.text()).contains("Who said it?evil", "B) Rostecevil");
        assertSafe(s.press('a'));
        assertThat(s.text()).contains("Answer: Rostecevil", "The article says Rostec.evil");
        assertSafe(s.press(KeyType.Enter));
        typeHostile(s);
        assertThat(s.text()).contains("> Juan▏");
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press('b'));
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press(' ')).press(KeyType.ArrowDown);
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press('a')).press(KeyType.ArrowDown).press('b');
        assertSafe(s.press(KeyType.Escape));
        assertThat(s.text()).contains("Quit this session?");
        assertSafe(s.press('n'));
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press(KeyType.Enter));
        assertThat(s.text()).contains("Results · Hostile quizevil", "Right: ");
        assertSafe(s.press(KeyType.ArrowDown));
        assertSafe(s.press('r'));
        assertSafe(s.resize(40, 12));
    }

    @Test
    void statsPlayerAndGenerateScreensStaySafe() throws Exception {
        HostileServices services = new HostileServices();
        VirtualScreen s = new VirtualScreen(80, 24, false).show(hostileHome(services).home());
        assertSafe(s.press('s'));
        assertThat(s.text()).contains("stats lineevil");
        assertSafe(s.press(KeyType.Enter));
        assertSafe(s.press('p'));
        assertThat(s.text()).contains("now: Anaevil");
        typeHostile(s);
        s.type("y".repeat(100));
        assertSafe(s.press(KeyType.Enter));
        assertThat(services.player).isEqualTo("Juan" + "y".repeat(SafeText.MAX_NAME - 4));
        assertThat(s.text()).contains("Now playing: Juanyyy");
        assertSafe(s.press('g'));
        typeHostile(s);
        assertSafe(s.press(KeyType.Tab));
        assertSafe(s.press(KeyType.Enter).awaitWork());
        assertThat(s.text()).contains("Juan: no such file");
        assertSafe(s.press(KeyType.Escape));
        assertSafe(s.press('t'));
        assertThat(s.text()).contains("Who said it?evil");
    }

    @Test
    void aLongOrHostileSpeakerNameLeavesTheQuotesInSight() {
        List<String> speakers = List.of("x".repeat(10_000), h("Kim"));
        Question q = new Question("m", "matching", "quote", "Match each quote:", speakers,
                List.of(List.of("first words", speakers.get(0)), List.of("second words", speakers.get(1))), List.of(),
                null, List.of("e"), List.of(new int[] {0, 1}), 3, 1, "");
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(List.of(q)), 0));
        assertSafe(s.press('a').press(KeyType.ArrowDown).press('b'));
        assertThat(s.text()).contains("“first words”", "“second words”", "[B) Kimevil");
    }

    @Test
    void aHugePromptLeavesTheChoicesInSightAndEndsInAnEllipsis() {
        String prompt = "Which of these words comes next after a very long story " + "and on ".repeat(2_000) + "?";
        Question q = new Question("q", "multiple_choice", "quote", prompt, List.of("Reuters", "Rostec", "Fox", "AP"),
                "Rostec", List.of(), null, List.of("e"), List.of(new int[] {0, 1}), 1, 1.0, "");
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        for (int rows : new int[] {24, 12}) {
            VirtualScreen s = new VirtualScreen(80, rows, true).show(runner.startSession(TestQuizzes.quiz(List.of(q)),
                    0));
            assertThat(s.text()).contains("A) Reuters", "B) Rostec", "C) Fox", "D) AP", "…");
            assertThat(s.row(rows - 1)).contains("A-D or 1-4 to answer");
        }
        List<String> speakers = List.of("Ann", "Bo", "Cy", "Di");
        Question matching = new Question("m", "matching", "quote", prompt.replace("?", ":") + " a, b, c, d", speakers,
                speakers.stream().map(x -> List.of("words of " + x, x)).toList(), List.of(), null, List.of("e"),
                List.of(new int[] {0, 1}), 3, 1, "");
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.quiz(
                List.of(matching)), 0));
        assertThat(s.text()).contains("4) [?", "“words of Di”", "D) Di", "…");
        assertThat(s.row(23)).contains("Enter to answer");
    }
}
