package newsquiz.cli;

import static newsquiz.cli.FactsCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles of any shape up to the 5 MB cap end in seconds, with a result or a clear refusal. The bounds are
 * generous ("never hangs"): before the splitter, a 200 KB line took 20 s and 4.8 MB never ended.
 */
class LargeArticlesTest {
    private static final int FIVE_MB = 5 * 1000 * 1000;

    @TempDir
    Path dir;

    private Path article(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "Headline Here\n\n" + body + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static String repeat(String unit, int bytes) {
        return unit.repeat(bytes / unit.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLineOf200KilobytesWithoutAFullStopMakesAQuiz() throws Exception {
        Path a = article("line.txt", newsquiz.article.OverLongTextTest.lineWithoutAFullStop(200_000));
        FactsCommandTest.Result r = run("generate", a.toString(), "-o", dir.resolve("q.json").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fiveMegabytesOfAnyShapeEndInAResultOrAClearMessage() throws Exception {
        Random random = new Random(11);
        StringBuilder binaryish = new StringBuilder();
        while (binaryish.length() < FIVE_MB / 3) {
            int cp = 1 + random.nextInt(0xFFFF);
            if (!Character.isSurrogate((char) cp)) {
                binaryish.appendCodePoint(cp);
            }
        }
        String[][] shapes = {
            {"one-line.txt", newsquiz.article.OverLongTextTest.lineWithoutAFullStop(FIVE_MB)},
            {"no-punctuation.txt", repeat("abcdef", FIVE_MB)},
            {"all-punctuation.txt", repeat(".,;:!?\"'()[]{}-", FIVE_MB)},
            {"digits.txt", repeat("7", FIVE_MB)},
            {"chinese.txt", repeat("市长周一表示这座桥耗资四千万美元", FIVE_MB)},
            {"binary-ish.txt", binaryish.toString()},
            {"brackets.md", repeat("[![*_<", FIVE_MB)},
            {"table.md", repeat("|-", FIVE_MB)},
            {"rule.md", repeat("- ", FIVE_MB)},
            {"front-matter.md", "---\ntitle: a" + " ".repeat(FIVE_MB / 2) + "b\n---\nThe mayor said so.\n"},
            {"page.html", "<html><body><article>" + repeat("<p>The mayor said so", FIVE_MB - 100)},
        };
        for (String[] shape : shapes) {
            Path a = article(shape[0], shape[1]);
            FactsCommandTest.Result facts = run("facts", a.toString());
            assertThat(facts.code()).as(shape[0]).isIn(0, 2);
            assertThat(facts.err()).as(shape[0]).doesNotContain("internal error");
            if (facts.code() != 0) {
                continue; // generate reads the article the same way
            }
            FactsCommandTest.Result generate = run("generate", a.toString(), "-o", dir.resolve("q.json").toString());
            assertThat(generate.code()).as(shape[0]).isIn(0, 1, 2);
            assertThat(generate.err()).as(shape[0]).doesNotContain("internal error");
        }
    }
}
