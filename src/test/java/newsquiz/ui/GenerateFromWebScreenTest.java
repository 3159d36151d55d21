package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.session.Session;
import newsquiz.web.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's `g` takes a web address (served locally): the quiz is listed, or the page's problem told. */
class GenerateFromWebScreenTest {
    @TempDir
    Path dir;
    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private List<newsquiz.feeds.Feed> feeds = List.of();

    private VirtualScreen home() throws Exception {
        Path quizzes = Files.createDirectory(dir.resolve("quizzes"));
        Services services = NewsServices.of("Ana", dir.resolve("pages"), () -> feeds);
        return new VirtualScreen(80, 24, true).show(new Runner(List.of(quizzes), true, Session.Options.defaults(),
                services).home());
    }

    @Test
    void aWebAddressBecomesAQuizOnTheList() throws Exception {
        server.on("/news/pelosi-elected", LocalServer.resource("text/html", "articles/pelosi-speaker-2019.html"));
        VirtualScreen s = home();
        s.press('g').type(server.url("/news/pelosi-elected")).press(KeyType.Tab);
        assertThat(s.text()).contains("Path: " + server.url("/news/pelosi-elected"));
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("Generating a quiz from pelosi-elected", "Fetching the page");
        s.awaitWork();
        assertThat(s.view).isInstanceOf(HomeView.class);
        // listed by its title, the headline with the answers of its questions hidden
        assertThat(s.text()).contains("wrote ", "… again elected … sworn in");
        assertThat(dir.resolve("quizzes/pelosi-elected.json")).exists();
        try (var kept = Files.list(dir.resolve("pages"))) {
            assertThat(kept).hasSize(1);
        }
    }

    @Test
    void aPageThatCannotBeHadIsToldAndNothingWritten() throws Exception {
        server.on("/missing", exchange -> LocalServer.send(exchange, 404, "text/html", LocalServer.utf8("no")));
        VirtualScreen s = home();
        s.press('g').type(server.url("/missing")).press(KeyType.Enter).awaitWork();
        assertThat(s.view).isInstanceOf(GenerateView.class);
        assertThat(s.text()).contains("the server answered 404");
        try (var left = Files.list(dir.resolve("quizzes"))) {
            assertThat(left).isEmpty();
        }
        assertThat(dir.resolve("pages")).doesNotExist();
    }

    @Test
    void aStoryFromTheLatestNewsIsFetchedQuizzedAndPlayed() throws Exception {
        server.on("/news/pelosi-elected", LocalServer.resource("text/html", "articles/pelosi-speaker-2019.html"));
        feeds = List.of(new newsquiz.feeds.Feed(server.url("/feed"), "Example Wikinews", null, null, null, List.of(
                new newsquiz.feeds.Feed.Item("Older story", server.url("/news/older"), "2019-01-02T10:00:00Z", false),
                new newsquiz.feeds.Feed.Item("Pelosi elected \u001b[31mSpeaker", server.url("/news/pelosi-elected"),
                        "2019-01-04T10:00:00Z", true))));
        VirtualScreen s = home();
        s.press('n');
        assertThat(s.text()).contains("latest news", "▶ Pelosi elected Speaker",
                "Example Wikinews · 2019-01-04 · new",
                "Older story", "Example Wikinews · 2019-01-02").doesNotContain("\u001b");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("Generating a quiz from pelosi-elected");
        s.awaitWork();
        assertThat(s.view).isInstanceOf(QuestionView.class);
        assertThat(s.text()).contains("Question 1 of");
        assertThat(dir.resolve("quizzes/pelosi-elected.json")).exists();
    }

    @Test
    void withoutFeedsTheLatestNewsSaysHowToFollowOne() throws Exception {
        VirtualScreen s = home();
        s.press('n');
        assertThat(s.text()).contains("No news yet: follow a feed with `newsquiz feeds add URL`");
        s.press(KeyType.Escape);
        assertThat(s.view).isInstanceOf(HomeView.class);
    }
}
