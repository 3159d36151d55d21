package newsquiz.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * A web address's article, fetched or (offline) from its kept copy; the page is kept only once its quiz is made,
 * so a failure leaves nothing behind.
 */
public final class PageSource {
    /** The article and the page it came from. */
    public record Fetched(WebArticle.Page page, URI url, String html, boolean fromKeptCopy) {
        /** The quiz made of this page, its source naming the address and the site. */
        public newsquiz.questions.Quiz sourced(newsquiz.questions.Quiz quiz) {
            return quiz.withSource(quiz.source().fromWeb(page.url(), page.publisher()));
        }
    }

    private final PageFetcher fetcher;
    private final KeptPages kept;

    public PageSource(PageFetcher fetcher, KeptPages kept) {
        this.fetcher = fetcher;
        this.kept = kept;
    }

    public static PageSource standard() {
        return new PageSource(new PageFetcher(PageFetcher.Limits.DEFAULT), KeptPages.inDataFolder());
    }

    public Fetched get(String typed, boolean offline) throws FetchException, newsquiz.article.BadInputException {
        URI url = PageFetcher.address(typed);
        String html;
        if (offline) {
            html = keptCopy(url).orElseThrow(() -> new FetchException(url + ": no kept copy of this page (the"
                    + " folder " + kept.file(url).getParent() + " keeps each page fetched); fetch it once online"));
        } else {
            try {
                html = WebArticle.html(fetcher.get(url, Map.of()));
            } catch (FetchException e) {
                throw keptCopy(url).isPresent() ? new FetchException(e.getMessage() + "; a copy fetched earlier is"
                        + " kept: --offline uses it") : e;
            }
        }
        return new Fetched(WebArticle.read(url, html), url, html, offline);
    }

    /** Keeps the page for offline use (a kept copy stays as it is). */
    public void keep(Fetched f) throws IOException {
        if (!f.fromKeptCopy()) {
            kept.keep(f.url(), f.html());
        }
    }

    /** The file where the page of {@code f} is (or will be) kept. */
    public java.nio.file.Path keptFile(Fetched f) {
        return kept.file(f.url());
    }

    /** The name of that file: the quiz's source names it. */
    public String keptName(Fetched f) {
        return keptFile(f).getFileName().toString();
    }

    private java.util.Optional<String> keptCopy(URI url) throws FetchException {
        try {
            return kept.load(url);
        } catch (IOException e) {
            throw new FetchException(kept.file(url) + ": cannot read the kept page: "
                    + newsquiz.article.TextFiles.reason(e));
        }
    }
}
