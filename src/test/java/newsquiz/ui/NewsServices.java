package newsquiz.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import newsquiz.feeds.Feed;
import newsquiz.web.KeptPages;
import newsquiz.web.PageFetcher;
import newsquiz.web.PageSource;

/** Services for the news screens' tests: pages fetched (from the local server) and kept under a folder, given feeds. */
final class NewsServices {
    private NewsServices() {
    }

    static Services of(String player, Path pagesDir, Supplier<List<Feed>> feeds) {
        PageSource pages = new PageSource(new PageFetcher(new PageFetcher.Limits(Duration.ofSeconds(5),
                Duration.ofSeconds(10), 5L * 1024 * 1024, 5)), new KeptPages(pagesDir));
        return new Services() {
            @Override
            public String player() {
                return player;
            }

            @Override
            public PageSource pages() {
                return pages;
            }

            @Override
            public List<Feed> feeds() {
                return feeds.get();
            }
        };
    }
}
