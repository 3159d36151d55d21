package newsquiz.feeds;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsquiz.web.FetchException;
import newsquiz.web.PageFetcher;

/**
 * Checks a feed with a conditional request (If-None-Match, If-Modified-Since), so an unchanged feed costs one
 * short answer (304); a changed one is read again and its items not seen before are marked new.
 */
public final class FeedUpdater {
    /** A feed after a check: the feed to keep, how many items are new, entries skipped, whether it was unchanged. */
    public record Checked(Feed feed, int fresh, int skipped, boolean unchanged) {
    }

    private final PageFetcher fetcher;

    public FeedUpdater(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The first read of a feed at {@code url}: every item is new. */
    public Checked first(URI url) throws FetchException {
        return check(new Feed(url.toString(), "", null, null, null, List.of()));
    }

    public Checked check(Feed feed) throws FetchException {
        URI url = URI.create(feed.url());
        Map<String, String> conditions = new LinkedHashMap<>();
        if (feed.etag() != null) {
            conditions.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            conditions.put("If-Modified-Since", feed.lastModified());
        }
        PageFetcher.Response r = fetcher.get(url, conditions);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        if (r.status() == 304) {
            List<Feed.Item> seen = feed.items().stream()
                    .map(i -> new Feed.Item(i.title(), i.link(), i.published(), false)).toList();
            return new Checked(new Feed(feed.url(), feed.title(), feed.etag(), feed.lastModified(), now, seen), 0,
                    0, true);
        }
        FeedParser.Parsed parsed = FeedParser.parse(url, r.body());
        Set<String> known = new HashSet<>();
        feed.items().forEach(i -> known.add(i.link()));
        List<Feed.Item> items = parsed.items().stream()
                .map(i -> new Feed.Item(i.title(), i.link(), i.published(), !known.contains(i.link()))).toList();
        int fresh = (int) items.stream().filter(Feed.Item::isNew).count();
        return new Checked(new Feed(feed.url(), parsed.title().isBlank() ? feed.title() : parsed.title(), r.etag(),
                r.lastModified(), now, items), fresh, parsed.skipped(), false);
    }
}
