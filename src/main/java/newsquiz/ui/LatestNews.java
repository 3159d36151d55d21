package newsquiz.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsquiz.article.BadInputException;
import newsquiz.feeds.Feed;

/**
 * The items of the followed feeds (`newsquiz feeds`), newest first, as the full screen's Latest news and the plain
 * mode's `n` list them; or why they cannot be read. Titles and sources are untrusted: shown through {@link SafeText}.
 */
record LatestNews(List<Story> stories, String problem) {
    /** The most stories listed: enough for a week of a few feeds. */
    private static final int MAX = 100;

    /** One story: its date is the day part of the feed's date, empty when the feed gives none. */
    record Story(String title, String source, String date, boolean isNew, String link) {
    }

    static LatestNews read(Services services) {
        List<Story> stories = new ArrayList<>();
        try {
            for (Feed f : services.feeds()) {
                String source = f.title().isBlank() ? f.url() : f.title();
                f.items().forEach(i -> stories.add(new Story(i.title().isBlank() ? "(untitled)" : i.title(), source,
                        i.published() == null ? "" : i.published().substring(0, Math.min(10, i.published().length())),
                        i.isNew(), i.link())));
            }
        } catch (BadInputException e) {
            return new LatestNews(List.of(), e.getMessage());
        }
        stories.sort(Comparator.comparing(Story::date, Comparator.reverseOrder()));
        return new LatestNews(List.copyOf(stories.subList(0, Math.min(MAX, stories.size()))), "");
    }

    /** Why nothing is listed (the feeds' file unreadable, or none followed yet), or "" when stories are. */
    String emptyMessage() {
        return !problem.isEmpty() ? problem : stories.isEmpty() ? "No news yet: follow a feed with `newsquiz"
                + " feeds add URL`, then `newsquiz feeds update` (the README suggests freely licensed feeds)." : "";
    }
}
