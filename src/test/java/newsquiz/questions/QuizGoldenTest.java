package newsquiz.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.article.ArticleReader;
import newsquiz.facts.FactExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled quiz banks are golden files: regenerating them from their articles must give the same bytes. When
 * the generator changes on purpose, `make quizzes` rewrites them and the diff is reviewed like code.
 */
class QuizGoldenTest {
    static Stream<Path> bundled() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("quizzes"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void regeneratingGivesTheSameFile(Path quiz) throws Exception {
        String expected = Files.readString(quiz, StandardCharsets.UTF_8);
        var json = JsonParser.parseString(expected).getAsJsonObject();
        String file = json.getAsJsonObject("source").get("file").getAsString();
        long seed = json.get("seed").getAsLong();
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/articles", file));
        String actual = QuizFiles.toJson(QuestionGenerator.generate(
                new FactExtractor().extract(ArticleReader.fromBytes(file, file, bytes)), seed, null, file));
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", quiz.getFileName().toString());
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s differs from the generator's output (written to target/golden-actual/); if the"
                + " change is wanted, run 'make quizzes' and review the diff", quiz).isEqualTo(expected);
    }
}
