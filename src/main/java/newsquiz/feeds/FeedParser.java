package newsquiz.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import newsquiz.web.FetchException;
import org.xml.sax.InputSource;

/**
 * An RSS or Atom feed's items, read with ROME (DTDs refused, so no entity tricks). An entry without a usable link
 * (none, or not http/https) cannot become a quiz and is skipped, counted; a missing title or a date that does not
 * parse leaves just that field empty.
 */
public final class FeedParser {
    /** The most items kept of one feed: a day's news of a busy publisher. */
    public static final int MAX_ITEMS = 50;
    private static final int MAX_TITLE = 300;
    /** A character reference to a control character XML 1.0 forbids (all below 0x20 but tab, LF and CR). */
    private static final java.util.regex.Pattern CONTROL_REFERENCE = java.util.regex.Pattern.compile(
            "&#(0*([0-8]|1[124-9]|2[0-9]|3[01])|[xX]0*([0-8bBcCeEfF]|1[0-9a-fA-F]));");

    public record Parsed(String title, List<Feed.Item> items, int skipped) {
    }

    private FeedParser() {
    }

    public static Parsed parse(URI url, byte[] body) throws FetchException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(withoutControls(body))));
        } catch (FeedException | RuntimeException e) { // ROME tells some malformed feeds by unchecked exceptions
            throw new FetchException(url + ": not a readable RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        }
        List<Feed.Item> items = new ArrayList<>();
        java.util.Set<String> links = new java.util.HashSet<>();
        int skipped = 0;
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(url, entry);
            if (link == null) {
                skipped++;
                continue;
            }
            if (!links.add(link)) {
                continue; // the same story twice in one feed
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new Feed.Item(clip(entry.getTitle()), link, date == null ? null : date.toInstant().toString(),
                    true));
        }
        // newest first; undated entries keep the feed's order after the dated ones
        items.sort(Comparator.comparing(Feed.Item::published, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Parsed(clip(feed.getTitle()), List.copyOf(items.subList(0, Math.min(MAX_ITEMS, items.size()))),
                skipped);
    }

    /**
     * The feed without control characters, raw or as character references ("&#x1b;"): XML 1.0 forbids them, so one
     * in a title would make the whole feed unreadable, and they have no business in a title shown on a terminal.
     * Safe on UTF-8 bytes: no byte below 0x20 is ever part of a multi-byte character.
     */
    static byte[] withoutControls(byte[] body) {
        if (body.length >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF
                || body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
            return body; // UTF-16: its zero bytes are characters' halves
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        for (byte b : body) {
            if (b >= 0x20 || b < 0 || b == '\t' || b == '\n' || b == '\r') {
                out.write(b);
            }
        }
        String latin = new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1); // byte for byte
        return CONTROL_REFERENCE.matcher(latin).replaceAll("").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The entry's link made absolute against the feed's address; null when it is no web address. */
    private static String link(URI feed, SyndEntry entry) {
        String raw = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink() : entry.getUri();
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI link = feed.resolve(raw.strip());
            String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && link.getHost() != null ? link.toString()
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) + "…" : t;
    }

    private static String firstLine(String message) {
        return message == null ? "unknown reason" : message.lines().findFirst().orElse("").strip();
    }
}
