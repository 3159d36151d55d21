package newsquiz.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import newsquiz.web.FetchException;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final URI FEED = URI.create("http://127.0.0.1/feed");

    @Test
    void controlCharactersRawOrAsReferencesAreDroppedNotFatal() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T\u0007</title>"
                + "<item><title>A&#27;[2Jb&#x0c;c&#9;d</title><link>http://127.0.0.1/a</link></item></channel></rss>";
        FeedParser.Parsed p = FeedParser.parse(FEED, rss.getBytes(StandardCharsets.UTF_8));
        assertThat(p.title()).isEqualTo("T");
        assertThat(p.items()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("A[2Jbc d"));
    }

    @Test
    void theSameStoryTwiceIsListedOnce() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><item><link>http://127.0.0.1/a</link></item>"
                + "<item><link>http://127.0.0.1/a</link></item></channel></rss>";
        assertThat(FeedParser.parse(FEED, rss.getBytes(StandardCharsets.UTF_8)).items()).hasSize(1);
    }

    /** Seeded mutations of the test feeds: each ends in items or a FetchException, never another exception. */
    @Test
    void mutatedFeedsEndInItemsOrAMessage() throws Exception {
        byte[][] seeds = {Files.readAllBytes(Path.of("src/test/resources/web/news.rss")),
            Files.readAllBytes(Path.of("src/test/resources/web/news.atom"))};
        Random random = new Random(13);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int t = 0; t < 2000; t++) {
                byte[] feed = seeds[t % 2].clone();
                int edits = 1 + random.nextInt(8);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(feed.length);
                    if (random.nextBoolean()) {
                        feed[at] = (byte) random.nextInt(256);
                    } else {
                        feed = java.util.Arrays.copyOf(feed, at); // cut short
                        if (feed.length == 0) {
                            break;
                        }
                    }
                }
                try {
                    FeedParser.parse(FEED, feed);
                } catch (FetchException expected) {
                    assertThat(expected.getMessage()).as("try " + t).startsWith(FEED + ": not a readable RSS");
                }
            }
        });
    }
}
