package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.feeds.Feed;
import newsquiz.session.Session;
import newsquiz.web.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Latest news list's `w`: the newest stories (served locally) made one quiz, written and played. */
class LatestNewsQuizScreenTest {
    @TempDir
    Path dir;
    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    /** A saved text article served as a web page. */
    private void serve(String path, String article) throws Exception {
        String text = new String(LatestNewsQuizScreenTest.class.getResourceAsStream("/articles/" + article)
                .readAllBytes(), StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + article
                + "</title></head><body><article>");
        for (String p : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        server.on(path, LocalServer.page("text/html; charset=utf-8",
                html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8)));
    }

    private VirtualScreen latestNews(List<Feed.Item> items) throws Exception {
        Path quizzes = Files.createDirectory(dir.resolve("quizzes"));
        List<Feed> feeds = List.of(new Feed(server.url("/feed"), "Example news", null, null, null, items));
        Services services = NewsServices.of("Ana", dir.resolve("pages"), () -> feeds);
        return new VirtualScreen(80, 24, true).show(new Runner(List.of(quizzes), true, Session.Options.defaults(),
                services).home()).press('n');
    }

    private Path written() throws Exception {
        try (var files = Files.list(dir.resolve("quizzes"))) {
            return files.findFirst().orElse(null);
        }
    }

    @Test
    void theNewestFiveAreMadeOneQuizAndPlayedAndAMissingOneIsCounted() throws Exception {
        serve("/news/mugabe", "mugabe-dies-2019.txt");
        serve("/news/spacex", "spacex-crew-dragon-iss-2019.txt");
        serve("/news/g7", "g7-amazon-fires-2019.txt");
        serve("/news/ford", "ford-doj-emissions-2019.txt");
        serve("/news/oldest", "venezuela-rostec-2019.txt");
        List<Feed.Item> items = new ArrayList<>(List.of(
                new Feed.Item("Mugabe dies", server.url("/news/mugabe"), "2019-09-06T10:00:00Z", true),
                new Feed.Item("Crew Dragon docks", server.url("/news/spacex"), "2019-03-03T10:00:00Z", true),
                new Feed.Item("G7 and the Amazon", server.url("/news/g7"), "2019-08-26T10:00:00Z", true),
                new Feed.Item("Gone story", server.url("/news/gone"), "2019-09-01T10:00:00Z", true),
                new Feed.Item("Ford inquiry", server.url("/news/ford"), "2019-08-30T10:00:00Z", false),
                new Feed.Item("Oldest story", server.url("/news/oldest"), "2019-01-01T10:00:00Z", false)));
        VirtualScreen s = latestNews(items);
        assertThat(s.text()).contains("w quiz the latest 5");
        s.press('?');
        assertThat(s.text()).contains("one quiz of the latest 5 stories");
        s.press(KeyType.Escape).press('w');
        assertThat(s.text()).contains("Making one quiz of the latest news", "Esc: cancel");
        s.awaitWork();
        assertThat(s.text()).contains("1 story could not be fetched or gave no questions: skipped.");
        s.press(KeyType.Enter);
        assertThat(s.view).isInstanceOf(QuestionView.class);
        assertThat(s.text()).contains("Question 1 of");
        Path quiz = written();
        assertThat(quiz.getFileName().toString()).startsWith("latest-news-");
        var json = JsonParser.parseString(Files.readString(quiz)).getAsJsonObject();
        assertThat(json.get("title").getAsString()).startsWith("Latest news, 20");
        String sources = json.toString();
        // the newest five: four fetched, the gone one skipped, the oldest never asked for
        assertThat(sources).contains("/news/mugabe", "/news/spacex", "/news/g7", "/news/ford")
                .doesNotContain("/news/oldest");
    }

    @Test
    void whenNoStoryCanBeFetchedNothingIsWritten() throws Exception {
        VirtualScreen s = latestNews(List.of(
                new Feed.Item("Gone", server.url("/news/gone"), "2019-09-01T10:00:00Z", true),
                new Feed.Item("Also gone", server.url("/news/also-gone"), "2019-09-02T10:00:00Z", true)));
        s.press('w').awaitWork();
        assertThat(s.view).isInstanceOf(LatestNewsView.class);
        assertThat(s.text()).contains("2 stories could not be fetched", "nothing was written");
        assertThat(written()).isNull();
        assertThat(dir.resolve("pages")).doesNotExist();
    }

    @Test
    void escCancelsAndWritesNothing() throws Exception {
        serve("/news/mugabe", "mugabe-dies-2019.txt");
        VirtualScreen s = latestNews(List.of(
                new Feed.Item("Mugabe dies", server.url("/news/mugabe"), "2019-09-06T10:00:00Z", true)));
        s.press('w').press(KeyType.Escape);
        assertThat(s.view).isInstanceOf(LatestNewsView.class);
        assertThat(s.text()).contains("Cancelled: nothing was written.");
        assertThat(written()).isNull();
    }
}
