package newsquiz.cli;

import static newsquiz.cli.FactsCommandTest.run;
import static newsquiz.web.LocalServer.page;
import static newsquiz.web.LocalServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import newsquiz.web.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `feeds add | list | remove | update` over feeds served locally. */
class FeedsCommandTest {
    @TempDir
    Path dir;
    private final LocalServer server = new LocalServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private FactsCommandTest.Result feeds(String... args) {
        List<String> all = new ArrayList<>(List.of("feeds", "--feeds-file", dir.resolve("feeds.json").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void anRssFeedWithBrokenEntriesIsFollowedAndListedSafely() throws Exception {
        server.on("/rss", LocalServer.resource("application/rss+xml", "web/news.rss"));
        FactsCommandTest.Result add = feeds("add", server.url("/rss"));
        assertThat(add.err()).isEmpty();
        assertThat(add.code()).isZero();
        assertThat(add.out()).isEqualTo("Following Example Wikinews (3 items; 2 entries skipped (no web link)):"
                + " feed 1\n");
        FactsCommandTest.Result list = feeds("list");
        assertThat(list.out()).isEqualTo("1. Example Wikinews  " + server.url("/rss") + "  (checked "
                + list.out().split("checked ")[1].split("\\)")[0] + ")\n"
                + "   new 2019-01-04  Nancy Pelosi again elected Speaker  " + server.url("/news/pelosi.html") + "\n"
                + "   new 2019-01-02  (untitled)  http://127.0.0.1/news/untitled.html\n"
                + "   new             Bridge opens [31mtoday  http://127.0.0.1/news/bridge.html\n");
        assertThat(list.out()).doesNotContain("\u001b");
    }

    @Test
    void updateAsksConditionallyAndCountsOnlyNewItems() throws Exception {
        AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
        AtomicReference<byte[]> body = new AtomicReference<>(
                Files.readAllBytes(Path.of("src/test/resources/web/news.atom")));
        List<String> asked = new ArrayList<>();
        server.on("/atom", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            asked.add(ifNoneMatch + " | " + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            exchange.getResponseHeaders().set("ETag", etag.get());
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 05 Jan 2019 12:00:00 GMT");
            if (etag.get().equals(ifNoneMatch)) {
                LocalServer.send(exchange, 304, null, new byte[0]);
            } else {
                LocalServer.send(exchange, 200, "application/atom+xml", body.get());
            }
        });
        assertThat(feeds("add", server.url("/atom")).out()).startsWith("Following Example Learning English (2 items)");
        assertThat(feeds("update").out()).isEqualTo("1. Example Learning English: not changed\n");
        assertThat(feeds("list").out()).doesNotContain(" new ");
        etag.set("\"v2\"");
        body.set(utf8(new String(body.get(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("<entry>",
                "<entry><title>Iran protests</title><link href=\"http://127.0.0.1/news/iran.html\"/><id>urn:e:3</id>"
                        + "<updated>2019-01-06T09:00:00Z</updated></entry>\n  <entry>")));
        assertThat(feeds("update").out()).isEqualTo("1. Example Learning English: 1 new\n");
        assertThat(feeds("list").out()).contains("   new 2019-01-06  Iran protests")
                .contains("       2019-01-05  House passes a bill");
        assertThat(asked).containsExactly("null | null",
                "\"v1\" | Sat, 05 Jan 2019 12:00:00 GMT", "\"v1\" | Sat, 05 Jan 2019 12:00:00 GMT");
    }

    @Test
    void aFeedThatFailsIsToldWhileTheOthersUpdate() throws Exception {
        server.on("/rss", LocalServer.resource("application/rss+xml", "web/news.rss"));
        server.on("/atom", LocalServer.resource("application/atom+xml", "web/news.atom"));
        feeds("add", server.url("/rss"));
        feeds("add", server.url("/atom"));
        server.on("/rss", exchange -> LocalServer.send(exchange, 404, "text/plain", utf8("gone")));
        FactsCommandTest.Result r = feeds("update");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsquiz: " + server.url("/rss") + ": the server answered 404 (not found:"
                + " check the address)\n");
        assertThat(r.out()).isEqualTo("2. Example Learning English: 0 new\n");
        assertThat(feeds("list").out()).contains("Nancy Pelosi again elected Speaker"); // kept what it had
    }

    @Test
    void removeTakesTheListsNumber() throws Exception {
        server.on("/rss", LocalServer.resource("application/rss+xml", "web/news.rss"));
        feeds("add", server.url("/rss"));
        FactsCommandTest.Result wrong = feeds("remove", "2");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("newsquiz: no feed 2: the feeds are numbered 1 to 1 (newsquiz feeds list)\n");
        assertThat(feeds("remove", "1").out()).isEqualTo("No longer following Example Wikinews\n");
        assertThat(feeds("list").out()).startsWith("No feeds followed yet");
        assertThat(feeds("update").out()).startsWith("No feeds followed yet");
    }

    @Test
    void whatIsNoFeedIsRefusedAndNothingKept() throws Exception {
        server.on("/page", LocalServer.resource("text/html", "articles/pelosi-speaker-2019.html"));
        server.on("/broken", page("application/rss+xml", utf8("<rss version=\"2.0\"><channel><title>x</title>")));
        server.on("/xxe", page("application/rss+xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")));
        for (String path : List.of("/page", "/broken", "/xxe")) {
            FactsCommandTest.Result r = feeds("add", server.url(path));
            assertThat(r.code()).as(path).isEqualTo(1);
            assertThat(r.err()).as(path).startsWith("newsquiz: " + server.url(path) + ": not a readable RSS or Atom"
                    + " feed (").doesNotContain("root:");
        }
        assertThat(dir.resolve("feeds.json")).doesNotExist();
        assertThat(feeds("add", "ftp://example.org/feed").code()).isEqualTo(2);
    }

    @Test
    void aDamagedFeedListIsNamed() throws Exception {
        Files.writeString(dir.resolve("feeds.json"), "{\"feeds\": [");
        FactsCommandTest.Result r = feeds("list");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("newsquiz: " + dir.resolve("feeds.json") + ": not a feed list newsquiz can"
                + " read (");
    }
}
