package newsquiz.feeds;

import java.util.List;

/**
 * A followed news feed as kept in feeds.json: its address, its title, what the server said for conditional
 * requests next time (ETag, Last-Modified; null when it said nothing), when it was last checked, and its items,
 * newest first.
 */
public record Feed(String url, String title, String etag, String lastModified, String checked, List<Item> items) {
    /** One entry: title and link as the feed gives them (untrusted), its date if any, new since the last update. */
    public record Item(String title, String link, String published, boolean isNew) {
    }
}
