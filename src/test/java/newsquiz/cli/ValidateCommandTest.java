package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String GOOD = "src/test/resources/quizzes/every-type.json";

    @TempDir
    Path dir;

    @Test
    void exitZeroForCleanFilesAlsoAgainstTheArticle() {
        FactsCommandTest.Result r = FactsCommandTest.run("validate", GOOD, "quizzes/venezuela-rostec-2019.json",
                "--article", "src/test/resources/articles/venezuela-rostec-2019.txt");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(GOOD + ": ok", "venezuela-rostec-2019.json: ok");
    }

    @Test
    void exitOneWithEachProblemByFileLineColumnAndPath() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(GOOD)).replace("\"answer\": false", "\"answer\": \"no\""));
        FactsCommandTest.Result r = FactsCommandTest.run("validate", GOOD, broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(broken + ":123:17: $.questions[4].answer: must be true or false", broken
                + ": 1 problem");
    }

    @Test
    void exitTwoForAFileThatCannotBeRead() throws Exception {
        Path binary = dir.resolve("latin1.json");
        Files.write(binary, new byte[] {'{', (byte) 0xE9, '}'});
        FactsCommandTest.Result r = FactsCommandTest.run("validate", binary.toString(), dir.resolve("none.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("latin1.json: not UTF-8 text", "none.json: no such file");
    }
}
