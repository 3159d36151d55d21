package newsquiz.article;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page's metadata and markup say of its article: headline, byline and publication date (as written),
 * each empty when the page does not say. Read before the page's chrome is removed.
 */
public record PageMetadata(String headline, String byline, String date) {
    public static PageMetadata of(Document doc) {
        String headline = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String byline = firstNonBlank(meta(doc, "author"), text(doc.selectFirst("[rel=author], .byline, .author")));
        String date = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"),
                text(doc.selectFirst("[itemprop=datePublished], .published, .date, .timestamp, .dateline, time")));
        return new PageMetadata(headline, byline, date);
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, else "". */
    public static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content");
    }

    static String text(Element e) {
        return e == null ? "" : e.text();
    }

    public static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name);
    }

    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
