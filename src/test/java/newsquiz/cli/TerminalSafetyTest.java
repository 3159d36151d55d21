package newsquiz.cli;

import static newsquiz.ui.HostileQuiz.h;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.QuizFiles;
import newsquiz.ui.Hostile;
import newsquiz.ui.HostileQuiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's output with a quiz file, article, file name, player name and typed answers full of escape
 * sequences, controls, bidi overrides and zero-width characters: nothing reaches the terminal that it would act on,
 * and the report's CSV runs no formula.
 */
class TerminalSafetyTest {
    @TempDir
    Path dir;

    private static final String FORMULA_NAME = "=HYPERLINK(\"http://x\";\"y\")" + Hostile.OSC + Hostile.LOOKALIKE;
    private static final String FORMULA_ANSWER = "\t@SUM(1+1)*cmd|' /C calc'!A0" + Hostile.CSI;

    record Result(int code, String out, String err) {
    }

    static Result run(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    private static void assertSafe(Result r) {
        for (String text : List.of(r.out(), r.err())) {
            assertThat(Hostile.unsafe(text)).as("first unsafe character: %s in %s", Hostile.firstUnsafe(text), text)
                    .isFalse();
        }
    }

    private Path playedGradebook() throws Exception {
        Path quiz = dir.resolve("quiz.json");
        QuizFiles.write(HostileQuiz.quiz(), quiz);
        Path db = dir.resolve("g.db");
        Result play = run("A\n" + FORMULA_ANSWER + "\nB\nA B\nB A\nn\n", "play", quiz.toString(), "--plain",
                "--all", "--db", db.toString(), "--player", FORMULA_NAME + "x".repeat(100_000));
        assertThat(play.code()).isZero();
        assertSafe(play);
        assertThat(play.out()).contains("Hostile quizevil", "B) Rostecevil");
        return db;
    }

    @Test
    void statsAndTheTextReportShowCleanCappedNamesAndAnswers() throws Exception {
        Path db = playedGradebook();
        Result stats = run("", "stats", "--db", db.toString());
        assertSafe(stats);
        assertThat(stats.out()).contains("Player: =HYPERLINK(\"http://x\";\"y\")evil");
        Result report = run("", "report", "--db", db.toString(), "--quiz", "hostile quiz");
        assertThat(report.code()).isZero();
        assertSafe(report);
        assertThat(report.out()).contains("Report: Hostile quizevil", "=HYPERLINK(");
        assertThat(report.out().lines().mapToInt(String::length).max().orElse(0)).isLessThan(400);
        Result unknown = run("", "report", "--db", db.toString(), "--quiz", "nothing" + Hostile.OSC);
        assertThat(unknown.code()).isEqualTo(2);
        assertSafe(unknown);
    }

    @Test
    void theCsvReportNeutralisesFormulasAndStaysReadable() throws Exception {
        Path db = playedGradebook();
        Path csv = dir.resolve("r" + Hostile.OSC + ".csv");
        Result r = run("", "report", "--db", db.toString(), "--quiz", "hostile quiz", "--csv", csv.toString());
        assertThat(r.code()).isZero();
        assertSafe(r);
        String players = Files.readString(csv);
        String items = Files.readString(dir.resolve("r" + Hostile.OSC + "-items.csv"));
        assertThat(Hostile.unsafe(players.replace("\r\n", "\n").replace("\uFEFF", ""))).isFalse();
        assertThat(Hostile.unsafe(items.replace("\r\n", "\n").replace("\uFEFF", ""))).isFalse();
        assertThat(players).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")evil");
        assertThat(items).contains(",'@SUM(1+1)*cmd|' /C calc'!A0\r\n");
    }

