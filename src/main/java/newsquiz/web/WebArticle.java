package newsquiz.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.article.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import static newsquiz.article.PageMetadata.attr;
import static newsquiz.article.PageMetadata.firstNonBlank;

/**
 * The article of a fetched web page: Readability4J (a port of Mozilla's Readability) finds the article's body, the
 * page's metadata gives headline, byline, date and publisher, and the result goes through the same reader as a
 * saved page. Pages that are no article (no text, a paywall's first lines) are refused as {@link FetchException}.
 */
public final class WebArticle {
    /** An article from the web and what the quiz's source records of it. */
    public record Page(Article article, String url, String publisher) {
    }

    /** Below this many words of body text a page showing paywall signs is taken for a paywall's teaser. */
    private static final int PAYWALL_WORDS = 150;
    private static final Pattern PAYWALL = Pattern.compile("\"isAccessibleForFree\"\\s*:\\s*\"?false"
            + "|subscribe to (continue|keep) reading|to continue reading|already a subscriber|subscribers only"
            + "|this (article|story|content) is (only )?(available )?(for|to) (subscribers|members)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private WebArticle() {
    }

    /** Whether a typed argument is a web address rather than a file. */
    public static boolean isAddress(String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A short file name for the page's quiz: the address's last part ("bridge-opens"), else its host. */
    public static String slug(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || slug.equals("index")) {
            slug = url.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceAll("[^a-z0-9]+", "-");
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    /** The page's text: refuses what is no web page, decodes by the declared charset (header, then the page). */
    public static String html(PageFetcher.Response r) throws FetchException {
        String type = r.contentType().toLowerCase(Locale.ROOT);
        String head = new String(r.body(), 0, Math.min(r.body().length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml+xml")
                || type.isBlank() && (head.startsWith("<!doctype html") || head.startsWith("<html"));
        if (!html) {
            throw new FetchException(r.url() + ": not a web page: the server sent "
                    + (type.isBlank() ? "something without a type" : type.split(";")[0].strip())
                    + " (newsquiz reads HTML articles)");
        }
        Matcher m = CHARSET.matcher(r.contentType());
        try {
            if (m.find() && Charset.isSupported(m.group(1))) {
                return new String(r.body(), Charset.forName(m.group(1)));
            }
            Document doc = Jsoup.parse(new ByteArrayInputStream(r.body()), null, r.url().toString());
            return new String(r.body(), doc.charset());
        } catch (IOException | java.nio.charset.IllegalCharsetNameException e) {
            return new String(r.body(), StandardCharsets.UTF_8);
        }
    }

    /** The article of the page at {@code url} whose HTML is {@code html}. */
    public static Page read(URI url, String html) throws FetchException {
        Document original = Jsoup.parse(html, url.toString());
        PageMetadata meta = PageMetadata.of(original);
        String headline = meta.headline();
        String byline = meta.byline();
        String date = firstNonBlank(PageMetadata.meta(original, "article:published_time"),
                attr(original.selectFirst("[itemprop=datePublished][content]"), "content"),
                jsonLd(original, "\"datePublished\"\\s*:\\s*\"([^\"]{1,100})\""), meta.date());
        String publisher = firstNonBlank(PageMetadata.meta(original, "og:site_name"),
                jsonLd(original, "\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{1,200})\""),
                url.getHost().replaceFirst("^www\\.", ""));
        net.dankito.readability4j.Article found;
        try {
            found = new Readability4J(url.toString(), original.clone()).parse();
        } catch (RuntimeException | StackOverflowError e) {
            found = null; // its own failure (it recurses as deep as the page nests): the saved-page path reads it
        }
        Element content = found == null ? null : found.getArticleContent();
        String bodyText = content == null ? "" : content.text();
        if (words(bodyText) < PAYWALL_WORDS && PAYWALL.matcher(html).find()) {
            throw new FetchException(url + ": only the first lines of the article are on the page (a paywall"
                    + " for subscribers); newsquiz needs the whole article");
        }
        try {
            if (bodyText.isBlank()) {
                // what Readability found nothing in, the saved-page path (jsoup) may still read; else it says why
                Article article = ArticleReader.fromBytes(url.toString(), "page.html",
                        html.getBytes(StandardCharsets.UTF_8));
                return new Page(article, url.toString(), publisher.strip());
            }
            if (byline.isBlank() && found.getByline() != null) {
                byline = found.getByline();
            }
            Document page = Document.createShell(url.toString());
            page.title(headline);
            page.head().appendElement("meta").attr("property", "og:title").attr("content", headline);
            page.head().appendElement("meta").attr("name", "author").attr("content", byline.strip());
            page.head().appendElement("meta").attr("property", "article:published_time").attr("content", date);
            page.body().appendElement("article").appendChild(content);
            Article article = ArticleReader.fromBytes(url.toString(), "page.html",
                    page.outerHtml().getBytes(StandardCharsets.UTF_8));
            return new Page(article, url.toString(), publisher.strip());
        } catch (BadInputException e) {
            throw new FetchException(e.getMessage()); // the reader's words, under the address
        }
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The first match of {@code pattern}'s group in the page's JSON-LD: a page's JSON is often not strict. */
    private static String jsonLd(Document doc, String pattern) {
        Pattern p = Pattern.compile(pattern);
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = p.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }
}
