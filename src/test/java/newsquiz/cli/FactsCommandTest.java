package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path article() throws Exception {
        Path p = dir.resolve("a.txt");
        Files.writeString(p, "Bridge Opens\n\nBy Jane Doe\n\nMay 2, 2024\n\nMayor Tom Reyes said on Monday that"
                + " the bridge cost $40 million.\n\n“This is a great day for the city,” Reyes said.\n",
                StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void printsFactsGroupedByKind() throws Exception {
        Result r = run("facts", article().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Headline:  Bridge Opens", "Byline:    Jane Doe", "Quotes (", "Tom Reyes",
                "Dates (", "2024-04-29", "Quantities (", "$40 million", "People, organisations and places (");
    }

    @Test
    void printsJson() throws Exception {
        Result r = run("facts", "--json", article().toString());
        assertThat(r.code()).isZero();
        var json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(json.getAsJsonObject("source").get("published").getAsString()).isEqualTo("2024-05-02");
        assertThat(json.getAsJsonArray("quotes")).isNotEmpty();
        assertThat(json.getAsJsonArray("entities").get(0).getAsJsonObject().get("name").getAsString())
                .isEqualTo("Tom Reyes");
    }

    @Test
    void badInputExitsWithTwoAndAClearMessage() throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Result r = run("facts", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("newsquiz: " + empty + ": the file is empty" + System.lineSeparator());
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("facts").code()).isEqualTo(2);
        assertThat(run("nonsense").code()).isEqualTo(2);
    }

    @Test
    void generateWritesAQuizFileAndReportsBadArticles() throws Exception {
        Path quiz = dir.resolve("quiz.json");
        Result ok = run("generate", article().toString(), "-o", quiz.toString());
        assertThat(ok.code()).isZero();
        assertThat(JsonParser.parseString(Files.readString(quiz)).getAsJsonObject().get("format_version").getAsInt())
                .isEqualTo(1);
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertThat(run("generate", empty.toString(), "-o", quiz.toString()).code()).isEqualTo(2);
        Result many = run("generate", article().toString(), empty.toString(), "--out-dir", dir.resolve("out").toString());
        assertThat(many.code()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("out/a.json"))).isTrue();
        assertThat(many.err()).contains("empty.txt: the file is empty");
    }

    @Test
    void twoArticlesWithOneNameGetTwoQuizFiles() throws Exception {
        Path a = article();
        Path html = dir.resolve("a.html");
        Files.writeString(html, "<html><body><h1>Bridge Opens</h1><p>Mayor Tom Reyes said on Monday that the bridge"
                + " cost $40 million.</p><p>Governor Ana Lima said the bridge was late.</p></body></html>");
        Result r = run("generate", a.toString(), html.toString(), "--out-dir", dir.resolve("out").toString());
        assertThat(r.code()).isZero();
        assertThat(dir.resolve("out/a.json")).exists();
        assertThat(dir.resolve("out/a-2.json")).exists();
    }

    @Test
    void theWarmupForTheClassDataArchiveRunsEveryPart() throws Exception {
        assertThat(run("warmup", article().toString()).code()).isZero();
    }

    @Test
    void aPlayerMayHaveTheNameOfASubcommand() throws Exception {
        Path db = dir.resolve("g.db");
        Result r = run("stats", "--db", db.toString(), "--player", "study");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Player: study");
    }

    @Test
    void aDamagedGradebookExitsWithTwo() throws Exception {
        Path db = dir.resolve("broken.db");
        Files.writeString(db, "not a database");
        Result r = run("stats", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(db + ": not an SQLite database").doesNotContain("Exception");
    }

    @Test
    void everySubcommandHasHelpAndVersion() {
        assertThat(run("--version").out()).contains("newsquiz 0.1.0");
        assertThat(run("facts", "--version").out()).contains("newsquiz 0.1.0");
        assertThat(run("facts", "--help").out()).contains("Usage: newsquiz facts");
    }
}
