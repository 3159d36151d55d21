package newsquiz.cli;

import static newsquiz.cli.FactsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate A B C -o week.json`: one quiz over three articles, played in plain mode and exported. */
class GenerateSeveralTest {
    private static final String DIR = "src/test/resources/articles/";
    @TempDir
    Path dir;

    private FactsCommandTest.Result generate(String... articles) {
        List<String> args = new ArrayList<>(List.of("generate"));
        args.addAll(List.of(articles));
        args.addAll(List.of("-o", dir.resolve("week.json").toString(), "--title", "News of the week"));
        return run(args.toArray(String[]::new));
    }

    @Test
    void threeArticlesMakeOneQuizThatPlaysAndExports() throws Exception {
        FactsCommandTest.Result r = generate(DIR + "pelosi-speaker-2019.txt", DIR + "mugabe-dies-2019.txt",
                DIR + "spacex-crew-dragon-iss-2019.txt");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).matches("Wrote \\d+ questions on 3 articles to .*week.json\\n");
        Path week = dir.resolve("week.json");
        assertThat(Files.readString(week)).contains("\"title\": \"News of the week\"", "\"source\": [");
        assertThat(run("validate", week.toString()).code()).isZero();
        FactsCommandTest.Result played = FailedStoreCommandTest.withInput("A\nA\nA\n", "play", week.toString(),
                "--plain", "-n", "3", "--db", dir.resolve("g.db").toString(), "--player", "ana");
        assertThat(played.code()).isZero();
        assertThat(played.out()).contains("News of the week (3 questions)").containsPattern("From “[^”]+”: “");
        FactsCommandTest.Result exported = run("export", week.toString(), "--format", "all", "-o",
                dir.resolve("out").toString());
        assertThat(exported.code()).isZero();
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.count()).isEqualTo(10);
        }
    }

    @Test
    void everyArticleIsNeededOrNoQuizIsWritten() throws Exception {
        FactsCommandTest.Result missing = generate(DIR + "pelosi-speaker-2019.txt", DIR + "no-such-article.txt");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-article.txt").endsWith("newsquiz: no quiz was written: a quiz"
                + " over several articles needs each of them\n");
        Path chinese = dir.resolve("chinese.txt");
        Files.writeString(chinese, "桥梁开通\n\n市长周一表示，这座桥耗资四千万美元。\n\n他说这是城市的好日子。\n");
        FactsCommandTest.Result nothing = generate(DIR + "pelosi-speaker-2019.txt", chinese.toString());
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).contains(chinese + ": no questions could be made");
        assertThat(dir.resolve("week.json")).doesNotExist();
    }
}
