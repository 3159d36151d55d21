package newsquiz.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Takes the article out of a saved web page: headline, byline and date from the page's metadata, and the text of
 * the article's paragraphs, leaving menus, footers, sharing widgets, scripts and table cells that are not prose
 * behind.
 */
final class HtmlArticle {
    record Extracted(String text, Set<String> captions) {
    }

    private static final String CHROME = "script, style, noscript, nav, footer, aside, form, iframe, svg, button,"
            + " select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
            + " .share, .sharing, .social, .newsletter, .related, .comments, .advert, .ad, .subscribe, .menu";

    // parsed once: jsoup parses a query string on every call, which dominated pages of many paragraphs
    private static final Evaluator PARAGRAPH = QueryParser.parse("p, li");
    private static final Evaluator TABLE_CELL = QueryParser.parse("td, th");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator CAPTION = QueryParser.parse("figcaption");

    private HtmlArticle() {
    }

    static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        PageMetadata page = PageMetadata.of(doc);
        String headline = page.headline();
        String byline = page.byline();
        String date = page.date();
        doc.select(CHROME).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main], #content, .content, .article-body, .story-body");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder out = new StringBuilder();
        Set<String> captions = new LinkedHashSet<>();
        if (!headline.isBlank()) {
            out.append(headline.strip()).append("\n\n");
        }
        if (!byline.isBlank()) {
            out.append(byline.strip().toLowerCase(Locale.ROOT).startsWith("by ") ? "" : "By ")
                    .append(byline.strip()).append("\n\n");
        }
        String dateLine = dateLine(date);
        if (!dateLine.isBlank()) {
            out.append(dateLine).append("\n\n");
        }
        for (Element block : root.select("p, h2, h3, h4, blockquote, li, figcaption")) {
            if (!block.is(PARAGRAPH) && !block.select(PARAGRAPH).isEmpty()) {
                continue; // a container: its own paragraphs are taken one by one
            }
            String line = block.text().strip();
            if (line.isEmpty() || line.equals(headline.strip()) || block.closest(TABLE_CELL) != null && !isProse(line)) {
                continue;
            }
            if (block.is(CAPTION) || block.closest(FIGURE) != null) {
                captions.add(line);
            }
            out.append(line).append("\n\n");
        }
        return new Extracted(out.toString(), captions);
    }

    /**
     * Whether a table cell's text reads as the article's prose (an old page laid out in a table) rather than a
     * data or layout cell ("Roads", "$4 million", "Home | News"): several words ending a sentence.
     */
    private static boolean isProse(String text) {
        return text.split("\\s+").length >= 6 && text.matches("(?s).*[.!?”\"’']\\s*");
    }

    /** The date as a header line: from ISO ("2019-06-03T10:00Z") or from words ("Updated: August 3, 2021"). */
    private static String dateLine(String raw) {
        LocalDate date = null;
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                date = LocalDate.parse(raw.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                date = null;
            }
        } else {
            date = DateLines.leadingDate(raw).orElse(null);
        }
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }
}