    @Test
    void aCellThatWouldStartAFormulaGetsALeadingQuoteAndNumbersStayNumbers() {
        assertThat(newsquiz.io.Csv.inert("=1+1")).isEqualTo("'=1+1");
        assertThat(newsquiz.io.Csv.inert("+1 555")).isEqualTo("'+1 555");
        assertThat(newsquiz.io.Csv.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(newsquiz.io.Csv.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(newsquiz.io.Csv.inert("\t=1+1")).isEqualTo("' =1+1");
        assertThat(newsquiz.io.Csv.inert("\r=1+1")).isEqualTo("' =1+1");
        assertThat(newsquiz.io.Csv.inert("＝1+1")).isEqualTo("'＝1+1");
        assertThat(newsquiz.io.Csv.inert("-0.25")).isEqualTo("-0.25");
        assertThat(newsquiz.io.Csv.inert("12")).isEqualTo("12");
        assertThat(newsquiz.io.Csv.inert("Ana = Bob")).isEqualTo("Ana = Bob");
        assertThat(newsquiz.io.Csv.inert("y".repeat(10_000_000))).hasSizeLessThan(32_767);
        assertThat(ReportCommand.csv(List.of(List.of("=1,2", "a")))).isEqualTo("\uFEFF\"'=1,2\",a\r\n");
    }

    @Test
    void generateAndFactsPrintCleanLinesAndMessages() throws Exception {
        Path article = dir.resolve("a" + Hostile.OSC + ".txt");
        Files.writeString(article, Hostile.OSC + "Bridge Opens" + Hostile.CSI + Hostile.LOOKALIKE
                + "\n\nBy Jane Doe\n\nMay 2, 2024\n\nMayor Tom Reyes said on"
                + " Monday that the bridge cost $40 million" + Hostile.CSI + ".\n\n“This is a great day for the city"
                + Hostile.LOOKALIKE + ",” Reyes said.\n");
        Result generate = run("", "generate", article.toString(), "-o", dir.resolve("q" + Hostile.CSI + ".json")
                .toString());
        assertSafe(generate);
        assertThat(generate.out() + generate.err()).contains("q.json");
        Result missing = run("", "generate", dir.resolve("none" + Hostile.OSC + ".txt").toString(), "-o",
                dir.resolve("x.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertSafe(missing);
        Result facts = run("", "facts", article.toString());
        assertSafe(facts);
        assertThat(facts.out()).contains("Headline:  Bridge Opensevil");
        Result json = run("", "facts", "--json", article.toString());
        assertSafe(json);
        assertThat(JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("source").get("file")
                .getAsString()).isEqualTo(article.toString());
    }

    @Test
    void everyCommandTakingAQuizFileRefusesAnUnreadableOneWithExitTwo() throws Exception {
        java.nio.file.Path bad = dir.resolve("bad" + Hostile.OSC + ".json");
        java.nio.file.Files.writeString(bad, "{ not json");
        for (String command : List.of("play", "export", "host", "review")) {
            Result r = command.equals("export") ? run("", command, bad.toString(), "--format", "csv")
                    : command.equals("play") || command.equals("review") ? run("", command, bad.toString(), "--plain")
                    : run("", command, bad.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("newsquiz: ").doesNotContain("internal error");
            assertSafe(r);
        }
    }

    @Test
    void usageErrorsEchoArgumentsCleaned() {
        Result r = run("", "play", "q.json", "--count", "x" + Hostile.OSC + Hostile.CSI);
        assertThat(r.code()).isEqualTo(2);
        assertSafe(r);
        assertThat(r.err()).contains("--count", "Usage:");
        Result unknown = run("", "--bad" + Hostile.OSC);
        assertThat(unknown.code()).isEqualTo(2);
        assertSafe(unknown);
    }

    @Test
    void aBadQuizFileIsRefusedWithACleanMessage() throws Exception {
        Path quiz = dir.resolve("bad" + Hostile.OSC + ".json");
        Files.writeString(quiz, "{\"format_version\": 1, \"questions\": [{\"type\": \"" + h("x").replace("\r\n", "")
                .replace("\"", "") + "\"}]}");
        Result r = run("", "play", quiz.toString(), "--plain", "--db", dir.resolve("g.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertSafe(r);
    }
}
