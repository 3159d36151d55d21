package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.feeds.Feed;
import newsquiz.session.Session;
import newsquiz.web.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain home's `n`: the latest news as numbered lines; a number fetches the story (served locally) and plays it. */
class PlainLatestNewsTest {
    @TempDir
    Path dir;
    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private String run(String typed, List<Feed> feeds) throws Exception {
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Services services = NewsServices.of("", dir.resolve("pages"), () -> feeds);
        StringWriter out = new StringWriter();
        LineSource in = LineSource.of(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        new PlainHome(in, new PrintWriter(out), () -> 0L, services).run(List.of(quizzes),
                new Session.Options(2, false, 1, java.util.Set.of(), 0));
        return out.toString();
    }

    private List<Feed> news() {
        return List.of(new Feed(server.url("/feed"), "Example Wikinews", null, null, null, List.of(
                new Feed.Item("Older story", server.url("/news/older"), "2019-01-02T10:00:00Z", false),
                new Feed.Item("Pelosi elected \u001b[31mSpeaker", server.url("/news/pelosi-elected"),
                        "2019-01-04T10:00:00Z", true))));
    }

    @Test
    void aNumberedStoryIsFetchedQuizzedAndPlayedLineByLine() throws Exception {
        server.on("/news/pelosi-elected", LocalServer.resource("text/html", "articles/pelosi-speaker-2019.html"));
        String out = run("n\n1\nA\nA\n\nq\n", news());
        assertThat(out).contains("n) latest news", "Latest news:",
                "1) Pelosi elected Speaker · Example Wikinews · 2019-01-04 · new",
                "2) Older story · Example Wikinews · 2019-01-02",
                "Generating a quiz from pelosi-elected", "Wrote ", "pelosi-elected.json")
                .doesNotContain("\u001b", "Older story · Example Wikinews · 2019-01-02 · new");
        assertThat(out.substring(out.indexOf("Wrote "))).contains("Question 1 of 2", "Results: ");
        assertThat(dir.resolve("quizzes/pelosi-elected.json")).exists();
    }

    @Test
    void aStoryThatCannotBeFetchedIsToldAndNothingWritten() throws Exception {
        String out = run("n\n2\nq\n", news());
        assertThat(out).contains("the server answered 404");
        try (var left = Files.list(dir.resolve("quizzes"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void withoutFeedsItSaysHowToFollowOne() throws Exception {
        Files.createDirectories(dir.resolve("quizzes"));
        newsquiz.questions.QuizFiles.write(newsquiz.session.TestQuizzes.bank(2), dir.resolve("quizzes/bank.json"));
        String out = run("n\nq\n", List.of());
        assertThat(out).contains("No news yet: follow a feed with `newsquiz feeds add URL`");
    }
}
