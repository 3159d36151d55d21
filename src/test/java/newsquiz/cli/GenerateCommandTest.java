package newsquiz.cli;

import static newsquiz.cli.FactsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void anArticleWithNothingToAskIsRefusedAndNoEmptyBankIsWritten() throws Exception {
        Path article = dir.resolve("chinese.txt");
        Files.writeString(article, "桥梁开通\n\n市长周一表示，这座桥耗资四千万美元。\n\n他说这是城市的好日子。\n");
        Path quiz = dir.resolve("q.json");
        FactsCommandTest.Result r = run("generate", article.toString(), "-o", quiz.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsquiz: " + article + ": no questions could be made: no quotes, dates,"
                + " amounts or names were found (newsquiz reads news articles in English); no quiz was written\n");
        assertThat(r.out()).isEmpty();
        assertThat(quiz).doesNotExist();
    }

    @Test
    void oneArticleWithNothingToAskAmongOthersFailsAlone() throws Exception {
        Path empty = dir.resolve("chinese.txt");
        Files.writeString(empty, "桥梁开通\n\n市长周一表示，这座桥耗资四千万美元。\n");
        Path good = dir.resolve("bridge.txt");
        Files.writeString(good, "Bridge Opens\n\nMay 2, 2024\n\nMayor Tom Reyes said on Monday that the bridge"
                + " cost $40 million.\n\n“This is a great day for the city,” Reyes said.\n");
        Path out = dir.resolve("out");
        FactsCommandTest.Result r = run("generate", empty.toString(), good.toString(), "--out-dir", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Generated 1 of 2 quizzes").contains("1 failed");
        assertThat(out.resolve("bridge.json")).exists();
        assertThat(out.resolve("chinese.json")).doesNotExist();
    }

    @Test
    void aWriteErrorSaysWhy() throws Exception {
        Path good = dir.resolve("bridge.txt");
        Files.writeString(good, "Bridge Opens\n\nMay 2, 2024\n\nMayor Tom Reyes said on Monday that the bridge"
                + " cost $40 million.\n\n“This is a great day for the city,” Reyes said.\n");
        FactsCommandTest.Result r = run("generate", good.toString(), "-o", good.resolve("q.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsquiz: " + good + ": cannot write the quiz: " + good
                + " is a file, where a folder is needed\n");
    }
}
