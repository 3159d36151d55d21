package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsquiz.questions.QuizFiles;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class QuizLibraryTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeOrAFolderNamedLikeAQuizIsListedAsUnreadableWithoutWaiting() throws Exception {
        QuizFiles.write(TestQuizzes.quiz(List.of(TestQuizzes.choice("q1", "quote", "Ann", "Ann", "Bob", "Cy"))),
                dir.resolve("good.json"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start().waitFor()).isZero();
        Files.createDirectory(dir.resolve("folder.json"));
        List<QuizLibrary.Entry> entries = QuizLibrary.scan(List.of(dir));
        assertThat(entries).extracting(e -> e.file().getFileName().toString())
                .containsExactlyInAnyOrder("good.json", "pipe.json", "folder.json");
        assertThat(entries).filteredOn(e -> !e.file().endsWith("good.json"))
                .allSatisfy(e -> assertThat(e.problem()).endsWith(": not a regular file (a folder, a pipe or a device)"));
    }
}
