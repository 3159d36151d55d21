package newsquiz.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an article from a file (plain text, Markdown or a saved web page) or standard input ("-"), checks that it
 * is usable text, and parses it. Every refusal is a {@link BadInputException} naming the file.
 */
public final class ArticleReader {
    /** Far above any news article (a long feature is about 100 KB of HTML text); guards against wrong files. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final String WHAT = "an article";
    /**
     * The most words and punctuation marks an article's text may have: twice a long feature (about 25,000), and
     * what the tagger and the fact finders go through in seconds. A bigger text is no news article.
     */
    public static final int MAX_TOKENS = 50_000;

    private ArticleReader() {
    }

    public static Article read(String pathOrDash) throws BadInputException {
        if (pathOrDash.equals("-")) {
            String label = "(standard input)";
            try {
                return fromBytes(label, "", TextFiles.readAtMost(label, System.in, MAX_BYTES, WHAT));
            } catch (IOException e) {
                throw new BadInputException(label + ": cannot read: " + TextFiles.reason(e));
            }
        }
        Path path = Path.of(pathOrDash);
        return parse(pathOrDash, path.getFileName() == null ? "" : path.getFileName().toString(),
                TextFiles.read(path, MAX_BYTES, WHAT));
    }

    /** Decodes, checks and parses the bytes of an article; {@code fileName} decides the format by its ending. */
    public static Article fromBytes(String label, String fileName, byte[] bytes) throws BadInputException {
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(label + ": more than the " + MAX_BYTES / 1024 / 1024 + " MB " + WHAT + " may be");
        }
        return parse(label, fileName, TextFiles.decode(label, bytes, WHAT));
    }

    private static Article parse(String label, String fileName, String text) throws BadInputException {
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || head.startsWith("<!doctype html")
                || head.startsWith("<html")) {
            HtmlArticle.Extracted page = HtmlArticle.extract(text);
            return parseChecked(label, page.text(), page.captions());
        }
        if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
            MarkdownArticle.Extracted md = MarkdownArticle.extract(text);
            return parseChecked(label, md.text(), md.captions());
        }
        return parseChecked(label, text, Set.of());
    }

    private static Article parseChecked(String label, String text, Set<String> captions) throws BadInputException {
        int tokens = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SentenceSplitter.startsToken(text, i) && ++tokens > MAX_TOKENS) {
                throw new BadInputException(label + ": too long for a news article: more than " + MAX_TOKENS
                        + " words and punctuation marks (a long feature has about 25,000)");
            }
        }
        Article article = ArticleParser.parse(label, text, captions);
        if (article.bodyParagraphs().isEmpty()) {
            throw new BadInputException(label + ": no article text found (only a headline, header lines or"
                    + " boilerplate)");
        }
        return article;
    }
}
