package newsquiz.web;

import static newsquiz.web.LocalServer.page;
import static newsquiz.web.LocalServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way a server can answer, from a local server: each ends in a page or a clear message, never a hang. */
class PageFetcherTest {
    private static final Duration NEVER_HANGS = Duration.ofSeconds(20);
    private final LocalServer server = new LocalServer();
    private final PageFetcher fetcher = new PageFetcher(new PageFetcher.Limits(Duration.ofSeconds(2),
            Duration.ofSeconds(1), 5L * 1024 * 1024, 5));

    @AfterEach
    void stop() {
        server.close();
    }

    private PageFetcher.Response get(String path) throws Exception {
        return fetcher.get(URI.create(server.url(path)), Map.of());
    }

    @Test
    void aNormalPageIsFetchedWithOurUserAgentAndItsArticleRead() throws Exception {
        String[] agent = new String[1];
        LocalServer.Handler article = LocalServer.resource("text/html; charset=utf-8",
                "articles/pelosi-speaker-2019.html");
        server.on("/news/pelosi", exchange -> {
            agent[0] = exchange.getRequestHeaders().getFirst("User-Agent");
            article.handle(exchange);
        });
        PageFetcher.Response r = get("/news/pelosi");
        WebArticle.Page page = WebArticle.read(r.url(), WebArticle.html(r));
        assertThat(agent[0]).startsWith("newsquiz/");
        assertThat(page.article().headline()).isEqualTo("Nancy Pelosi again elected Speaker as 116th U.S. Congress"
                + " sworn in");
        assertThat(page.article().published()).hasToString("2019-01-04");
        assertThat(page.article().text()).contains("voted for Pelosi to serve as Speaker with 220 votes")
                .doesNotContain("Random article").doesNotContain("Log in");
        assertThat(page.publisher()).isEqualTo("127.0.0.1");
    }

    @Test
    void aGzippedPageIsUnpacked() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(utf8("<!DOCTYPE html><html><body><p>Hello.</p></body></html>"));
        }
        server.on("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, "text/html", zipped.toByteArray());
        });
        assertThat(WebArticle.html(get("/gz"))).contains("<p>Hello.</p>");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.on("/slow", exchange -> {
            Thread.sleep(5_000);
            LocalServer.send(exchange, 200, "text/html", utf8("<html></html>"));
        });
        assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> get("/slow"))
                .isInstanceOf(FetchException.class).hasMessageContaining("/slow: no answer within 1 s"));
    }

    @Test
    void aPageThatTricklesInTimesOutToo() {
        server.on("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 25; i++) { // 5 s at most
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            }
        });
        assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> get("/trickle"))
                .isInstanceOf(FetchException.class).hasMessageContaining("no answer within 1 s"));
    }

    @Test
    void aRedirectLoopStopsAfterFiveRedirects() {
        server.on("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            LocalServer.send(exchange, 302, null, new byte[0]);
        });
        assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> get("/loop"))
                .isInstanceOf(FetchException.class).hasMessageEndingWith("/loop: more than 5 redirects (a redirect"
                        + " loop?)"));
        assertThat(server.requests.get()).isEqualTo(6);
    }

    @Test
    void aRedirectIsFollowed() throws Exception {
        server.on("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", server.url("/new"));
            LocalServer.send(exchange, 301, null, new byte[0]);
        });
        server.on("/new", page("text/html", utf8("<html><body><p>Moved.</p></body></html>")));
        PageFetcher.Response r = get("/old");
        assertThat(r.url()).hasToString(server.url("/new"));
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Moved.");
    }

    @Test
    void aFiveMegabytePageIsRefusedWithOrWithoutItsLength() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        server.on("/big", page("text/html", big));
        server.on("/big-chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length said beforehand
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });
        for (String path : new String[] {"/big", "/big-chunked"}) {
            assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> get(path))
                    .isInstanceOf(FetchException.class).hasMessageEndingWith(path + ": larger than 5 MB; no news"
                            + " page is that large"));
        }
    }

    @Test
    void aMissingPageSaysNotFound() {
        server.on("/gone", exchange -> LocalServer.send(exchange, 404, "text/html", utf8("<html>nope</html>")));
        assertThatThrownBy(() -> get("/gone")).isInstanceOf(FetchException.class)
                .hasMessageEndingWith("/gone: the server answered 404 (not found: check the address)");
    }

    @Test
    void somethingThatIsNoWebPageIsRefused() throws Exception {
        server.on("/report.pdf", page("application/pdf", utf8("%PDF-1.7 ...")));
        PageFetcher.Response r = get("/report.pdf");
        assertThatThrownBy(() -> WebArticle.html(r)).isInstanceOf(FetchException.class)
                .hasMessageEndingWith("/report.pdf: not a web page: the server sent application/pdf (newsquiz reads"
                        + " HTML articles)");
    }

    @Test
    void noServerThereSaysSo() throws Exception {
        String url = server.url("/x");
        server.close();
        assertTimeoutPreemptively(NEVER_HANGS, () -> assertThatThrownBy(() -> fetcher.get(URI.create(url), Map.of()))
                .isInstanceOf(FetchException.class).hasMessageContaining("cannot fetch: cannot connect"));
    }

    @Test
    void aPaywallsTeaserAndAPageOfMenusAreNoArticles() throws Exception {
        server.on("/paywall", LocalServer.resource("text/html", "web/paywall.html"));
        server.on("/menus", LocalServer.resource("text/html", "web/no-article.html"));
        PageFetcher.Response paywall = get("/paywall");
        assertThatThrownBy(() -> WebArticle.read(paywall.url(), WebArticle.html(paywall)))
                .isInstanceOf(FetchException.class).hasMessageContaining("only the first lines of the article are"
                        + " on the page (a paywall for subscribers)");
        PageFetcher.Response menus = get("/menus");
        assertThatThrownBy(() -> WebArticle.read(menus.url(), WebArticle.html(menus)))
                .isInstanceOf(FetchException.class).hasMessageContaining("/menus: no article text found");
    }

    @Test
    void onlyWebAddressesAreFetched() {
        assertThatThrownBy(() -> PageFetcher.address("file:///etc/passwd"))
                .hasMessage("file:///etc/passwd: not a web address (http:// or https:// and a host)");
        assertThat(WebArticle.slug(URI.create("https://example.org/news/2024/bridge-opens.html")))
                .isEqualTo("bridge-opens");
        assertThat(WebArticle.slug(URI.create("https://www.example.org/"))).isEqualTo("example-org");
    }
}
