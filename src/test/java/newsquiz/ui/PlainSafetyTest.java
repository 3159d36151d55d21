package newsquiz.ui;

import static newsquiz.ui.HostileQuiz.h;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import newsquiz.store.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain mode, the plain home list and the stats text print nothing a terminal would act on. */
class PlainSafetyTest {
    @TempDir
    Path dir;

    private static LineSource lines(String input) {
        return LineSource.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertSafe(String out) {
        assertThat(Hostile.unsafe(out)).as("first unsafe character: %s", Hostile.firstUnsafe(out)).isFalse();
    }

    @Test
    void aHostileQuizPlaysInPlainModeWithEveryTextCleaned() {
        StringWriter out = new StringWriter();
        String typed = Hostile.OSC + "Juan" + Hostile.CSI + Hostile.LOOKALIKE;
        new PlainPlayer(lines("A\n" + typed + "\nB\nA B\nB A\nn\n"), new PrintWriter(out), () -> 0L, true)
                .play(HostileQuiz.quiz(), new Session.Options(0, false, 1, java.util.Set.of(), 0));
        assertSafe(out.toString());
        assertThat(out.toString()).contains("Hostile quizevil", "Who said it?evil", "  B) Rostecevil",
                "Not quite. The answer is: Rostecevil", "From the article: “The article says Rostec.evil",
                "Your answer: Reutersevil", "Results: ");
    }

    @Test
    void aTypedAnswerIsCleanedAndCapped() {
        var q = TestQuizzes.typed("q", "short_answer", "Guaidó", List.of(), null);
        List<String> given = PlainPlayer.interpret(q, List.of(), "\u001B]0;t\u0007" + "x".repeat(10_000));
        assertThat(given).containsExactly("x".repeat(SafeText.MAX_ANSWER));
    }

    @Test
    void thePlainHomeListCleansTitlesFileNamesReasonsPlayerAndStats() throws Exception {
        QuizFiles.write(HostileQuiz.quiz(), dir.resolve("a.json"));
        Files.writeString(dir.resolve("b" + Hostile.OSC + Hostile.LOOKALIKE + ".json"), "{\"x\": " + h("1"));
        StringWriter out = new StringWriter();
        Services services = new HostileServices();
        new PlainHome(lines("s\n" + h("9") + "\nq\n"), new PrintWriter(out), () -> 0L, services)
                .run(List.of(dir), Session.Options.defaults());
        assertSafe(out.toString());
        assertThat(out.toString()).contains("player Anaevil", "Hostile quizevil", "bevil.json (unreadable: ",
                "stats lineevil");
        assertThat(out.toString().lines().mapToInt(String::length).max().orElse(0)).isLessThan(300);
    }

    @Test
    void statsTextCleansNamesTitlesAndPrompts() {
        Reports.Stats s = new Reports.Stats(h("Ana") + "y".repeat(100_000), h("quiz"), 2, 1, 50, 50, 50.0,
                List.of(50), Map.of(h("kind"), new int[] {1, 2}), Map.of(h("type"), new int[] {1, 2}), 3.0,
                List.of(new Reports.Missed(h("prompt"), h("title"), 2)), 0, true);
        String text = String.join("\n", StatsText.lines(s));
        assertSafe(text);
        assertThat(text).contains("Player: Anaevil", "2× promptevil", "kindevil");
        assertThat(text.lines().findFirst().orElseThrow()).hasSizeLessThan(100);
    }
}
