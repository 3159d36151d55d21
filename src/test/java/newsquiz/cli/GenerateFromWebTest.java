package newsquiz.cli;

import static newsquiz.cli.FactsCommandTest.run;
import static newsquiz.web.LocalServer.page;
import static newsquiz.web.LocalServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.web.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate URL`: from a local server, the quiz and its kept page, or a message, exit 1 and nothing written. */
class GenerateFromWebTest {
    @TempDir
    Path dir;
    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private FactsCommandTest.Result generate(String url, String... more) {
        String[] args = {"generate", url, "-o", dir.resolve("q.json").toString(), "--pages-dir",
                dir.resolve("pages").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void aPageBecomesAQuizWithItsAddressAndIsKeptForOffline() throws Exception {
        server.on("/news/pelosi.html", LocalServer.resource("text/html; charset=utf-8",
                "articles/pelosi-speaker-2019.html"));
        String url = server.url("/news/pelosi.html");
        FactsCommandTest.Result r = generate(url);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Wrote ").contains(" questions to " + dir.resolve("q.json")
                + " (the page is kept for --offline: " + dir.resolve("pages").resolve("127.0.0.1-"));
        String quiz = Files.readString(dir.resolve("q.json"));
        assertThat(quiz).contains("\"url\": \"" + url + "\"").contains("\"publisher\": \"127.0.0.1\"")
                .contains("\"published\": \"2019-01-04\"");
        try (var kept = Files.list(dir.resolve("pages"))) {
            assertThat(kept).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .startsWith("127.0.0.1-").endsWith(".html"));
        }
        assertThat(run("validate", dir.resolve("q.json").toString()).code()).isZero(); // url: an addition to format 1
        server.close(); // offline now: the kept copy gives the same quiz
        Files.delete(dir.resolve("q.json"));
        FactsCommandTest.Result again = generate(url, "--offline");
        assertThat(again.code()).isZero();
        assertThat(Files.readString(dir.resolve("q.json"))).isEqualTo(quiz);
        FactsCommandTest.Result online = generate(url);
        assertThat(online.code()).isEqualTo(1);
        assertThat(online.err()).contains("cannot fetch: cannot connect").contains("a copy fetched earlier is kept:"
                + " --offline uses it");
    }

    @Test
    void eachFailureHasItsMessageExit1AndLeavesNothing() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        server.on("/missing", exchange -> LocalServer.send(exchange, 404, "text/html", utf8("<p>no</p>")));
        server.on("/data.json", page("application/json", utf8("{}")));
        server.on("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            LocalServer.send(exchange, 302, null, new byte[0]);
        });
        server.on("/big", page("text/html", big));
        server.on("/paywall", LocalServer.resource("text/html", "web/paywall.html"));
        server.on("/menus", LocalServer.resource("text/html", "web/no-article.html"));
        String[][] cases = {
            {"/missing", "the server answered 404 (not found: check the address)"},
            {"/data.json", "not a web page: the server sent application/json (newsquiz reads HTML articles)"},
            {"/loop", "more than 5 redirects (a redirect loop?)"},
            {"/big", "larger than 5 MB; no news page is that large"},
            {"/paywall", "only the first lines of the article are on the page (a paywall for subscribers);"
                    + " newsquiz needs the whole article"},
            {"/menus", "no article text found (only a headline, header lines or boilerplate)"},
        };
        for (String[] c : cases) {
            FactsCommandTest.Result r = generate(server.url(c[0]));
            assertThat(r.code()).as(c[0]).isEqualTo(1);
            assertThat(r.err()).isEqualTo("newsquiz: " + server.url(c[0]) + ": " + c[1] + "; no quiz was written\n");
            assertThat(dir.resolve("q.json")).doesNotExist();
            assertThat(dir.resolve("pages")).doesNotExist();
        }
    }

    @Test
    void aMalformedAddressIsBadInput() {
        FactsCommandTest.Result r = generate("http://");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("newsquiz: http://: not a web address");
    }
}
